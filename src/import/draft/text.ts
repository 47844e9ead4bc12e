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
