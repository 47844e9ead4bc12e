/**
 * Files go into the writer's staging folder as they are produced, so a build never holds its
 * whole output in memory; the output folder itself changes only at the swap, and every way a
 * write can stop leaves it exactly as it was, with no staging folder or lock left behind.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { generate } from '../../src/pipeline/generate.js';
import type { EmittedFile } from '../../src/emit/types.js';
import { isKept, wholeFile } from '../../src/emit/types.js';
import {
  checkOutput,
  listOutput,
  openOutput,
  openOutputCheck,
  OutputPathError,
  OutputRefusedError,
  OutputWriteError,
  siblings,
  writeOutput,
} from '../../src/emit/writer.js';
import { makeRepo, minimalSpec, removeRepos } from '../helpers/estate.js';
import { withoutBrowser } from '../helpers/commands.js';

afterAll(removeRepos);

const text = (path: string, content: string): EmittedFile => ({ path, content });

function outputFolder(): string {
  return join(makeRepo({ config: null }).root, 'generated');
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(listOutput(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

/** Staging folders and the lock beside the output folder. */
const besideOutput = (out: string) =>
  readdirSync(dirname(out)).filter((n) => /govspec-(tmp|old|lock)$/.test(n));

describe('writing file by file', () => {
  it('puts each file in the staging folder when it is added, and the output folder changes only at finish', () => {
    const out = outputFolder();
    writeOutput(out, [text('a.md', 'one\n'), text('b.md', 'two\n')]);
    const writer = openOutput(out);
    writer.add(text('a.md', 'one, changed\n'));
    const { tmp } = siblings(out);
    expect(readFileSync(join(tmp, 'a.md'), 'utf8')).toBe('one, changed\n');
    writer.add(text('b.md', 'two\n'));
    writer.add(text('sub/c.md', 'three\n'));
    expect(readFileSync(join(tmp, 'sub/c.md'), 'utf8')).toBe('three\n');
    // Nothing in the output folder has changed yet.
    expect(contents(out)).toEqual({ 'a.md': 'one\n', 'b.md': 'two\n' });
    const report = writer.finish();
    expect(report.written).toEqual(['a.md', 'sub/c.md']);
    expect(report.unchanged).toEqual(['b.md']);
    expect(contents(out)).toEqual({ 'a.md': 'one, changed\n', 'b.md': 'two\n', 'sub/c.md': 'three\n' });
    expect(besideOutput(out)).toEqual([]);
  });

  it('holds the lock from open to finish, so another build is refused as busy meanwhile', () => {
    const out = outputFolder();
    const writer = openOutput(out);
    writer.add(text('a.md', 'one\n'));
    const lock = join(dirname(out), '.generated.govspec-lock');
    // Another build would find this process's id in the lock, and this process running.
    expect(readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
    writer.finish();
    expect(existsSync(lock)).toBe(false);
    expect(besideOutput(out)).toEqual([]);
  });

  it('abort leaves the output folder as it was and removes the staging folder and the lock', () => {
    const out = outputFolder();
    writeOutput(out, [text('a.md', 'one\n')]);
    const writer = openOutput(out);
    writer.add(text('a.md', 'changed\n'));
    writer.add(text('new.md', 'new\n'));
    writer.abort();
    expect(contents(out)).toEqual({ 'a.md': 'one\n' });
    expect(besideOutput(out)).toEqual([]);
  });

  it('a file that cannot be staged stops the write: finish throws and the output folder is untouched', () => {
    const out = outputFolder();
    writeOutput(out, [text('a.md', 'one\n')]);
    const writer = openOutput(out);
    writer.add(text('report', 'a file'));
    writer.add(text('report/detail.md', 'needs report to be a folder'));
    writer.add(text('a.md', 'changed\n'));
    expect(() => writer.finish()).toThrow(OutputWriteError);
    expect(contents(out)).toEqual({ 'a.md': 'one\n' });
    expect(besideOutput(out)).toEqual([]);
  });

  it('an unsafe or repeated path found mid-way is refused at finish, nothing written', () => {
    for (const bad of [text('../outside.md', 'x'), text('a.md', 'twice')]) {
      const out = outputFolder();
      writeOutput(out, [text('a.md', 'one\n')]);
      const writer = openOutput(out);
      writer.add(text('a.md', 'changed\n'));
      writer.add(bad);
      expect(() => writer.finish()).toThrow(OutputPathError);
      expect(contents(out)).toEqual({ 'a.md': 'one\n' });
      expect(besideOutput(out)).toEqual([]);
    }
  });

  it('a folder holding a file govspec did not write is refused at finish, the staged files discarded', () => {
    const out = outputFolder();
    writeOutput(out, [text('a.md', 'one\n')]);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const writer = openOutput(out);
    writer.add(text('a.md', 'changed\n'));
    expect(() => writer.finish()).toThrow(OutputRefusedError);
    expect(contents(out)).toEqual({ 'a.md': 'one\n', 'notes.txt': 'mine' });
    expect(besideOutput(out)).toEqual([]);
  });

  it('when nothing changed, finish touches nothing and leaves no staging folder', () => {
    const out = outputFolder();
    writeOutput(out, [text('a.md', 'one\n')]);
    const writer = openOutput(out);
    writer.add(text('a.md', 'one\n'));
    const report = writer.finish();
    expect(report.manifestWritten).toBeUndefined();
    expect(report.unchanged).toEqual(['a.md']);
    expect(existsSync(siblings(out).tmp)).toBe(false);
  });
});

describe('checking file by file', () => {
  it('reports the same differences as checking the whole set at once', () => {
    const out = outputFolder();
    writeOutput(out, [text('a.md', 'one\n'), text('b.md', 'two\n'), text('gone.md', 'x\n')]);
    const files = [text('a.md', 'one\n'), text('b.md', 'two, changed\n'), text('new.md', 'n\n')];
    const checker = openOutputCheck(out);
    for (const f of files) checker.add(f);
    const streamed = checker.finish();
    expect(streamed).toEqual(checkOutput(out, files));
    expect(streamed.map((s) => `${s.path}: ${s.kind}`)).toEqual([
      '.govspec-manifest.json: out of date',
      'b.md: out of date',
      'gone.md: not generated any more',
      'new.md: missing',
    ]);
  });
});

describe('generate with a sink', () => {
  // No browser: the sink is about how files are handed over, not how diagrams are drawn.
  withoutBrowser();
  it('hands over, file by file, exactly the files it would return in memory', async () => {
    const repo = makeRepo({
      specs: {
        'specs/a.yaml': minimalSpec({ id: 'alpha-feed' }),
        'specs/b.yaml': minimalSpec({ id: 'beta-feed' }),
      },
    });
    const options = { host: new FsHost(repo.root), asOf: '2026-01-01', fallbackAsOf: '2026-01-01', env: {} };
    const whole = await generate(options);
    const handed: EmittedFile[] = [];
    const streamed = await generate({ ...options, sink: (f) => handed.push(f) });
    expect(streamed.files).toEqual([]);
    const shape = (files: readonly EmittedFile[]) =>
      files.map((f) => [f.path, isKept(f) ? 'kept' : Buffer.from(wholeFile(f).content).toString('base64')]);
    expect(whole.files!.length).toBeGreaterThan(3);
    expect(shape(handed)).toEqual(shape(whole.files!));
  });
});
