/**
 * Characters that let text hide or rewrite what a reader sees: C0 and C1 controls (ANSI escape
 * sequences start with ESC or CSI), carriage return (which lets a line overwrite itself), line and
 * paragraph separators, and the Unicode bidirectional controls that reorder text on screen
 * (U+202A-E embeddings and overrides, U+2066-9 isolates, U+200E/F marks, U+061C).
 */
export const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const c1Controls = /[\u0080-\u009f]/g;
export const lineSeparators = /[\u2028\u2029]/g;

const hidden = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** "U+202E" for a character. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Bidi and C1 controls made visible as "[U+202E]", for documents people read and sign. */
export function showHiddenControls(text: string): string {
  // Most text has none: one scan, and the string itself back.
  if (!hidden.test(text)) return text;
  return text
    .replace(bidiControls, (c) => `[${codePoint(c)}]`)
    .replace(c1Controls, (c) => `[${codePoint(c)}]`);
}
