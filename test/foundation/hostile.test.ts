/**
 * Hostile input: each file gets a coded diagnostic at file:line:col, compile() never throws, and
 * the CLI exits 1 without a stack trace. A BOM and CRLF line endings are accepted.
 */
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { FsHost } from '../../src/core/host.js';
import {
  compileRepo,
  liveSpecWithoutOwner,
  makeRepo,
  minimalConfigYaml,
  minimalSpec,
  placesOf,
  removeRepos,
  runCli,
  stackLines,
} from '../helpers/estate.js';

afterAll(removeRepos);

/** The minimal spec is ten lines (govspec, id, version, title, status, source, target, engine, protocol, transport). */
const head = minimalSpec();
const headWith = (line: number, text: string) =>
  head
    .split('\n')
    .map((l, i) => (i + 1 === line ? text : l))
    .join('\n');

function aliasBomb(levels: number, width: number): string {
  const lines = [`l1: &a1 [${Array(width).fill('lol').join(', ')}]`];
  for (let n = 2; n <= levels; n++)
    lines.push(
      `l${n}: &a${n} [${Array(width)
        .fill(`*a${n - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}

function blockNesting(depth: number): string {
  const lines = ['deep:'];
  for (let d = 1; d < depth; d++) lines.push(`${'  '.repeat(d)}k:`);
  lines.push(`${'  '.repeat(depth)}k: end`);
  return lines.join('\n');
}

const twentyMegabytes = 20 * 1024 * 1024;
function hugeSpec(): string {
  const line = '# padding padding padding padding padding padding padding padding padding padding\n';
  return head + line.repeat(Math.ceil(twentyMegabytes / line.length));
}

interface Case {
  name: string;
  file: string;
  content: () => string | Uint8Array;
  code: string;
  /** line:col, counted by hand in the comment. */
  at: string;
}

const cases: Case[] = [
  // Level 2 expands nine 10-node lists (90); the first *a2 on line 13 passes 100: "l3: &a3 [" puts it at column 10.
  {
    name: 'alias bomb, 9 levels x 9 wide',
    file: 'specs/bomb.yaml',
    content: () => head + aliasBomb(9, 9),
    code: 'yaml-alias-limit',
    at: '13:10',
  },
  // Line 11 "deep:"; the mapping at depth d starts on line 11 + d at column 2d + 1: depth 64 is 75:129.
  {
    name: '200-deep block nesting',
    file: 'specs/deep-block.yaml',
    content: () => `${head}${blockNesting(200)}\n`,
    code: 'yaml-too-deep',
    at: '75:129',
  },
  // "deep: [[[...": the k-th "[" is column 6 + k, depth k; depth 64 is column 70.
  {
    name: '200-deep flow nesting',
    file: 'specs/deep-flow.yaml',
    content: () => `${head}deep: ${'['.repeat(200)}${']'.repeat(200)}\n`,
    code: 'yaml-too-deep',
    at: '11:70',
  },
  {
    name: '__proto__ key',
    file: 'specs/proto.yaml',
    content: () => `${head}__proto__: { polluted: true }\n`,
    code: 'schema-unknown-key',
    at: '11:1',
  },
  // "source: { system: PAS, constructor: ...": "constructor" at column 24.
  {
    name: 'constructor.prototype key',
    file: 'specs/ctor.yaml',
    content: () => headWith(6, 'source: { system: PAS, constructor: { prototype: { polluted: true } } }'),
    code: 'schema-unknown-key',
    at: '6:24',
  },
  {
    name: '!!js/function tag',
    file: 'specs/jsfn.yaml',
    content: () => headWith(4, 'title: !!js/function "function () { globalThis.polluted = true }"'),
    code: 'yaml-unknown-tag',
    at: '4:8',
  },
  // "owner: !custom" then a block mapping on the next line: the tag at column 8.
  {
    name: 'unknown !custom tag',
    file: 'specs/custom.yaml',
    content: () => `${head}owner: !custom\n  name: Ann\n`,
    code: 'yaml-unknown-tag',
    at: '11:8',
  },
  {
    name: 'duplicate key',
    file: 'specs/dup.yaml',
    content: () => `${head}id: another-id\n`,
    code: 'yaml-duplicate-key',
    at: '11:1',
  },
  // "title: " is 7 characters: the bad byte is column 8.
  {
    name: 'invalid UTF-8 byte',
    file: 'specs/latin1.yaml',
    content: () =>
      Buffer.concat([
        Buffer.from(head.split('\n').slice(0, 3).join('\n') + '\ntitle: '),
        Buffer.from([0xff]),
        Buffer.from('\n'),
      ]),
    code: 'load-invalid-utf8',
    at: '4:8',
  },
  {
    name: 'UTF-8-encoded surrogate',
    file: 'specs/surrogate.yaml',
    content: () =>
      Buffer.concat([
        Buffer.from(head.split('\n').slice(0, 3).join('\n') + '\ntitle: '),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from('\nx: y\n'),
      ]),
    code: 'load-invalid-utf8',
    at: '4:8',
  },
  { name: '20 MB file', file: 'specs/huge.yaml', content: hugeSpec, code: 'load-too-large', at: '1:1' },
  {
    name: 'id ../../etc/x',
    file: 'specs/traversal.yaml',
    content: () => headWith(2, 'id: ../../etc/x'),
    code: 'spec-id-invalid',
    at: '2:5',
  },
];

function expectLocated(diagnostics: readonly Diagnostic[], file: string): void {
  const mine = diagnostics.filter((d) => d.location?.file === file);
  expect(mine.length).toBeGreaterThan(0);
  for (const d of mine) {
    expect(d.code).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    expect(d.location!.line).toBeGreaterThanOrEqual(1);
    expect(d.location!.column).toBeGreaterThanOrEqual(1);
  }
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('compile() reports an error with the code at file:line:col and does not throw', () => {
    const root = makeRepo({ specs: { [c.file]: c.content() } }).root;
    // No clock: an expansion that ran away (the alias bomb) would not finish or would exhaust
    // memory, and a busy runner is slow, not broken.
    const result = compileRepo(root);
    expect(placesOf(result.diagnostics, c.code)).toEqual([`${c.file} ${c.at}`]);
    expect(result.diagnostics.find((d) => d.code === c.code)?.severity).toBe('error');
    expectLocated(result.diagnostics, c.file);
    expect(result.complete).toBe(false);
  });
});

describe('all hostile files in one estate', () => {
  let root: string;
  beforeAll(() => {
    const specs: Record<string, string | Uint8Array> = {};
    for (const c of cases) specs[c.file] = c.content();
    specs['specs/fine.yaml'] = minimalSpec({ id: 'fine-feed' });
    root = makeRepo({ specs }).root;
  });

  it('validate --format json has each diagnostic at its place, exits 1, no stack trace', () => {
    const r = runCli(['validate', '--format', 'json', '--as-of', '2026-01-01'], root);
    expect(r.code).toBe(1);
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(/internal error/);
    const report = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] };
    for (const c of cases) expect(placesOf(report.diagnostics, c.code)).toContain(`${c.file} ${c.at}`);
    expect(report.diagnostics.filter((d) => d.location?.file === 'specs/fine.yaml')).toEqual([]);
  });

  it('validate prints every file:line:col and code, exits 1, no stack trace', () => {
    const r = runCli(['validate', '--as-of', '2026-01-01'], root);
    expect(r.code).toBe(1);
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
    for (const c of cases) {
      const block = r.stderr.split('\n\n').find((b) => b.startsWith(`${c.file}\n`));
      expect(block, c.file).toBeDefined();
      expect(block).toMatch(new RegExp(`^  ${c.at}\\s+error\\s.*\\s${c.code}$`, 'm'));
    }
  });

  it('build exits 1, writes nothing anywhere, no stack trace', () => {
    const r = runCli(['build', '--as-of', '2026-01-01'], root);
    expect(r.code).toBe(1);
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
    expect(r.stderr).toMatch(/build-not-run/);
    expect(existsSync(join(root, 'generated'))).toBe(false);
    expect(existsSync(join(root, '..', 'etc', 'x'))).toBe(false);
  });

  it('leaves Object.prototype unpolluted', () => {
    compileRepo(root);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('prototype keys in the config', () => {
  it('a __proto__ rule is an unknown code, not a prototype write', () => {
    const config = `${minimalConfigYaml}rules:\n  __proto__: { severity: off, reason: x, polluted: true }\n  constructor: { severity: off, reason: x }\n`;
    const repo = makeRepo({ config, specs: { 'a.yaml': minimalSpec() } });
    const result = compileRepo(repo.root);
    // "rules:" is line 9; on line 10 "  __proto__: { severity: off, reason: x, polluted" puts "polluted" at column 42.
    expect(placesOf(result.diagnostics, 'schema-unknown-key')).toEqual(['govspec.config.yaml 10:42']);
    expect(result.configProblem).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
  });

  it('with valid settings, __proto__ and constructor are reported as unknown codes', () => {
    const config = `${minimalConfigYaml}rules:\n  __proto__: { severity: off, reason: x }\n  constructor: { severity: info }\n`;
    const repo = makeRepo({ config, specs: { 'a.yaml': minimalSpec() } });
    const result = compileRepo(repo.root);
    expect(placesOf(result.diagnostics, 'config-unknown-code')).toEqual([
      'govspec.config.yaml 10:3',
      'govspec.config.yaml 11:3',
    ]);
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
    expect(({} as Record<string, unknown>).reason).toBeUndefined();
  });
});

describe('files outside the repository', () => {
  it('a spec symlinked to a file outside the repository is not read', () => {
    const outside = makeRepo({ config: null, files: { 'secret.yaml': 'token: s3cr3t-value\n' } });
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec() } });
    symlinkSync(join(outside.root, 'secret.yaml'), join(repo.root, 'specs', 'leak.yaml'));
    symlinkSync(join(repo.root, 'specs', 'a.yaml'), join(repo.root, 'specs', 'inside-link.yaml'));
    expect(new FsHost(repo.root).listFiles()).toEqual([
      'govspec.config.yaml',
      'specs/a.yaml',
      'specs/inside-link.yaml',
    ]);
    const r = runCli(['validate', '--format', 'json', '--as-of', '2026-01-01'], repo.root);
    expect(r.stdout).not.toContain('token');
    // The link is named, never followed.
    const report = JSON.parse(r.stdout) as {
      diagnostics: Array<{ code: string; location?: { file: string } }>;
    };
    expect(
      report.diagnostics.filter((d) => d.code === 'load-link-outside').map((d) => d.location?.file),
    ).toEqual(['specs/leak.yaml']);
  });
});

describe('a BOM and CRLF line endings are accepted', () => {
  const crlf = (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`;

  it('a valid spec validates with positions unshifted by the BOM or CR', () => {
    const spec = liveSpecWithoutOwner();
    const repo = makeRepo({ config: crlf(minimalConfigYaml), specs: { 'bom.yaml': crlf(spec) } });
    const result = compileRepo(repo.root);
    expect(result.complete).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['readiness-no-owner']);
    // status is line 5; its key at column 1, not 2 (the BOM is not a column).
    expect(placesOf(result.diagnostics, 'readiness-no-owner')).toEqual(['specs/bom.yaml 5:1']);
    const r = runCli(['validate', '--as-of', '2026-01-01'], repo.root);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^ {2}5:1\s+warning\s.*readiness-no-owner$/m);
  });

  it('errors on the first line and after CRLF lines are placed exactly', () => {
    const spec = headWith(1, 'govspec: 2').replace('status: proposed', 'status: lve');
    const repo = makeRepo({ specs: { 'bom.yaml': crlf(spec) } });
    const result = compileRepo(repo.root);
    // "govspec: 2": value at column 10 (after the BOM); "status: lve": value at 5:9.
    expect(placesOf(result.diagnostics, 'schema-invalid-value')).toEqual([
      'specs/bom.yaml 1:10',
      'specs/bom.yaml 5:9',
    ]);
  });
});

it('the 20 MB fixture really is over 20 MB', () => {
  expect(Buffer.byteLength(hugeSpec())).toBeGreaterThanOrEqual(twentyMegabytes);
});
