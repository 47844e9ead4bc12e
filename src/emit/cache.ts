import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { EmittedFile } from './types.js';
import { isKept, wholeFile } from './types.js';

/** Where per-integration outputs are kept between builds, by a hash of everything they depend on. */
export interface EmitCache {
  get(key: string): CachedPart | undefined;
  set(key: string, files: readonly EmittedFile[], diagnostics?: readonly Diagnostic[]): void;
}

/**
 * One integration's files from one emitter, with what the emitter reported while producing
 * them (for example that a diagram has no picture), so a hit says it again.
 */
export interface CachedPart {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

export const noCache: EmitCache = { get: () => undefined, set: () => undefined };

interface Stored {
  files: Array<{ path: string; data?: string; keep?: true }>;
  diagnostics?: Diagnostic[];
}

/** A folder of small JSON entries (.govspec-cache/emit). A damaged entry is a miss, never an error. */
export class FsEmitCache implements EmitCache {
  private readonly used = new Set<string>();

  /** A read-only cache (for `check`, which writes nothing) answers from what is there and stores nothing. */
  constructor(
    private readonly dir: string,
    private readonly readOnly = false,
  ) {}

  /** Delete entries this build did not use, so the cache holds one build's worth. */
  prune(): void {
    if (this.readOnly) return;
    let shards: string[];
    try {
      shards = readdirSync(this.dir);
    } catch {
      return;
    }
    // Pruning only saves space: a shard that cannot be read or emptied is left as it is.
    for (const shard of shards) {
      try {
        for (const name of readdirSync(join(this.dir, shard))) {
          if (!this.used.has(name.replace(/\.json$/, '')))
            rmSync(join(this.dir, shard, name), { force: true });
        }
      } catch {
        /* left for next time */
      }
    }
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedPart | undefined {
    this.used.add(key);
    try {
      const stored = JSON.parse(readFileSync(this.file(key), 'utf8')) as Stored;
      const files = stored.files.map((f) =>
        f.keep
          ? { path: f.path, keepExisting: true as const }
          : { path: f.path, content: Buffer.from(f.data ?? '', 'base64') },
      );
      const diagnostics = stored.diagnostics ?? [];
      // An entry whose notes are not notes is damaged: a miss, never a wrong message.
      if (!Array.isArray(diagnostics) || !diagnostics.every(isStoredDiagnostic)) return undefined;
      return { files, diagnostics };
    } catch {
      return undefined;
    }
  }

  set(key: string, files: readonly EmittedFile[], diagnostics: readonly Diagnostic[] = []): void {
    // Outputs that could not be produced (kept files) are not cached: try again next build.
    this.used.add(key);
    if (this.readOnly || files.some(isKept)) return;
    const stored: Stored = {
      files: files.map((f) => ({
        path: f.path,
        data: Buffer.from(isKept(f) ? '' : wholeFile(f).content).toString('base64'),
      })),
      ...(diagnostics.length > 0 ? { diagnostics: [...diagnostics] } : {}),
    };
    try {
      const target = this.file(key);
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(`${target}.tmp`, JSON.stringify(stored));
      renameSync(`${target}.tmp`, target);
    } catch {
      /* a cache that cannot be written only costs time */
    }
  }
}

export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function isStoredDiagnostic(d: unknown): d is Diagnostic {
  if (!d || typeof d !== 'object') return false;
  const { code, severity, message } = d as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof message === 'string' &&
    (severity === 'error' || severity === 'warning' || severity === 'info')
  );
}
