import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * The file-system ground every other guard stands on: where a path really leads (symbolic links
 * resolved, even for a path that does not exist yet), whether that is inside a folder, and a read
 * that is bounded by the bytes actually read and never blocks on a FIFO or a device.
 */

export type ReadProblem = 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'outside';

export type ReadResult =
  | { bytes: Uint8Array }
  | {
      problem: ReadProblem;
      /** Short reason in words, e.g. "it is a FIFO" or "EACCES: permission denied". */
      detail: string;
      /** The size the file system reports, when known (too-large). */
      size?: number;
    };

/** Default ceiling for one read: far above any spec, template or generated file govspec reads. */
export const defaultReadLimit = 256 * 1024 * 1024;

const chunkSize = 1024 * 1024;

/** What kind of thing a Stats describes, in words, for a diagnostic. */
export function kindInWords(st: Stats): string {
  if (st.isDirectory()) return 'it is a folder';
  if (st.isFIFO()) return 'it is a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'it is a device';
  if (st.isSocket()) return 'it is a socket';
  if (st.isSymbolicLink()) return 'it is a symbolic link';
  return 'it is not a regular file';
}

function problemOf(e: unknown): ReadResult {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return { problem: 'missing', detail: 'no such file' };
  if (err.code === 'EISDIR') return { problem: 'not-a-file', detail: 'it is a folder' };
  return { problem: 'unreadable', detail: err.message?.split('\n')[0] ?? String(e) };
}

/**
 * Read a regular file of at most `maxBytes`. The file is opened non-blocking (a FIFO would
 * otherwise wait for a writer), anything that is not a regular file is refused, and the limit is
 * enforced on the bytes read, not on the size the file system reports (0 for /dev/zero).
 */
export function readRegularFile(path: string, maxBytes = defaultReadLimit): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, readFlags);
  } catch (e) {
    return problemOf(e);
  }
  return readOpened(fd, maxBytes);
}

const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * As readRegularFile, but a symbolic link at the last step of `path` is not followed. Undefined
 * when the last step is a link, and on a system without O_NOFOLLOW: the caller then resolves the
 * path itself.
 */
export function readRegularFileNoFollow(path: string, maxBytes = defaultReadLimit): ReadResult | undefined {
  if (constants.O_NOFOLLOW === undefined) return undefined;
  let fd: number;
  try {
    fd = openSync(path, readFlags | constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Linux and macOS say ELOOP for a link at the last step, FreeBSD EMLINK.
    if (code === 'ELOOP' || code === 'EMLINK') return undefined;
    return problemOf(e);
  }
  return readOpened(fd, maxBytes);
}

function readOpened(fd: number, maxBytes: number): ReadResult {
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: 'not-a-file', detail: kindInWords(st) };
    if (st.size > maxBytes) return { problem: 'too-large', detail: `${st.size} bytes`, size: st.size };
    // The first buffer holds the size reported plus one byte (the byte shows the file did not
    // grow), so a file read whole needs one buffer of its own size: a fixed megabyte per file put
    // the garbage collector under external-memory pressure when thousands of small specs are read.
    // It is never a slice of Node's shared pool, so the bytes returned own their memory.
    const chunks: Buffer[] = [];
    let total = 0;
    let buf = Buffer.allocUnsafeSlow(Math.min(st.size > 0 ? st.size + 1 : chunkSize, maxBytes + 1));
    let filled = 0;
    for (;;) {
      const n = readSync(fd, buf, filled, buf.length - filled, null);
      if (n === 0) break;
      filled += n;
      total += n;
      if (total > maxBytes)
        return {
          problem: 'too-large',
          detail: `more than ${maxBytes} bytes`,
          size: Math.max(st.size, total),
        };
      if (filled === buf.length) {
        chunks.push(buf);
        buf = Buffer.allocUnsafeSlow(Math.min(chunkSize, maxBytes + 1 - total));
        filled = 0;
      }
    }
    if (filled > 0) chunks.push(buf.subarray(0, filled));
    if (chunks.length === 0) return { bytes: Buffer.alloc(0) };
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (e) {
    return problemOf(e);
  } finally {
    closeSync(fd);
  }
}

/** The first `n` bytes of a regular file (fewer when it is shorter); undefined when it is not one. */
export function readHead(path: string, n: number): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Where an absolute path really leads: the real path of its nearest existing ancestor, with the
 * rest of the path (which does not exist yet) appended. A symbolic link anywhere on the way is
 * followed, so a folder to be created through a link is seen where it would really be.
 */
export function realDestination(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ''));
      existing = parent;
    }
  }
  let real: string;
  try {
    real = realpathSync.native(existing);
  } catch {
    // A dangling link or a loop: it leads nowhere we can name, so nowhere we may go.
    return '';
  }
  return rest.length ? join(real, ...rest) : real;
}

/** True when `path` is `folder` or lies below it (both absolute, already resolved). */
export function isWithin(folder: string, path: string): boolean {
  if (path === '' || folder === '') return false;
  const base = folder.endsWith(sep) ? folder : folder + sep;
  return path === folder || path.startsWith(base);
}

/** The real path of a folder, or the folder itself when it cannot be resolved. */
export function realFolder(folder: string): string {
  try {
    return realpathSync.native(folder);
  } catch {
    return resolve(folder);
  }
}

/** The real path of a repository-relative path when it lies strictly inside the repository. */
export function insideRepository(root: string, rel: string): string | undefined {
  const realRoot = realFolder(root);
  const real = realDestination(join(root, ...rel.split('/')));
  return real !== realRoot && isWithin(realRoot, real) ? real : undefined;
}
