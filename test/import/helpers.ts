import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixtures = join(repoRoot, 'test/fixtures/import');

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'govspec-import-'): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under a folder, as path (relative) → text. */
export function readTree(dir: string, base = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [k, v] of readTree(path, base)) out.set(k, v);
    else out.set(path.slice(base.length + 1), readFileSync(path, 'utf8'));
  }
  return out;
}

/** A parsed draft spec, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Spec = Record<string, any>;

/** stdout and stderr written while a command runs, kept instead of printed (undo with vi.restoreAllMocks). */
export function captureOutput(): { out: string[]; err: string[] } {
  const kept = { out: [] as string[], err: [] as string[] };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    kept.out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    kept.err.push(String(chunk));
    return true;
  });
  return kept;
}
