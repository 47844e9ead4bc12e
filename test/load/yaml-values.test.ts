import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scanRanges } from '../../src/core/quick-locate.js';
import { plainValue, valuesOf } from '../../src/load/yaml-values.js';
import { yamlFiles } from './yaml-files.js';

const repo = join(import.meta.dirname, '..', '..');

/** What js-yaml gives (the values every spec had before the scan built them), or 'refused'. */
function jsYamlValue(text: string): unknown {
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return 'refused';
  }
}

/**
 * The scan and the values built from it either decline, or give exactly js-yaml's data, keys in
 * the same order; a document js-yaml refuses is never read.
 */
function check(text: string): 'declined' | 'read' {
  const table = scanRanges(text);
  const built = table && valuesOf(text, table, 64);
  if (!built) return 'declined';
  const expected = jsYamlValue(text);
  expect(expected, `js-yaml refuses what the scan read:\n${text}`).not.toBe('refused');
  expect(built.data, text).toEqual(expected);
  expect(JSON.stringify(built.data), text).toBe(JSON.stringify(expected));
  return 'read';
}

const examples = [
  join(repo, 'govspec.config.yaml'),
  ...yamlFiles(join(repo, 'specs')),
  ...yamlFiles(join(repo, 'channels')),
];

describe('values built from the scan', () => {
  it('are js-yaml values for every example spec and the config, and the scan reads them all', () => {
    for (const file of examples) expect(check(readFileSync(file, 'utf8')), file).toBe('read');
    expect(examples.length).toBeGreaterThan(10);
  });

  it('are js-yaml values for real-world YAML wherever the scan reads it', () => {
    const files = yamlFiles(join(repo, 'test', 'fixtures'));
    let read = 0;
    for (const file of files) if (check(readFileSync(file, 'utf8')) === 'read') read++;
    expect(files.length).toBeGreaterThan(5);
    expect(read).toBeGreaterThan(5);
  });

  it('resolve plain scalars as the core schema does, and leave quoted ones text', () => {
    const cases: Array<[string, unknown]> = [
      ['a: ~\nb: null\nc: Null\nd: NULL\ne:\n', { a: null, b: null, c: null, d: null, e: null }],
      ['a: true\nb: False\nc: TRUE\nd: yes\ne: on\n', { a: true, b: false, c: true, d: 'yes', e: 'on' }],
      [
        'a: 12\nb: -3\nc: 0x1F\nd: 0o17\ne: 0b11\nf: 012\ng: 1_000\n',
        { a: 12, b: -3, c: 31, d: 15, e: 3, f: 12, g: '1_000' },
      ],
      [
        'a: 1.5\nb: .5\nc: 1e3\nd: -.inf\ne: .NaN\nf: 1.2.3\n',
        { a: 1.5, b: 0.5, c: 1000, d: -Infinity, e: NaN, f: '1.2.3' },
      ],
      ['a: "12"\nb: \'true\'\nc: "~"\nd: 2026-01-01\n', { a: '12', b: 'true', c: '~', d: '2026-01-01' }],
      ["a: 'it''s'\nb: \"x: y # z\"\n", { a: "it's", b: 'x: y # z' }],
      ['a: |\n  one\n\n  two\n\nb: |-\n  x\n  y\n', { a: 'one\n\ntwo\n', b: 'x\ny' }],
      ['a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\n', { a: 'one two\nthree\n', b: 'x y' }],
      ['a: |\n  last line without a break', { a: 'last line without a break\n' }],
      ['a: first\n  second\n\n\n  third\nb: 1\n', { a: 'first second\n\nthird', b: 1 }],
      [
        'a: [1, "2", b, {c: d}, []]\ne: {f: [g], "h i": j}\n',
        { a: [1, '2', 'b', { c: 'd' }, []], e: { f: ['g'], 'h i': 'j' } },
      ],
      ['a:\n- 1\n-\n- - x\n  - y\n- k: v\n  l: w\n', { a: [1, null, ['x', 'y'], { k: 'v', l: 'w' }] }],
    ];
    for (const [text, value] of cases) {
      expect(check(text), text).toBe('read');
      expect(valuesOf(text, scanRanges(text)!, 64)?.data, text).toEqual(value);
    }
    expect(plainValue('0x10')).toBe(16);
    expect(plainValue('hello')).toBe('hello');
  });

  it('declines what it cannot be sure of, and js-yaml reads it instead', () => {
    for (const text of [
      'a: "tab\\there"\n', // escapes
      'a: >\n  folded\n    more indented\n  back\n',
      'a: >\n\n  leading blank line\n',
      'a: plain\n  # a comment line inside\n  goes on\n',
      '1: numeric key\n',
      'null: key\n',
      '0b11: key\n',
      '__proto__: x\n',
      `${'k'.repeat(1100)}: long key\n`,
      'a: control \u0001 character\n',
      'a: lone surrogate \ud800 here\n',
    ]) {
      const table = scanRanges(text);
      expect(table && valuesOf(text, table, 64), text).toBeUndefined();
    }
  });

  it('stop at the nesting limit', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(valuesOf(deep(3), scanRanges(deep(3))!, 64)).toBeDefined();
    expect(valuesOf(deep(70), scanRanges(deep(70))!, 64)).toBeUndefined();
  });

  it('are js-yaml values for documents js-yaml and yaml write, in every style they write', () => {
    let read = 0;
    fc.assert(
      fc.property(dataArb, styleArb, (data, style) => {
        if (check(style(data)) === 'read') read++;
      }),
      { numRuns: Number(process.env.RUNS ?? 600) },
    );
    expect(read).toBeGreaterThan(200);
  });

  it('never read a document js-yaml refuses, and read edited specs as js-yaml does', () => {
    const texts = examples.map((f) => readFileSync(f, 'utf8'));
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.array(editArb, { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          let lines = texts[which]!.split('\n');
          for (const edit of edits) lines = edit(lines);
          const text = lines.join('\n');
          if (check(text) === 'read') read++;
          else if (jsYamlValue(text) === 'refused') refused++;
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 1500) },
    );
    expect(read).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(50);
  });

  it('never read an edited generated document js-yaml refuses', () => {
    let read = 0;
    fc.assert(
      fc.property(
        dataArb,
        styleArb,
        fc.array(editArb, { minLength: 1, maxLength: 3 }),
        (data, style, edits) => {
          let lines = style(data).split('\n');
          for (const edit of edits) lines = edit(lines);
          if (check(lines.join('\n')) === 'read') read++;
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 600) },
    );
    expect(read).toBeGreaterThan(100);
  });
});

// --- generated data, written by the two YAML libraries --------------------------------------

const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[A-Za-z0-9 .,:#'"()/@|>~*&!%-]{0,40}$/),
  fc.constantFrom(
    'true',
    'null',
    '~',
    '12',
    '0x1F',
    '1e3',
    '.inf',
    'yes',
    '-',
    ': x',
    '# y',
    ' lead',
    'trail ',
  ),
  fc.array(fc.stringMatching(/^[A-Za-z .,-]{0,20}$/), { maxLength: 4 }).map((l) => l.join('\n')),
);
const keyArb = fc.oneof(fc.stringMatching(/^[a-z][a-zA-Z0-9 _-]{0,12}$/), textArb);
const dataArb: fc.Arbitrary<unknown> = fc
  .letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textArb,
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
    ),
  }))
  .value.map((v) => ({ root: v }));

type Style = (data: unknown) => string;
const styleArb: fc.Arbitrary<Style> = fc.oneof(
  fc
    .record({
      indent: fc.integer({ min: 1, max: 4 }),
      flowLevel: fc.integer({ min: -1, max: 3 }),
      lineWidth: fc.constantFrom(20, 40, 80, -1),
      quotingType: fc.constantFrom<"'" | '"'>("'", '"'),
      forceQuotes: fc.boolean(),
      noCompatMode: fc.boolean(),
    })
    .map((o) => (data: unknown) => jsYaml.dump(data, { ...o, schema: jsYaml.CORE_SCHEMA })),
  fc
    .record({
      indent: fc.integer({ min: 2, max: 4 }),
      lineWidth: fc.constantFrom(20, 40, 80, 0),
      defaultStringType: fc.constantFrom(
        'PLAIN' as const,
        'QUOTE_DOUBLE' as const,
        'QUOTE_SINGLE' as const,
        'BLOCK_LITERAL' as const,
        'BLOCK_FOLDED' as const,
      ),
      collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
      indentSeq: fc.boolean(),
    })
    .map((o) => (data: unknown) => stringify(data, { ...o, version: '1.2' })),
);

// --- edits people (and accidents) make to a spec -------------------------------------------

type Edit = (lines: string[]) => string[];
const at = (lines: string[], n: number) => (lines.length === 0 ? 0 : n % lines.length);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map((n) => (l: string[]) => l.filter((_, i) => i !== at(l, n))),
  fc.nat().map((n) => (l: string[]) => l.flatMap((x, i) => (i === at(l, n) ? [x, x] : [x]))),
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(
    ([n, d]) =>
      (l: string[]) =>
        l.map((x, i) =>
          i !== at(l, n)
            ? x
            : d > 0
              ? ' '.repeat(d) + x
              : x.slice(Math.min(-d, x.length - x.trimStart().length)),
        ),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.constantFrom(
        ': ',
        ' #',
        '#',
        '"',
        "'",
        '- ',
        '|',
        '>',
        '[',
        '{',
        ']',
        ',',
        '\\',
        '\t',
        '  ',
        '\n',
        '\n  ',
        '\n\n',
      ),
    )
    .map(
      ([n, p, s]) =>
        (l: string[]) =>
          l.map((x, i) =>
            i === at(l, n) ? x.slice(0, p % (x.length + 1)) + s + x.slice(p % (x.length + 1)) : x,
          ),
    ),
  fc
    .nat()
    .map(
      (n) => (l: string[]) =>
        l.map((x, i) => (i === at(l, n) ? `${x.trimStart()[0] === '-' ? '' : ''}${x}  # note` : x)),
    ),
);
