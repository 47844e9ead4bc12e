import { crc32 } from 'node:zlib';
import { deflateSync, strToU8, unzipSync } from 'fflate';

/**
 * Byte-stable zip archives. The same entries and date give the same bytes on every machine,
 * run and time zone: entries are sorted, every entry gets the same time, file modes and
 * compression level are fixed, and no folder entries are written (readers infer folders).
 */

export interface ZipEntry {
  path: string;
  content: Uint8Array | string;
  /**
   * Deflate level, 0 (stored: for content compressed already, such as PNG) to 9; 6 when left
   * out. Fixed per entry, so the bytes stay the same on every machine.
   */
  level?: ZipLevel;
}

/** A caller passed a path no archive should contain. This is a bug in the caller, not user input. */
export class ZipPathError extends Error {
  override readonly name = 'ZipPathError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`zip entry path ${JSON.stringify(path)} ${reason}`);
  }
}

/** Used when no build date is known: the earliest time a zip can record. */
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

// Level 6 is zlib's default; fixing it keeps bytes stable if fflate's default ever changes.
const LEVEL: ZipLevel = 6;
// Unix "made by" with a regular file mode of 0644 in the high 16 bits of the external attributes.
const UNIX_OS = 3;
const FILE_ATTRS = (0o100644 << 16) >>> 0;

export type ZipLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export function deterministicZip(entries: readonly ZipEntry[], date?: Date): Uint8Array {
  return packedZip(
    entries.filter((entry) => !entry.path.endsWith('/')).map((entry) => packBytes(entry)),
    date,
  );
}

/** One entry compressed whole at its level (0: stored as it is), for `packedZip`. */
function packBytes(entry: ZipEntry): PackedEntry {
  const bytes = toBytes(entry.content);
  const level = entry.level ?? LEVEL;
  const chunks = [level === 0 ? bytes : deflateSync(bytes, { level })];
  return { path: entry.path, chunks, crc: crc32(bytes), size: bytes.length, method: level === 0 ? 0 : 8 };
}

/** The entries of a zip in archive order, folder entries left out. */
export function readZip(bytes: Uint8Array): { path: string; content: Uint8Array }[] {
  const files = unzipSync(bytes);
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, content]) => ({ path, content }));
}

/**
 * fflate writes the DOS time from the Date's local fields, so a UTC instant would be recorded
 * differently in each time zone. Building a local Date from the UTC fields records the UTC
 * wall time everywhere. DOS times cannot go before 1980 or past 2107, so clamp (a
 * SOURCE_DATE_EPOCH of 0 is common in reproducible builds).
 */
function zipTime(date: Date | undefined): Date {
  const d = date === undefined || Number.isNaN(date.getTime()) || date < ZIP_EPOCH ? ZIP_EPOCH : date;
  const year = Math.min(d.getUTCFullYear(), 2099);
  return new Date(
    year,
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

/** An entry deflated (or stored) already, with the CRC-32 and size of its uncompressed bytes. */
export interface PackedEntry {
  path: string;
  /** Compressed bytes, in order. */
  chunks: readonly Uint8Array[];
  crc: number;
  size: number;
  /** 8 when the chunks are raw deflate, 0 when they are the bytes themselves. */
  method: 0 | 8;
}

/**
 * A zip of entries compressed already (see `PackedStream`), sorted and dated exactly as
 * `deterministicZip` does, so a large part never has to be held uncompressed.
 */
export function packedZip(entries: readonly PackedEntry[], date?: Date): Uint8Array {
  const { time, day } = dosTime(zipTime(date));
  const sorted = [...entries].sort((a, b) => compareBytes(a.path, b.path));
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (i > 0 && sorted[i - 1]!.path === e.path) throw new ZipPathError(e.path, 'is given twice');
    const name = Buffer.from(checkPath(e.path), 'utf8');
    const compressed = e.chunks.reduce((n, c) => n + c.length, 0);
    // Bit 11: the name is UTF-8.
    const flags = /^[\x20-\x7e]*$/.test(e.path) ? 0 : 0x800;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(day, 12);
    head.writeUInt32LE(e.crc >>> 0, 14);
    head.writeUInt32LE(compressed, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, ...e.chunks);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE((UNIX_OS << 8) | 20, 4);
    head.copy(dir, 6, 4, 30);
    dir.writeUInt32LE(FILE_ATTRS, 38);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + compressed;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  // A plain Uint8Array of its own: a small Buffer can be a view of a shared pool.
  const parts = [...local, ...central, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// The local fields of `zipTime`'s Date are the UTC wall time to record.
function dosTime(d: Date): { time: number; day: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    day: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function checkPath(path: string): string {
  if (path === '') throw new ZipPathError(path, 'is empty');
  if (path.includes('\0')) throw new ZipPathError(path, 'contains a NUL character');
  if (path.includes('\\')) throw new ZipPathError(path, 'contains a backslash; use "/" between folders');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) throw new ZipPathError(path, 'is absolute');
  const parts = path.split('/');
  if (parts.some((part) => part === '..')) throw new ZipPathError(path, 'contains ".."');
  if (parts.some((part) => part === '' || part === '.'))
    throw new ZipPathError(path, 'has an empty or "." segment');
  // fflate takes entries from an object, and JavaScript iterates integer-like keys first, which
  // would break the sorted order.
  if (/^(0|[1-9][0-9]*)$/.test(path)) throw new ZipPathError(path, 'is a bare number; give it an extension');
  return path;
}

function toBytes(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? strToU8(content) : content;
}

// Byte order of the UTF-8 encoding, which is what a zip listing is sorted by; JavaScript's
// default string order compares UTF-16 units and differs for characters beyond the BMP.
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
