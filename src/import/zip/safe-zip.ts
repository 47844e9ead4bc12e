import { unzipSync } from 'fflate';

export interface ZipLimits {
  maxEntries: number;
  /** Largest member inflated, in bytes. */
  maxEntryBytes: number;
  /** Most bytes inflated from one archive. */
  maxTotalBytes: number;
  /** Highest compression ratio accepted for a member (a zip bomb compresses far better). */
  maxRatio: number;
}

export const defaultZipLimits: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

export interface ZipMember {
  name: string;
  bytes: Uint8Array;
}

export type ZipResult = { members: ZipMember[]; names: string[] } | { problem: string };

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05) &&
    (bytes[3] === 0x04 || bytes[3] === 0x06)
  );
}

/**
 * The members of a zip archive that `wanted` selects, inflated within limits. Member names are
 * only ever read, never used as paths, so a name that climbs out of a folder changes nothing.
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits = defaultZipLimits,
): ZipResult {
  const names: string[] = [];
  let total = 0;
  let problem: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (problem || names.length > limits.maxEntries) {
          problem ??= `it holds more than ${limits.maxEntries} files`;
          return false;
        }
        if (!wanted(file.name)) return false;
        if (file.originalSize > limits.maxEntryBytes) {
          problem = `${file.name} would inflate to ${file.originalSize} bytes (at most ${limits.maxEntryBytes} are read)`;
          return false;
        }
        if (file.size > 0 && file.originalSize / file.size > limits.maxRatio) {
          problem = `${file.name} is compressed ${Math.round(file.originalSize / file.size)} to 1, which no export needs`;
          return false;
        }
        total += file.originalSize;
        if (total > limits.maxTotalBytes) {
          problem = `it would inflate to more than ${limits.maxTotalBytes} bytes`;
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    return { problem: `it is not a readable zip archive (${e instanceof Error ? e.message : String(e)})` };
  }
  if (problem) return { problem };
  const members = Object.keys(files)
    .sort()
    .map((name) => ({ name, bytes: files[name]! }))
    .filter((m) => m.bytes.length <= limits.maxEntryBytes);
  return { members, names: names.sort() };
}
