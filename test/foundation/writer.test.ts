/**
 * The one writer: deterministic rebuilds that touch nothing, refused paths, failures that leave the
 * previous output exactly as it was, recovery of an interrupted swap, and check mode.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeWithDiagnostics } from '../../src/cli/build-output.js';
import { FsHost } from '../../src/core/host.js';
import { generate } from '../../src/pipeline/generate.js';
import type { GenerateResult } from '../../src/pipeline/generate.js';
import type { EmittedFile, Emitter } from '../../src/emit/types.js';
import {
  checkOutput,
  listOutput,
  OutputPathError,
  recoverOutput,
  writeOutput,
} from '../../src/emit/writer.js';
import { trustedOutput } from '../../src/emit/output-guard.js';
import { makeRepo, minimalSpec, removeRepos } from '../helpers/estate.js';
import { withoutBrowser } from '../helpers/commands.js';

// No browser: these tests are about how output is written, not how diagrams are drawn.
withoutBrowser();
afterAll(removeRepos);

/** path -> sha256 of every regular file below a folder (empty when it does not exist). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of listOutput(dir))
    out[path] = createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex');
  return out;
}

function inodes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of listOutput(dir)) {
    const s = statSync(join(dir, path));
    out[path] = `${s.ino}:${s.mtimeMs}`;
  }
  return out;
}

const estateSpecs = {
  'a.yaml': minimalSpec({ id: 'alpha-feed', status: 'live', title: 'Alpha | pipes & <tags>' }),
  'b.yaml': minimalSpec({ id: 'beta-feed', engine: { kind: 'mirth', channel: 'B' } }),
  'nested/c.yaml': minimalSpec({ id: 'gamma-feed', latency: { contract: 'nightly' } }),
};

function estateRepo() {
  const repo = makeRepo({
    specs: Object.fromEntries(Object.entries(estateSpecs).map(([k, v]) => [`specs/${k}`, v])),
  });
  return { repo, out: join(repo.root, 'generated') };
}

async function gen(root: string, emitters?: readonly Emitter[]): Promise<GenerateResult> {
  const options: Parameters<typeof generate>[0] = {
    host: new FsHost(root),
    asOf: '2026-01-01',
    fallbackAsOf: '2026-01-01',
    env: {},
  };
  if (emitters) options.emitters = emitters;
  return generate(options);
}

async function build(root: string, out: string, emitters?: readonly Emitter[]) {
  const result = await gen(root, emitters);
  expect(result.files, JSON.stringify(result.diagnostics)).toBeDefined();
  return writeOutput(out, result.files!);
}

const text = (path: string, content: string): EmittedFile => ({ path, content });

describe('building twice', () => {
  it('gives byte-identical output and the second run writes nothing', async () => {
    const { repo, out } = estateRepo();
    const first = await build(repo.root, out);
    expect(first.written).toEqual(expect.arrayContaining(['estate.md', 'model.json', 'build-info.json']));
    const bytes = snapshot(out);
    const before = inodes(out);

    const second = await build(repo.root, out);
    expect(second.written).toEqual([]);
    expect(second.removed).toEqual([]);
    expect(second.unchanged.sort()).toEqual(Object.keys(bytes).sort());
    expect(snapshot(out)).toEqual(bytes);
    expect(inodes(out)).toEqual(before);
  });

  it('gives the same bytes in a fresh copy of the same inputs', async () => {
    const a = estateRepo();
    const b = estateRepo();
    await build(a.repo.root, a.out);
    await build(b.repo.root, b.out);
    expect(snapshot(b.out)).toEqual(snapshot(a.out));
  });

  it('rewrites only what changed and removes what is no longer generated', async () => {
    const { repo, out } = estateRepo();
    await build(repo.root, out, [
      { id: 't', description: '', emit: () => [text('keep.md', 'same\n'), text('old.md', 'x\n')] },
    ]);
    const report = await build(repo.root, out, [
      { id: 't', description: '', emit: () => [text('keep.md', 'same\n'), text('sub/new.md', 'y\n')] },
    ]);
    // The inputs did not change, so build-info.json is unchanged too.
    expect(report.written).toEqual(['sub/new.md']);
    expect(report.unchanged.sort()).toEqual(['build-info.json', 'keep.md']);
    expect(report.removed).toEqual(['old.md']);
    expect(listOutput(out)).toEqual(['build-info.json', 'keep.md', 'sub/new.md']);
  });
});

describe('paths outside the output folder', () => {
  const unsafe = ['../x', '/abs', 'a/../../b', 'a/./b', 'a//b', 'a\\..\\b', 'C:/x', '', 'dir/'];
  let out: string;
  beforeEach(() => {
    out = join(makeRepo({ config: null }).root, 'generated');
    mkdirSync(out);
    writeFileSync(join(out, 'previous.md'), 'previous\n');
  });

  it.each(unsafe)('refuses %j before writing anything', (path) => {
    const before = snapshot(out);
    const parent = dirname(out);
    const parentBefore = readdirSync(parent).sort();
    expect(() => writeOutput(out, [text('first.md', 'a'), text(path, 'evil')])).toThrow(OutputPathError);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(parentBefore);
    expect(existsSync(join(parent, 'x'))).toBe(false);
    expect(existsSync(join(parent, 'b'))).toBe(false);
    expect(existsSync('/abs')).toBe(false);
  });

  it('refuses a path emitted twice', () => {
    expect(() => writeOutput(out, [text('a.md', '1'), text('a.md', '2')])).toThrow(OutputPathError);
    expect(readFileSync(join(out, 'previous.md'), 'utf8')).toBe('previous\n');
  });

  it('an emitter that returns an unsafe path becomes a write-path-outside diagnostic through build', async () => {
    const { repo, out: dir } = estateRepo();
    await build(repo.root, dir);
    const before = snapshot(dir);
    const result = await gen(repo.root, [
      { id: 'evil', description: '', emit: () => [text('ok.md', 'fine'), text('../escape.md', 'no')] },
    ]);
    const { report, diagnostics: diags } = writeWithDiagnostics(trustedOutput(dir), result.files!, {
      root: repo.root,
    });
    expect(report).toBeUndefined();
    expect(diags.map((d) => d.code)).toEqual(['write-path-outside']);
    expect(diags[0]!.message).toContain('../escape.md');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(repo.root, 'escape.md'))).toBe(false);
  });
});

describe('a failure half-way leaves the previous output as it was', () => {
  it('an emitter that throws: nothing to write, emitter-failed reported', async () => {
    const { repo, out } = estateRepo();
    await build(repo.root, out);
    const before = snapshot(out);
    const result = await gen(repo.root, [
      { id: 'first', description: '', emit: () => [text('first.md', 'new content')] },
      {
        id: 'broken',
        description: '',
        emit: () => {
          throw new Error('boom');
        },
      },
    ]);
    expect(result.files).toBeUndefined();
    const failed = result.diagnostics.find((d) => d.code === 'emitter-failed');
    expect(failed?.message).toMatch(/broken.*boom/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a write that fails after some files were written: previous output intact, no temporary folder left', async () => {
    const { repo, out } = estateRepo();
    await build(repo.root, out);
    const before = snapshot(out);
    // "report" is written as a file, then "report/detail.md" needs it to be a folder: the write fails mid-way.
    const result = await gen(repo.root, [
      {
        id: 'conflict',
        description: '',
        emit: () => [
          text('a-first.md', 'written first'),
          text('report', 'file'),
          text('report/detail.md', 'x'),
        ],
      },
    ]);
    const { report, diagnostics: diags } = writeWithDiagnostics(trustedOutput(out), result.files!, {
      root: repo.root,
    });
    expect(report).toBeUndefined();
    expect(diags.map((d) => d.code)).toEqual(['write-failed']);
    expect(diags[0]!.message).toContain('The previous output is untouched');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((n) => /govspec-(tmp|old)$/.test(n))).toEqual([]);
  });

  it('content that cannot be written fails the same way', () => {
    const out = join(makeRepo({ config: null }).root, 'generated');
    writeOutput(out, [text('a.md', 'one'), text('b.md', 'two')]);
    const before = snapshot(out);
    const bad = { path: 'c.md', content: 42 } as unknown as EmittedFile;
    expect(() => writeOutput(out, [text('a.md', 'changed'), bad])).toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((n) => /govspec-(tmp|old)$/.test(n))).toEqual([]);
  });

  it('a symlink planted in the output folder is replaced, its target untouched', () => {
    const repo = makeRepo({ config: null, files: { 'victim.txt': 'keep me\n' } });
    const out = join(repo.root, 'generated');
    writeOutput(out, [text('a.md', 'one')]);
    symlinkSync(join(repo.root, 'victim.txt'), join(out, 'b.md'));
    writeOutput(out, [text('a.md', 'one'), text('b.md', 'generated')]);
    expect(readFileSync(join(repo.root, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe('generated');
  });
});

describe('kept files', () => {
  it('a file an emitter could not re-render this time is carried over unchanged', () => {
    const out = join(makeRepo({ config: null }).root, 'generated');
    writeOutput(out, [text('diagram.svg', '<svg/>'), text('a.md', 'one')]);
    const report = writeOutput(out, [{ path: 'diagram.svg', keepExisting: true }, text('a.md', 'two')]);
    expect(report.kept).toEqual(['diagram.svg']);
    expect(readFileSync(join(out, 'diagram.svg'), 'utf8')).toBe('<svg/>');
    expect(checkOutput(out, [{ path: 'diagram.svg', keepExisting: true }, text('a.md', 'two')])).toEqual([]);
  });
});

describe('recoverOutput', () => {
  function setup() {
    const root = makeRepo({ config: null }).root;
    const out = join(root, 'generated');
    writeOutput(out, [text('a.md', 'one'), text('sub/b.md', 'two')]);
    return { root, out, before: snapshot(out) };
  }

  it('puts back a folder set aside by a swap that was killed half-way', () => {
    const { root, out, before } = setup();
    renameSync(out, join(root, '.generated.govspec-old'));
    mkdirSync(join(root, '.generated.govspec-tmp'));
    writeFileSync(join(root, '.generated.govspec-tmp', 'a.md'), 'partial');
    recoverOutput(out);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['generated']);
  });

  it('discards the set-aside copy when the new folder was already swapped in', () => {
    const { root, out, before } = setup();
    mkdirSync(join(root, '.generated.govspec-old'));
    writeFileSync(join(root, '.generated.govspec-old', 'a.md'), 'stale');
    recoverOutput(out);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['generated']);
  });

  it('the next build recovers first and then finds nothing to write', async () => {
    const { repo, out } = estateRepo();
    await build(repo.root, out);
    const before = snapshot(out);
    renameSync(out, join(repo.root, '.generated.govspec-old'));
    const result = await generate({
      host: new FsHost(repo.root),
      asOf: '2026-01-01',
      fallbackAsOf: '2026-01-01',
      env: {},
      beforeRead: (output) => recoverOutput(output),
    });
    const report = writeOutput(out, result.files!);
    expect(report.written).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('check mode', () => {
  it('reports missing, out of date and not generated any more, and writes nothing', async () => {
    const { repo, out } = estateRepo();
    await build(repo.root, out);
    const result = await gen(repo.root);
    expect(checkOutput(out, result.files!)).toEqual([]);

    unlinkSync(join(out, 'model.json'));
    writeFileSync(join(out, 'estate.md'), `${readFileSync(join(out, 'estate.md'), 'utf8')}edited\n`);
    mkdirSync(join(out, 'old'));
    writeFileSync(join(out, 'old', 'leftover.md'), 'x');
    const before = snapshot(out);
    expect(checkOutput(out, result.files!)).toEqual([
      { path: 'estate.md', kind: 'out of date' },
      { path: 'model.json', kind: 'missing' },
      { path: 'old/leftover.md', kind: 'not a file govspec wrote' },
    ]);
    expect(snapshot(out)).toEqual(before);
  });

  it('a missing output folder is all missing', () => {
    const out = join(makeRepo({ config: null }).root, 'generated');
    expect(checkOutput(out, [text('a.md', 'x'), text('b/c.md', 'y')])).toEqual([
      { path: '.govspec-manifest.json', kind: 'missing' },
      { path: 'a.md', kind: 'missing' },
      { path: 'b/c.md', kind: 'missing' },
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('read-only output folder', () => {
  it('is still replaced as a whole (the swap renames the folder, not its files)', () => {
    const root = makeRepo({ config: null }).root;
    const out = join(root, 'generated');
    writeOutput(out, [text('a.md', 'one')]);
    chmodSync(join(out, 'a.md'), 0o444);
    writeOutput(out, [text('a.md', 'two')]);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('two');
    rmSync(out, { recursive: true, force: true });
  });
});
