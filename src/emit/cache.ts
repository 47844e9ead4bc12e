import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writevSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
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

/** What an entry's first line says of its files; their bytes follow it, one after another. */
interface Header {
  files: Array<{ path: string; size: number; crc: number }>;
  diagnostics?: Diagnostic[];
}

/** The first bytes of every entry: a file that does not start so is not an entry. */
const magic = Buffer.from('govspec-emit-cache 2\n');

/**
 * A folder of small entries (.govspec-cache/emit/ab/KEY.part): a line of JSON naming the files,
 * their sizes and CRC-32s, then their bytes as they are (no base64, no copy into a string, which
 * cost more than the Markdown the DPIA sections are rendered to). A damaged entry is a miss,
 * never an error and never wrong bytes: the sizes must add up and every CRC-32 must match.
 */
export class FsEmitCache implements EmitCache {
  private readonly used = new Set<string>();

  /** A read-only cache (for `check`, which writes nothing) answers from what is there and stores nothing. */
  constructor(
    private readonly dir: string,
    private readonly readOnly = false,
  ) {}

  /** Delete entries this build did not use (and any left by an older govspec), so the cache holds one build's worth. */
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
          const used = name.endsWith(suffix) && this.used.has(name.slice(0, -suffix.length));
          if (!used) rmSync(join(this.dir, shard, name), { force: true });
        }
      } catch {
        /* left for next time */
      }
    }
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}${suffix}`);
  }

  get(key: string): CachedPart | undefined {
    this.used.add(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    return readEntry(bytes);
  }

  set(key: string, files: readonly EmittedFile[], diagnostics: readonly Diagnostic[] = []): void {
    // Outputs that could not be produced (kept files) are not cached: try again next build.
    this.used.add(key);
    if (this.readOnly || files.some(isKept)) return;
    const contents = files.map((f) => bytesOf(isKept(f) ? '' : wholeFile(f).content));
    const header: Header = {
      files: files.map((f, n) => ({ path: f.path, size: contents[n]!.length, crc: crc32(contents[n]!) })),
      ...(diagnostics.length > 0 ? { diagnostics: [...diagnostics] } : {}),
    };
    const target = this.file(key);
    let fd: number | undefined;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      fd = openSync(`${target}.tmp`, 'w');
      writevSync(fd, [magic, Buffer.from(`${JSON.stringify(header)}\n`), ...contents]);
      closeSync(fd);
      fd = undefined;
      renameSync(`${target}.tmp`, target);
    } catch {
      /* a cache that cannot be written only costs time */
      try {
        if (fd !== undefined) closeSync(fd);
      } catch {
        /* nothing more to let go of */
      }
    }
  }
}

const suffix = '.part';

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** An entry's files and notes, or undefined when it is not a whole, undamaged entry. */
export function readEntry(bytes: Buffer): CachedPart | undefined {
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) return undefined;
  const eol = bytes.indexOf(10, magic.length);
  if (eol < 0) return undefined;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', magic.length, eol)) as Header;
  } catch {
    return undefined;
  }
  if (!header || !Array.isArray(header.files)) return undefined;
  const diagnostics = header.diagnostics ?? [];
  // An entry whose notes are not notes is damaged: a miss, never a wrong message.
  if (!Array.isArray(diagnostics) || !diagnostics.every(isStoredDiagnostic)) return undefined;
  const files: EmittedFile[] = [];
  let at = eol + 1;
  for (const f of header.files) {
    if (!f || typeof f.path !== 'string') return undefined;
    const size = f.size;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || at + size > bytes.length)
      return undefined;
    const content = bytes.subarray(at, at + size);
    if (crc32(content) !== f.crc) return undefined;
    files.push({ path: f.path, content });
    at += size;
  }
  return at === bytes.length ? { files, diagnostics } : undefined;
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
