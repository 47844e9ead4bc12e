/**
 * Large JSON files are written a piece at a time; the pieces joined must be exactly what
 * JSON.stringify gives (the committed hazard log is read back and diffed in pull requests).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, sortKeys } from '../../src/core/json-pieces.js';

const anything = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('JSON written a piece at a time', () => {
  it('joins to JSON.stringify(value, null, 2) at every split depth', () => {
    fc.assert(
      fc.property(anything, fc.integer({ min: 0, max: 4 }), (value, depth) => {
        const joined = [...jsonPieces(value, { depth })].join('');
        expect(joined).toBe(JSON.stringify(value, null, 2) ?? '');
      }),
      { numRuns: 400 },
    );
  });

  it('with sorted keys, joins to the sorted value stringified', () => {
    fc.assert(
      fc.property(anything, fc.integer({ min: 0, max: 4 }), (value, depth) => {
        const joined = [...jsonPieces(value, { depth, sortKeys: true })].join('');
        expect(joined).toBe(JSON.stringify(sortKeys(value), null, 2) ?? '');
      }),
      { numRuns: 400 },
    );
  });

  it('splits a long list into one piece per member', () => {
    const list = Array.from({ length: 50 }, (_, n) => ({ n, text: `hazard ${n}` }));
    const pieces = [...jsonPieces({ hazards: list }, { depth: 2 })];
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80);
  });
});
