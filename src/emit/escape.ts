import { showHiddenControls } from '../core/unsafe-chars.js';

/**
 * Escapers for spec text that reaches an artefact. Spec text is hostile: it must never become
 * Markdown structure, HTML, a Mermaid statement or a spreadsheet formula, and characters that
 * reorder or hide text (bidi controls, C1 controls) are shown as "[U+202E]" rather than obeyed.
 */

/** Inline Markdown text: one line, Markdown/HTML structure neutralised, safe inside a table cell. */
export function md(text: unknown): string {
  if (text === undefined || text === null) return '';
  const s = String(text);
  // Printable ASCII with nothing Markdown reads as structure is already safe: returned as it is.
  if (!mdWork.test(s)) return s;
  return showHiddenControls(s)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\`*[\]<>&|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|^[#+=-]/g, (c) => mdEntity[c] ?? `\\${c}`);
}

const mdWork = /[^\x20-\x7e]|[\\`*[\]<>&|~_]|^[#+=-]/;

// HTML-significant characters become entities (GitHub renders them as the character, never as
// tags); the rest get a backslash. Intra-word underscores are left alone: GFM never emphasises them.
const mdEntity: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '|': '&#124;',
};

/** HTML text or attribute value; control characters are dropped (HTML cannot carry them). */
export function html(text: unknown): string {
  if (text === undefined || text === null) return '';
  return showHiddenControls(String(text))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"'`=]/g, (c) => htmlEntity[c]!);
}

const htmlEntity: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * A spreadsheet cell: text starting with = + - @ tab or CR is prefixed with an apostrophe-free
 * guard (a leading single quote is shown by some readers, so use a zero-width-safe space).
 * Workbooks write strings as text cells already; this matters for CSV and for readers that
 * re-interpret text.
 */
export function cell(text: unknown): string {
  if (text === undefined || text === null) return '';
  const s = showHiddenControls(String(text)).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * A CSV field (RFC 4180) that is also formula-safe in any locale: readers split on ",", ";" or
 * tab, so a field holding any of them (or a line break) is quoted, and wherever such a separator
 * is followed by a formula character, that character is guarded too, for readers that split
 * inside quotes.
 */
export function csvField(text: unknown): string {
  const s = cell(text).replace(/([,;\t\r\n])(?=[=+\-@\t\r])/g, "$1'");
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly unknown[]): string {
  return fields.map(csvField).join(',');
}
