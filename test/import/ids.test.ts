import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idFromName, isSafeId, uniqueId } from '../../src/import/draft/ids.js';

describe('spec ids from channel names', () => {
  it.each([
    ['A02_logger', 'a02-logger'],
    ['04_002 LTW New Lab Order', '04-002-ltw-new-lab-order'],
    ['/this\\ is /a \\ group/\\with weird\\characters/', 'this-is-a-group-with-weird-characters'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON', 'con-spec'],
    ['nul', 'nul-spec'],
    ['com1', 'com1-spec'],
    ['Recepción Órdenes', 'recepcion-ordenes'],
    ['', 'imported'],
    ['..', 'imported'],
    ['A', 'imported-a'],
    ['x'.repeat(100), 'x'.repeat(64)],
  ])('%j -> %s', (name, id) => {
    expect(idFromName(name)).toBe(id);
    expect(isSafeId(id)).toBe(true);
  });

  it('suffixes -2, -3 to stay unique and within 64 characters', () => {
    expect(uniqueId('adt', new Set(['adt']))).toBe('adt-2');
    expect(uniqueId('adt', new Set(['adt', 'adt-2']))).toBe('adt-3');
    const long = 'y'.repeat(64);
    const next = uniqueId(long, new Set([long]));
    expect(next).toBe(`${'y'.repeat(62)}-2`);
    expect(isSafeId(next)).toBe(true);
  });

  it('makes a safe id from any name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const id = idFromName(name);
        return isSafeId(id) && !id.includes('..') && !id.includes('/') && !id.includes('\\');
      }),
      { numRuns: 500 },
    );
  });
});
