/**
 * The Markdown escaper returns text that needs nothing as it is, without running its
 * replacements: for every string the result must be what the full escaping gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md } from '../../src/emit/escape.js';
import { showHiddenControls } from '../../src/core/unsafe-chars.js';

const entity: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };

/** The escaping, every step, with no short cut: what md() gave before it had one. */
function fullEscape(text: string): string {
  return text
    .replace(
      /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
    )
    .replace(
      /[\u0080-\u009f]/g,
      (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
    )
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\`*[\]<>&|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|^[#+=-]/g, (c) => entity[c] ?? `\\${c}`);
}

const tricky = fc.constantFrom(
  ...'abcXYZ019 _-#+=*`[]<>&|~\\\n\r\t\u0085\u202e\u2066\u200f\u061c\u2028é€'.split(''),
);
const texts = fc.oneof(
  fc.string({ unit: tricky, maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);

describe('escaping without work to do', () => {
  it('gives what the full escaping gives, for every string', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(md(s)).toBe(fullEscape(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows hidden controls exactly when there are some', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const shown = showHiddenControls(s);
        const hasHidden = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s);
        expect(shown === s).toBe(!hasHidden);
      }),
      { numRuns: 2000 },
    );
  });
});
