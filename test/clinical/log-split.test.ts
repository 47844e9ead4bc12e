/**
 * The committed hazard log is read one hazard at a time (at thousands of integrations it is tens
 * of megabytes). Whatever the bytes, the result must be exactly what parsing the whole text
 * gives: the same entries, or the same message for a damaged or hand-edited file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logFormat, parseLog, parseLogWhole } from '../../src/rules/clinical/log-file.js';

const entry = fc.record(
  {
    id: fc.oneof(fc.constant('feed/H01'), fc.string({ maxLength: 8 })),
    number: fc.constantFrom('H01', 'H02', ''),
    integration: fc.constantFrom('feed', 'other-feed'),
    title: fc.string({ maxLength: 12 }),
    status: fc.constantFrom('open', 'closed'),
    decided: fc.boolean(),
    decision: fc.constantFrom('accepted', 'not-accepted'),
    raised: fc.constant('2026-01-01'),
    initial: fc.oneof(
      fc.constant({ likelihood: 'low', severity: 'major', rating: 3 }),
      fc.constant({ likelihood: 'low', severity: 'major', rating: '3' }),
    ),
    file: fc.constantFrom('specs/feed.yaml', ''),
    description: fc.string({ maxLength: 20 }),
    controls: fc.array(fc.record({ kind: fc.constant('design'), text: fc.string({ maxLength: 10 }) }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: [] },
);

const doc = fc.record(
  {
    format: fc.constantFrom(logFormat, 'something-else'),
    version: fc.constantFrom(1, 2, '1'),
    matrix: fc.constant({ name: 'DCB0129', published: true }),
    hazards: fc.oneof(fc.array(entry, { maxLength: 5 }), fc.constant(5), fc.constant({})),
  },
  { requiredKeys: [] },
);

const text = fc.tuple(doc, fc.constantFrom(0, 2)).map(([d, indent]) => JSON.stringify(d, null, indent));

/** A text damaged the ways a file in a repository can be: cut short, a byte changed or added, a key repeated. */
const damaged = fc.oneof(
  text,
  fc.tuple(text, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc
    .tuple(text, fc.nat(), fc.constantFrom(...'{}[]",:\\ \n0xé\u0000'.split('')))
    .map(([t, n, c]) => t.slice(0, n % (t.length + 1)) + c + t.slice((n % (t.length + 1)) + 1)),
  fc
    .tuple(text, fc.nat(), fc.constantFrom(...'{}[]",:\\ \n0'.split('')))
    .map(([t, n, c]) => t.slice(0, n % (t.length + 1)) + c + t.slice(n % (t.length + 1))),
  text.map((t) => t.replace('{', '{"format": "x", ')),
  text.map((t) => `\ufeff${t}`),
);

const bytes = (t: string) => new TextEncoder().encode(t);

describe('reading the hazard log one hazard at a time', () => {
  it('gives what parsing the whole text gives, for any text', () => {
    fc.assert(
      fc.property(damaged, (t) => {
        expect(parseLog(bytes(t))).toEqual(parseLogWhole(bytes(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a log of valid entries without falling back', () => {
    const log = {
      format: logFormat,
      version: 1,
      hazards: [1, 2, 3].map((n) => ({
        id: `feed/H0${n}`,
        number: `H0${n}`,
        integration: 'feed',
        title: `Hazard ${n}, with "quotes" and ] brackets }`,
        status: 'open',
        decided: false,
        initial: { likelihood: 'low', severity: 'major', rating: 3 },
        file: 'specs/feed.yaml',
      })),
    };
    const read = parseLog(bytes(JSON.stringify(log, null, 2)));
    expect(Array.isArray(read) && read.map((h) => h.title)).toEqual(log.hazards.map((h) => h.title));
  });

  it('gives invalid UTF-8 the whole parse message', () => {
    const good = bytes(JSON.stringify({ format: logFormat, version: 1, hazards: [{ title: 'x' }] }));
    const bad = new Uint8Array([...good.slice(0, 20), 0xff, ...good.slice(21)]);
    expect(parseLog(bad)).toEqual(parseLogWhole(bad));
    expect(typeof parseLog(bad)).toBe('string');
  });
});
