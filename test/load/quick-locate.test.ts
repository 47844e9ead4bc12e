import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlFiles } from './yaml-files.js';
import { escapePointer, scanRanges } from '../../src/core/quick-locate.js';
import { mapKind, seqKind } from '../../src/core/positions.js';
import type { Positions } from '../../src/core/positions.js';
import { SourceMap, yamlTree } from '../../src/core/source-map.js';

const repo = join(import.meta.dirname, '..', '..');

/** pointer → [key, value start, value end] for every node. */
function flatten(table: Positions | undefined, node = 0, pointer = '', out = new Map<string, number[]>()) {
  if (!table) return out;
  out.set(pointer, [table.key(node) ?? -1, table.value(node), table.valueEnd(node)]);
  const kind = table.kind(node);
  let i = 0;
  for (let c = table.first(node); c >= 0; c = table.next(c), i++) {
    const segment = kind === mapKind ? escapePointer(table.keyText(c)) : String(i);
    if (kind === mapKind || kind === seqKind) flatten(table, c, `${pointer}/${segment}`, out);
  }
  return out;
}

/** Offsets of every key and value as the `yaml` package reports them. */
function exact(text: string) {
  return flatten(
    yamlTree(text, parseDocument(text, { uniqueKeys: false, logLevel: 'silent', merge: false }).contents),
  );
}

/** The scan either declines or gives yaml's offsets for every pointer, no more and no fewer. */
function agrees(text: string): boolean {
  const scanned = scanRanges(text);
  if (!scanned) return false;
  expect(Object.fromEntries(flatten(scanned)), text).toEqual(Object.fromEntries(exact(text)));
  return true;
}

const examples = [
  join(repo, 'govspec.config.yaml'),
  ...yamlFiles(join(repo, 'specs')),
  ...yamlFiles(join(repo, 'channels')),
];

/** Forms specs are written in, with comments and blank lines where people put them. */
const forms = [
  'govspec: 1\ntitle: "review: not a key"\ndescription: >\n  status: also not a key\nstatus: live\n',
  'owner: { name: "A: B", team: T }\nreview:\n  last: 2026-01-01   # comment\n  every: P12M\n',
  'sla: {hours: 24x7, response: PT30M}\nx: [a, b,\n    c]\n',
  '# modeline\n---\nid: a\n\n# section\nconsumers:\n  - { name: A, use: planning }\n  - name: B\n    use: research\n\n',
  'hazards:\n- derived: x\n  controls:\n    - kind: test\n      text: Replayed\n  residual: { likelihood: low, severity: major }\n- derived: y\n',
  'a:\n  b:\n  c: 1\nd:\n- 1\n-\n- \ne: |\n  text\n\n  more\n\nf: |-\n  x\n',
  "q: 'it''s'\nr: \"x\"  # c\n\"quoted key\": 1\n'single': [\"a, b\", 'c']\n",
  'text: a plain scalar\n  that goes on\n\n  and on\nnext: 1\n',
  'items:\n  - - 1\n    - 2\n  - []\n  - {}\nempty: {}\nlist: []\n',
  'url: https://example.nhs.uk/a#b\nc#: sharp\nn: -1\nt: 2026-01-01T10:00:00Z\n',
  'root:\n  deep:\n    deeper: [1, {a: b, c: [d]}]\n  # aligned with the next key\n  sibling: 2\n',
];

describe('quick locator', () => {
  it('gives the yaml offsets of every key and value of every example spec and the config', () => {
    for (const file of examples) expect(agrees(readFileSync(file, 'utf8')), file).toBe(true);
    expect(examples.length).toBeGreaterThan(10);
  });

  it('gives the yaml offsets for the forms specs are written in', () => {
    for (const text of forms) expect(agrees(text), text).toBe(true);
  });

  it('agrees with yaml on real-world YAML wherever it answers', () => {
    const files = yamlFiles(join(repo, 'test', 'fixtures'));
    let answered = 0;
    for (const file of files) if (agrees(readFileSync(file, 'utf8'))) answered++;
    expect(files.length).toBeGreaterThan(5);
    expect(answered).toBeGreaterThan(0);
  });

  it('declines what yaml places by rules it does not model', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? complex\n: key\n',
      'a:\n  b: 1\n    # more indented than the map\nc: 2\n',
      'a:\n  b: 1\n  # trailing, less indented than what follows\nc: 2\n',
      'a:\r\n  b: 1\r\n',
      'a:\n\tb: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: |+\n  keep\n\n',
    ])
      expect(scanRanges(text), text).toBeUndefined();
  });

  it('agrees with yaml on generated documents wherever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        if (agrees(text)) answered++;
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(200);
  });

  it('places diagnostics as the exact parser does, checked against the parsed data', () => {
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      const scanned = new SourceMap(file, text, { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) });
      const doc = parseDocument(text, { uniqueKeys: false, logLevel: 'silent', merge: false });
      const parsed = new SourceMap(file, text, { root: doc.contents });
      for (const pointer of exact(text).keys()) {
        expect(scanned.key(pointer), pointer).toEqual(parsed.key(pointer));
        expect(scanned.value(pointer), pointer).toEqual(parsed.value(pointer));
      }
      expect(scanned.key('/no/such/key')).toEqual(parsed.key('/no/such/key'));
    }
  });
});

// --- generated documents ------------------------------------------------------------------

const word = fc.stringMatching(/^[a-z][a-zA-Z0-9-]{0,7}$/).filter((w) => !/^(?:true|false|null)$/.test(w));
const plainText = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,()/@-]{0,20}$/).map((s) => s.trimEnd());
const scalar = fc.oneof(
  plainText,
  fc.integer().map(String),
  plainText.map((s) => JSON.stringify(s)),
  plainText.map((s) => `'${s.replace(/'/g, "''")}'`),
);
const flowItem: fc.Arbitrary<string> = fc.oneof(
  word,
  scalar.filter((s) => !/[,[\]{}#:]/.test(s)),
  fc.constant('[]'),
);
const flowSeq = fc.array(flowItem, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`);
const flowMap = fc
  .uniqueArray(fc.tuple(word, flowItem), { maxLength: 4, selector: ([k]) => k })
  .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
const comment = fc.oneof(fc.constant(''), fc.constant('  # note'));

type Block = { kind: 'map'; pairs: Array<[string, Value]> } | { kind: 'seq'; items: Value[] };
type Value = string | Block | null;

const valueArb: fc.Arbitrary<Value> = fc.letrec<{ value: Value; block: Block }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    flowSeq,
    flowMap,
    fc.constant(null),
    tie('block'),
  ) as fc.Arbitrary<Value>,
  block: fc.oneof(
    fc
      .uniqueArray(fc.tuple(word, tie('value')), { minLength: 1, maxLength: 4, selector: ([k]) => k })
      .map((pairs) => ({ kind: 'map' as const, pairs: pairs as Array<[string, Value]> })),
    fc
      .array(tie('value'), { minLength: 1, maxLength: 3 })
      .map((items) => ({ kind: 'seq' as const, items: items as Value[] })),
  ),
})).value;

function render(value: Value, indent: number, notes: string[], at: { n: number }): string[] {
  const pad = ' '.repeat(indent);
  const note = () => notes[at.n++ % notes.length] ?? '';
  if (value === null || typeof value === 'string') return [];
  const lines: string[] = [];
  if (value.kind === 'map') {
    for (const [k, v] of value.pairs) {
      if (v === null) lines.push(`${pad}${k}:`);
      else if (typeof v === 'string') lines.push(`${pad}${k}: ${v}${note()}`);
      else {
        lines.push(`${pad}${k}:${note()}`);
        lines.push(...render(v, indent + 2, notes, at));
      }
      if (note()) lines.push('');
    }
  } else {
    for (const v of value.items) {
      if (v === null) lines.push(`${pad}-`);
      else if (typeof v === 'string') lines.push(`${pad}- ${v}${note()}`);
      else if (v.kind === 'map') {
        // Compact form: the first pair on the dash's line.
        const inner = render(v, indent + 2, notes, at);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      } else {
        lines.push(`${pad}-`);
        lines.push(...render(v, indent + 2, notes, at));
      }
    }
  }
  return lines;
}

const documentArb = fc
  .tuple(
    fc.uniqueArray(fc.tuple(word, valueArb), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
    fc.array(comment, { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([pairs, notes, header]) => {
    const body = render({ kind: 'map', pairs }, 0, notes, { n: 0 }).join('\n');
    return `${header ? '# yaml-language-server: $schema=x\n' : ''}${body}\n`;
  });
