/**
 * Output sanitised at the edge. Spec text and file names carrying ANSI escapes, carriage returns,
 * line breaks that start a CI command ("::error", "##[") and bidi controls (U+202E and friends)
 * are shown, never obeyed: in the terminal (stylish), SARIF and JSON, Markdown, HTML, CSV and the
 * Office files. CSV cells are quoted and formula-guarded wherever a separator could start a cell;
 * "@mentions" in spec text never reach a pull-request comment as mentions.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stylish } from '../../src/cli/format/stylish.js';
import { ciSafeLines, jsonText, terminalText } from '../../src/cli/terminal-text.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { cell, csvField, csvRow, html, md } from '../../src/emit/escape.js';
import { officeText } from '../../src/emit/office/text.js';
import { noMentions, renderMarkdown } from '../../src/diff/render-markdown.js';
import { diffEstates } from '../../src/diff/model-diff.js';
import { estate, sources, spec } from '../diff/estates.js';
import { exampleRepo, runCli } from './example-repo.js';
import { parseCsvLine } from '../helpers/csv.js';

const bidi = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const raw =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const hostile = `Demo \u202Eevil\u2066 \u001b[31mred\u001b[0m\rwiped\n::error file=x::pwned ##[set-env name=X]\u009b2J`;

/** No raw control, no line that a CI runner would obey. */
function inert(text: string, where: string) {
  expect(text, where).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  for (const b of bidi) expect(text.includes(b), `${where} carries ${JSON.stringify(b)}`).toBe(false);
  for (const line of text.split('\n')) {
    expect(line.trimStart().startsWith('::'), `${where}: ${line}`).toBe(false);
    expect(line.includes('##['), `${where}: ${line}`).toBe(false);
  }
}

describe('terminal and CI log output', () => {
  const d = (file: string | undefined, message: string): Diagnostic => ({
    code: 'schema-unknown-key',
    severity: 'error',
    message,
    ...(file ? { location: { file, line: 1, column: 1 } } : {}),
  });

  it('stylish shows controls, bidi and CI commands in file names and messages as escapes', () => {
    const out = stylish([
      d('::error file=a::b.yaml', hostile),
      d('specs/\u202etxt.yaml', 'x\r\n::warning::y'),
      d(undefined, '##[error]z'),
    ]);
    inert(out, 'stylish');
    expect(out).toContain('\\x1b[31m');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\r');
    expect(out).toContain('\\x3a:error file=a::b.yaml');
  });

  it('terminalText leaves ordinary text alone', () => {
    for (const s of ['Riverside Valley Hospitals NHS Trust', 'ADT^A01 – “quoted” ✓ é', 'a:b::c'])
      expect(terminalText(s)).toBe(s);
  });

  it('every line is inert whatever the text (property-based)', () => {
    const unit = fc.constantFrom(
      'a',
      ' ',
      ':',
      '#',
      '[',
      '\n',
      '\r',
      '\u001b',
      '\u202e',
      '\u2067',
      '\u009b',
      '\u2028',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }).map((a) => a.join('')),
        (s) => {
          inert(stylish([d(s, s)]), JSON.stringify(s));
          inert(ciSafeLines(terminalText(s)), JSON.stringify(s));
        },
      ),
      { numRuns: 800 },
    );
  });

  it('JSON output escapes hidden controls without changing any value (property-based)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 30 }), (value, s) => {
        const doc = { value, s, hostile };
        const text = jsonText(JSON.stringify(doc, null, 2));
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
        inert(text, 'json');
      }),
      { numRuns: 300 },
    );
  });
});

describe('documents people read and sign', () => {
  it.each([
    ['md', md],
    ['html', html],
    ['cell', cell],
    ['officeText', officeText],
  ] as const)('%s shows every bidi control as [U+....] and drops other controls', (_name, escape) => {
    for (const b of bidi) {
      const out = escape(`a${b}b`);
      expect(out.includes(b)).toBe(false);
      expect(out.replace(/\\/g, '')).toContain(
        `[U+${b.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
      );
    }
    expect(escape('x\u001b[31my')).not.toContain('\u001b');
    expect(escape('x\u009by')).not.toContain('\u009b');
  });
});

describe('CSV cells', () => {
  it('guards the formula after a semicolon, not only at the start, and quotes the cell', () => {
    const attack = "ED;=1+1+cmd|' /C calc'!A0;x";
    expect(csvField(attack)).toBe(`"ED;'=1+1+cmd|' /C calc'!A0;x"`);
    expect(csvField('a\t=1')).toBe(`"a\t'=1"`);
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('=1+1')).toBe(`'=1+1`);
  });

  /** A reader that splits on `sep` and ignores quotes entirely: the worst case. */
  const naiveCells = (row: string, sep: string) => row.split(sep).map((c) => c.replace(/^"/, ''));

  it('no separator in any locale can start a cell with a formula (property-based)', () => {
    const unit = fc.constantFrom('a', '=', '+', '-', '@', ',', ';', '\t', '\r', '\n', '"', ' ', "'");
    const field = fc.array(unit, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), (fields) => {
        const row = csvRow(fields);
        for (const sep of [',', ';', '\t', '\n', '\r'])
          for (const c of naiveCells(row, sep))
            expect(c, `${JSON.stringify(row)} split on ${JSON.stringify(sep)}`).not.toMatch(/^[=+\-@]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('a quoting reader sees one cell per field, whatever the separator inside (property-based)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 5 }),
        (fields) => {
          for (const sep of [',', ';'])
            expect(parseCsvLine(fields.map(csvField).join(sep), sep)).toHaveLength(fields.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('pull-request comments', () => {
  it('spec text cannot mention anyone; reviewers’ handles still do', () => {
    const before = estate([spec('a')]);
    const after = estate([
      spec('a', { version: '1.1.0', title: '@octocat and @org/team please look, mail dpo@trust.example' }),
    ]);
    const body = diffEstates(
      { estate: before, analysis: {}, sources },
      { estate: after, analysis: {}, sources },
    );
    const text = renderMarkdown({
      ...body,
      base: { ref: 'main', commit: 'a'.repeat(40), hasConfig: true },
      head: { ref: 'HEAD', commit: 'b'.repeat(40), hasConfig: true },
      reviewers: [{ role: 'owner', name: 'Owner', handle: '@owner-team', integrations: ['a'] }],
    });
    expect(text).not.toMatch(/(^|[^\w&#;])@octocat/);
    expect(text).toContain('@&#8203;octocat');
    expect(text).toContain('@&#8203;org/team');
    expect(text).toContain('dpo@trust.example');
    expect(text).toContain('(@owner-team)');
    expect(noMentions('@a @b')).toBe('@&#8203;a @&#8203;b');
  });
});

describe('the example estate with hidden characters in a spec', () => {
  let dir: string;
  beforeAll(() => {
    dir = exampleRepo();
    const file = join(dir, 'specs/shared-care/discharge-summary-to-gp.yaml');
    const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(hostile)}`);
    writeFileSync(file, `${text}${JSON.stringify(`bad\u001b[2J::error::key\u202e`)}: 1\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate in every format shows the key, never its controls', () => {
    const stylishRun = runCli(dir, ['validate']);
    expect(stylishRun.stderr).toContain('schema-unknown-key');
    expect(stylishRun.stderr).toContain('bad\\x1b[2J::error::key\\u202e');
    inert(stylishRun.stderr, 'validate');
    for (const format of ['json', 'sarif']) {
      const run = runCli(dir, ['validate', '--format', format]);
      inert(run.stdout, format);
      expect(run.stdout).toContain('\\u202e');
      JSON.parse(run.stdout);
    }
  });

  it('every generated document shows them as [U+....] or drops them', () => {
    const file = join(dir, 'specs/shared-care/discharge-summary-to-gp.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^"bad.*\n/m, ''));
    const built = runCli(dir, ['build', '--quiet'], { GOVSPEC_CHROMIUM: '/nonexistent/chromium' });
    expect(built.status, built.stderr).toBe(0);
    const out = join(dir, 'generated');
    let shown = 0;
    for (const path of walk(out)) {
      if (/\.(json|png|svg)$/.test(path)) continue;
      const bytes = readFileSync(join(out, path));
      const texts = /\.(docx|xlsx)$/.test(path)
        ? Object.entries(unzipSync(bytes))
            .filter(([name]) => name.endsWith('.xml'))
            .map(([name, c]) => [`${path}!${name}`, strFromU8(c)] as const)
        : [[path, bytes.toString('utf8')] as const];
      for (const [where, text] of texts) {
        expect(raw.test(text.replace(/[\t\n\r]/g, '')), where).toBe(false);
        if (text.includes('U+202E')) shown += 1;
      }
    }
    expect(shown).toBeGreaterThan(5);
  });
});

function walk(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    return statSync(join(dir, r)).isDirectory() ? walk(dir, r) : [r];
  });
}
