/**
 * Spec text inside Mermaid. Labels are always written quoted, and every ASCII character outside a
 * small safe set becomes a Mermaid entity code (#34; for a double quote), so spec text can never
 * end a label, start a statement (click, style, directives such as %%{init}%%), form a link or
 * reach the page as HTML. Non-ASCII letters and symbols are kept; control, bidi-override and
 * zero-width characters are removed so a label cannot reorder or hide what it shows.
 */
const safeAscii = /^[A-Za-z0-9 .,\-_/()':+?!@]$/;
const invisible = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function mermaidText(text: string, maxLength = 160): string {
  let s = text.replace(/\s+/g, ' ').replace(invisible, '').trim();
  if ([...s].length > maxLength)
    s = `${[...s]
      .slice(0, maxLength - 1)
      .join('')
      .trimEnd()}…`;
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    out += code < 128 && !safeAscii.test(ch) ? `#${code};` : ch;
  }
  return out;
}

/** A quoted label of several lines of spec text. */
export function label(...lines: Array<string | undefined>): string {
  return `"${lines
    .filter((l): l is string => l !== undefined && l.trim() !== '')
    .map((l) => mermaidText(l))
    .join('<br/>')}"`;
}

/**
 * For renderers whose text labels show entity codes literally (Mermaid with htmlLabels off):
 * turn each ASCII entity code inside a quoted label into a private-use placeholder character,
 * which the renderer turns back into the real character in the finished drawing's text nodes.
 */
export function entitiesToPlaceholders(source: string): string {
  return source.replace(
    /"([^"\n]*)"/g,
    (_q, inner: string) =>
      `"${inner.replace(/#(\d{1,3});/g, (m, n: string) => (Number(n) < 128 ? String.fromCharCode(0xe000 + Number(n)) : m))}"`,
  );
}

/** The inverse mapping, as a function body the browser page runs over the drawing's text nodes. */
export const placeholderRange = { start: 0xe000, end: 0xe07f };
