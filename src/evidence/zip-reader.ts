import { Inflate } from 'fflate';

/**
 * A zip reader for bundles from strangers: it parses the central directory itself (fflate's
 * unzip hides entry modes and duplicate names), checks every name before anything else, and
 * returns contents in memory. Nothing is ever written to disk.
 */
export interface ZipRecord {
  name: string;
  /** Why the entry must not be trusted (zip-slip path, link, duplicate...); absent when safe. */
  unsafe?: string;
  /** Why the entry could not be read; absent when `content` is there. */
  unreadable?: string;
  content?: Uint8Array;
  directory: boolean;
}

export interface ZipListing {
  records: ZipRecord[];
  /** Set when the archive as a whole cannot be read. */
  error?: string;
}

export interface ZipLimits {
  maxEntries: number;
  /** Largest total of uncompressed bytes read, against zip bombs. */
  maxTotalBytes: number;
}

const defaultLimits: ZipLimits = { maxEntries: 20_000, maxTotalBytes: 1024 * 1024 * 1024 };
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readZipSafely(bytes: Uint8Array, limits: ZipLimits = defaultLimits): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { records: [], error: 'no zip end-of-central-directory record: not a zip file' };
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    return { records: [], error: 'ZIP64 archives are not accepted' };
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0)
    return { records: [], error: 'multi-disk archives are not accepted' };
  if (count > limits.maxEntries) return { records: [], error: `more than ${limits.maxEntries} entries` };
  if (cdOffset + cdSize > eocd) return { records: [], error: 'central directory lies outside the archive' };

  const records: ZipRecord[] = [];
  const seen = new Set<string>();
  let budget = limits.maxTotalBytes;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) {
      return { records, error: `central directory entry ${i + 1} is damaged` };
    }
    const madeBy = view.getUint16(p + 4, true) >> 8;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const external = view.getUint32(p + 38, true);
    const localOffset = view.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;

    const name = decodeName(nameBytes);
    const mode = madeBy === 3 ? (external >>> 16) & S_IFMT : 0;
    // Extractors disagree on what makes an entry a folder (the name's trailing "/", the Unix
    // mode, the DOS attribute), so only an entry that is a folder by every sign, and empty, is one.
    const directory = (name ?? '').endsWith('/');
    const markedFolder = mode === S_IFDIR || (external & 0x10) !== 0;
    const record: ZipRecord = { name: name ?? printable(nameBytes), directory };
    const unsafe =
      name === undefined
        ? 'its name is not valid UTF-8'
        : (unsafeName(name) ??
          (markedFolder && !directory ? 'it is marked as a folder but named as a file' : undefined) ??
          (directory && (size !== 0 || compressed > 2)
            ? 'it is named as a folder but has content'
            : undefined) ??
          unsafeMode(mode, directory) ??
          (seen.has(name) ? 'appears twice in the archive' : undefined));
    if (name !== undefined) seen.add(name);
    if (unsafe) {
      records.push({ ...record, unsafe });
      continue;
    }
    if (directory) {
      records.push(record);
      continue;
    }
    const problem =
      (flags & 1) !== 0
        ? 'it is encrypted'
        : method !== 0 && method !== 8
          ? `it uses compression method ${method}`
          : size > budget
            ? 'it is larger than govspec reads'
            : undefined;
    if (problem) {
      records.push({ ...record, unreadable: problem });
      continue;
    }
    const read = readEntry(bytes, view, localOffset, nameBytes, method, compressed, size);
    if (typeof read === 'string') records.push({ ...record, unreadable: read });
    else {
      budget -= read.length;
      records.push({ ...record, content: read });
    }
  }
  return { records };
}

function readEntry(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  cdName: Uint8Array,
  method: number,
  compressed: number,
  size: number,
): Uint8Array | string {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL)
    return 'its local header is missing';
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const localName = bytes.subarray(offset + 30, offset + 30 + nameLength);
  if (Buffer.compare(localName, cdName) !== 0) return 'its local header names a different file';
  const start = offset + 30 + nameLength + extraLength;
  if (start + compressed > bytes.length) return 'its data runs past the end of the archive';
  const data = bytes.subarray(start, start + compressed);
  if (method === 0) return compressed === size ? data.slice() : 'its stored size does not match';
  try {
    return inflateAtMost(data, size);
  } catch (e) {
    return `it does not decompress (${e instanceof Error ? e.message : String(e)})`;
  }
}

/** Inflate, refusing to produce more than the declared size (a lying header is a zip bomb). */
function inflateAtMost(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let used = 0;
  const inflater = new Inflate((chunk) => {
    if (used + chunk.length > size) throw new Error('larger than its declared size');
    out.set(chunk, used);
    used += chunk.length;
  });
  inflater.push(data, true);
  if (used !== size) throw new Error('smaller than its declared size');
  return out;
}

function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function decodeName(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function printable(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '?');
}

/** Names that would escape or confuse an extraction folder (zip-slip), or that no bundle writes. */
export function unsafeName(name: string): string | undefined {
  if (name === '') return 'its name is empty';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'its name contains control characters';
  if (name.includes('\\')) return 'its name contains a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'its name is an absolute path';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.includes('..')) return 'its name contains ".."';
  if (parts.some((s) => s === '' || s === '.')) return 'its name has an empty or "." segment';
  return undefined;
}

function unsafeMode(mode: number, directory: boolean): string | undefined {
  if (mode === S_IFLNK) return 'it is a symbolic link';
  if (mode !== 0 && mode !== S_IFREG && !(directory && mode === S_IFDIR)) return 'it is not a regular file';
  if (directory && mode === S_IFREG) return 'it is named as a folder but marked as a file';
  return undefined;
}
