import { showHiddenControls } from '../../core/unsafe-chars.js';

/**
 * Spec text on its way into an Office file. Control characters other than tab and newline are
 * invalid in XML 1.0 (the file would not open) or render as boxes, so they are dropped; line
 * endings become "\n".
 */
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
// A lone half of a surrogate pair is not a character: it cannot be written as UTF-8.
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const plain = /^[\t\n\x20-\x7e]*$/;

export function officeText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (plain.test(text)) return text;
  // Bidi and C1 controls would reorder or hide text in Word and Excel: shown as "[U+202E]".
  return showHiddenControls(text.replace(/\r\n?/g, '\n'))
    .replace(controlChars, '')
    .replace(loneSurrogates, '\ufffd');
}

/**
 * A cell value that is always a plain string. The SpreadsheetML writer writes every string as a
 * text cell, even one that starts with "=", and has no way to write a formula, so spec text never
 * becomes one; this also drops characters XML cannot carry.
 */
export function textCell(value: unknown): string {
  return officeText(value);
}

// Excel refuses sheet names over 31 characters, containing these, starting or ending with an
// apostrophe, or called "History" (reserved).
const sheetNameForbidden = /[\\/?*:[\]]/g;
const trimName = (name: string) =>
  name
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();

/** A valid, unique-within-the-workbook sheet name derived from any text. */
export function sheetName(wb: { worksheets: readonly { name: string }[] }, text: string): string {
  const base = trimName(textCell(text).replace(sheetNameForbidden, ' ').replace(/\s+/g, ' '));
  const stem = trimName((base === '' ? 'Sheet' : base).slice(0, 31)) || 'Sheet';
  const taken = new Set(['history', ...wb.worksheets.map((ws) => ws.name.toLowerCase())]);
  let name = stem;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = trimName(stem.slice(0, 31 - suffix.length)) + suffix;
  }
  return name;
}
