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
