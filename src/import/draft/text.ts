import { redactText } from '../secrets/text.js';

/** Longest description a spec holds (schemas/integration.schema.json). */
export const descriptionLimit = 4000;

const email = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;

/**
 * Free text from an export made fit to copy into a spec: credentials and e-mail addresses
 * withheld, line ends normalised, and cut to the spec's limit with a note that says so.
 */
export function describedText(raw: string): { text: string; note?: string } {
  const clean = redactText(raw.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, ''))
    .replace(email, '[e-mail address withheld]')
    .trim();
  if (clean.length <= descriptionLimit) return { text: clean };
  const text = `${clean.slice(0, descriptionLimit - 1).trimEnd()}…`;
  return {
    text,
    note: `The export's description is ${clean.length} characters; it was cut to ${descriptionLimit} (the spec's limit): read the rest in the export.`,
  };
}

/**
 * Multi-line text with its common indentation removed, as an editor shows it: exports indent
 * the lines of a description to the XML's nesting (the first line, written right after the
 * opening tag, usually has none, so it does not count). Relative indentation is kept.
 */
export function dedentText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const counted = lines.slice(1).filter((l) => l.trim() !== '');
  if (lines[0]!.trim() === '' || counted.length === 0) counted.push(lines[0]!);
  const indents = counted.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0]);
  let common = indents[0] ?? '';
  for (const i of indents) while (!i.startsWith(common)) common = common.slice(0, -1);
  return lines
    .map((l, n) => (n === 0 ? l.trimStart() : l.startsWith(common) ? l.slice(common.length) : l.trimStart()))
    .join('\n');
}

/** +44 20 7946 0958, 020 7946 0958, (01632) 960 001, 07700 900123, ext 4412, bleep 1234. */
const phone =
  /(?<![\w+/.])(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){7,11}|\(?0\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4})(?![\w/]|\.\d)/g;
const extension = /\b(?:ext|extn|extension|bleep|pager)\.?:?\s*\d{3,6}\b/gi;

/**
 * Text an engine holds as a comment or description (often written by staff: "ask Jane on ext
 * 4412, jane.doe@nhs.net") with e-mail addresses and phone numbers taken out. Names cannot be
 * found reliably, so the draft says where the text came from and asks for it to be checked.
 */
export function withoutContacts(raw: string): { text: string; removed: boolean } {
  const text = raw
    // user:password@ in a URL is a login, not an address: it goes, and the host stays
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1')
    .replace(email, '[e-mail address withheld]')
    .replace(extension, '[phone number withheld]')
    .replace(phone, '[phone number withheld]');
  return { text, removed: text !== raw };
}
