import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const file = join(dir, 'ab', readdirSync(join(dir, 'ab'))[0]!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: unknown[] };
    stored.diagnostics = [{ code: 7, severity: 'loud' }];
    writeFileSync(file, JSON.stringify(stored));
    expect(new FsEmitCache(dir).get(key)).toBeUndefined();
  });

  it('stores nothing when read-only, and an entry without notes gives none', () => {
    const dir = cacheDir();
    new FsEmitCache(dir, true).set(key, [{ path: 'a.md', content: Buffer.from('x') }], [note]);
    expect(new FsEmitCache(dir).get(key)).toBeUndefined();
    new FsEmitCache(dir).set(key, [{ path: 'a.md', content: Buffer.from('x') }]);
    expect(new FsEmitCache(dir).get(key)?.diagnostics).toEqual([]);
  });
});
