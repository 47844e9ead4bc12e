import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cell, csvRow, html, md } from '../../src/emit/escape.js';
import { showHiddenControls } from '../../src/core/unsafe-chars.js';
import { parseCsvLine } from '../helpers/csv.js';
import { checkOutput, OutputPathError, writeOutput } from '../../src/emit/writer.js';
import { parseYaml } from '../../src/load/parse-yaml.js';

const anyText = fc.string({ unit: 'binary', maxLength: 200 });

describe('escapers (property-based)', () => {
  it('md() output is one line with no Markdown or HTML structure left', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = md(s);
        expect(out).not.toMatch(/[\r\n<>|]/);
        // Every structural character that remains is backslash-escaped.
        expect(out.replace(/\\[\\`*[\]~_#+=-]/g, '')).not.toMatch(/[`*[\]~]/);
      }),
      { numRuns: 500 },
    );
  });

  it('html() output has no character that can open a tag or leave an attribute', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(html(s)).not.toMatch(/[<>"'`=]/);
      }),
      { numRuns: 500 },
    );
  });

  it('cell() never starts a formula and keeps the visible text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = cell(s);
        expect(out).not.toMatch(/^[=+\-@\t\r]/);
        expect(out.replace(/^'/, '')).toBe(
          showHiddenControls(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('csvRow() round-trips through an RFC 4180 reader', () => {
    // The only change besides cell(): an apostrophe guarding a formula character after a separator.
    const unguard = (t: string) => t.replace(/([,;\t\r\n])'(?=[=+\-@\t\r])/g, '$1');
    const text = anyText.filter((t) => !t.includes("'"));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (fields) => {
        expect(parseCsvLine(csvRow(fields)).map(unguard)).toEqual(fields.map(cell));
      }),
      { numRuns: 300 },
    );
  });
});

describe('loader (property-based)', () => {
  const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ -]{0,12}$/);
  const scalar = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
  })).node;

  it('reads back exactly what was written, through the fast or the exact path', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 8 }), (data) => {
        const [parsed, diags] = parseYaml('p.yaml', Buffer.from(stringify(data)));
        expect(diags).toEqual([]);
        expect(JSON.parse(JSON.stringify(parsed?.data))).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes: data, or diagnostics with a place', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const [parsed, diags] = parseYaml('b.yaml', bytes);
        if (!parsed) {
          expect(diags.length).toBeGreaterThan(0);
          for (const d of diags) expect(d.location?.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('writer (property-based)', () => {
  const segment = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/).filter((s) => s !== '.' && s !== '..');
  const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
  const files = fc
    .uniqueArray(fc.record({ path, content: fc.string({ maxLength: 50 }) }), {
      selector: (f) => f.path,
      maxLength: 8,
    })
    .filter((list) => !list.some((a) => list.some((b) => b.path.startsWith(`${a.path}/`))));

  it('writes exactly the emitted set, and a second write changes nothing', () => {
    fc.assert(
      fc.property(files, files, (first, second) => {
        const dir = mkdtempSync(join(tmpdir(), 'govspec-prop-'));
        const out = join(dir, 'generated');
        try {
          writeOutput(out, first);
          expect(checkOutput(out, first)).toEqual([]);
          writeOutput(out, second);
          expect(checkOutput(out, second)).toEqual([]);
          const again = writeOutput(out, second);
          expect(again.written).toEqual([]);
          expect(again.removed).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses any path that could leave the output folder, before writing anything', () => {
    const bad = fc.oneof(
      fc.constantFrom('../x', '/etc/passwd', 'a/../../b', 'a\\b', 'C:/x', '', 'a//b', './a', 'a/'),
      fc.string({ maxLength: 10 }).map((s) => `../${s}`),
    );
    fc.assert(
      fc.property(bad, (p) => {
        const dir = mkdtempSync(join(tmpdir(), 'govspec-prop-'));
        try {
          expect(() =>
            writeOutput(join(dir, 'generated'), [
              { path: 'ok.txt', content: 'x' },
              { path: p, content: 'y' },
            ]),
          ).toThrow(OutputPathError);
          expect(existsSync(join(dir, 'generated'))).toBe(false);
          expect(readdirSync(dir)).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 100 },
    );
  });
});
