import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { FsEmitCache } from '../../src/emit/cache.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'govspec-cache-'));
  dirs.push(d);
  return d;
}
const key = 'ab'.padEnd(64, '0');
const entryFile = (dir: string) => join(dir, 'ab', `${key}.part`);
const note: Diagnostic = {
  code: 'privacy-diagrams-not-rendered',
  severity: 'info',
  message: 'The data-flow diagram has no picture: Chromium could not be started.',
};

// A part produced with a note (a diagram left without a picture) is cached with the note, so the
// next build reuses the part and still says so.
describe('the per-integration cache', () => {
  it('gives back the files and what the emitter reported while producing them', () => {
    const dir = cacheDir();
    new FsEmitCache(dir).set(key, [{ path: 'privacy/a.dpia.md', content: Buffer.from('# A\n') }], [note]);
    const hit = new FsEmitCache(dir).get(key);
    expect(hit?.files.map((f) => f.path)).toEqual(['privacy/a.dpia.md']);
    expect(hit?.diagnostics).toEqual([note]);
  });

  it('treats an entry whose notes are damaged as a miss', () => {
    const dir = cacheDir();
    new FsEmitCache(dir).set(key, [{ path: 'a.md', content: Buffer.from('x') }], [note]);
    const file = entryFile(dir);
    const bytes = readFileSync(file);
    const eol = bytes.indexOf(10, bytes.indexOf(10) + 1);
    const header = JSON.parse(bytes.toString('utf8', bytes.indexOf(10) + 1, eol)) as {
      diagnostics: unknown[];
    };
    header.diagnostics = [{ code: 7, severity: 'loud' }];
    writeFileSync(
      file,
      Buffer.concat([
        bytes.subarray(0, bytes.indexOf(10) + 1),
        Buffer.from(`${JSON.stringify(header)}\n`),
        bytes.subarray(eol + 1),
      ]),
    );
    expect(new FsEmitCache(dir).get(key)).toBeUndefined();
  });

  it('keeps the bytes of every file as they are, text and binary alike', () => {
    const dir = cacheDir();
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, n) => (n * 37) % 256));
    const files = [
      { path: 'privacy/a.dpia.md', content: '# A\n\nline \u00e9\n' },
      { path: 'privacy/a.dpia.docx', content: binary },
      { path: 'privacy/empty.md', content: '' },
    ];
    new FsEmitCache(dir).set(key, files);
    const hit = new FsEmitCache(dir).get(key);
    expect(hit?.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
    const contents = (hit?.files ?? []).map((f) => Buffer.from((f as { content: Uint8Array }).content));
    expect(contents[0]!.toString('utf8')).toBe(files[0]!.content);
    expect(contents[1]!.equals(binary)).toBe(true);
    expect(contents[2]!.length).toBe(0);
  });

  it('treats a truncated, lengthened or altered entry as a miss, never as wrong bytes', () => {
    const dir = cacheDir();
    const content = Buffer.from('the bytes of a Word document, say');
    new FsEmitCache(dir).set(key, [{ path: 'a.docx', content }]);
    const file = entryFile(dir);
    const good = readFileSync(file);
    expect(new FsEmitCache(dir).get(key)).toBeDefined();
    const altered = Buffer.from(good);
    altered.writeUInt8((altered[altered.length - 5] ?? 0) ^ 1, altered.length - 5);
    for (const damaged of [
      good.subarray(0, good.length - 1),
      Buffer.concat([good, Buffer.from('x')]),
      altered,
      Buffer.from('{}'),
    ]) {
      writeFileSync(file, damaged);
      expect(new FsEmitCache(dir).get(key)).toBeUndefined();
    }
  });

  it('prunes entries the build did not use, and entries an older govspec left', () => {
    const dir = cacheDir();
    const other = 'cd'.padEnd(64, '1');
    const writing = new FsEmitCache(dir);
    writing.set(key, [{ path: 'a.md', content: 'a' }]);
    writing.set(other, [{ path: 'b.md', content: 'b' }]);
    mkdirSync(join(dir, 'ab'), { recursive: true });
    writeFileSync(join(dir, 'ab', `${key}.json`), '{"files":[]}');
    const next = new FsEmitCache(dir);
    expect(next.get(key)).toBeDefined();
    next.prune();
    expect(readdirSync(join(dir, 'ab'))).toEqual([`${key}.part`]);
    expect(readdirSync(join(dir, 'cd'))).toEqual([]);
  });

  it('stores nothing when read-only, and an entry without notes gives none', () => {
    const dir = cacheDir();
    new FsEmitCache(dir, true).set(key, [{ path: 'a.md', content: Buffer.from('x') }], [note]);
    expect(new FsEmitCache(dir).get(key)).toBeUndefined();
    new FsEmitCache(dir).set(key, [{ path: 'a.md', content: Buffer.from('x') }]);
    expect(new FsEmitCache(dir).get(key)?.diagnostics).toEqual([]);
  });
});
