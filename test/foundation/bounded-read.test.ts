import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/core/safe-fs.js';

const dir = mkdtempSync(join(tmpdir(), 'govspec-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mib = 1024 * 1024;

/** Bytes that differ from one position to the next, so a misplaced chunk would show. */
function pattern(size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + (i >> 8)) & 0xff;
  return out;
}

describe('a bounded read of a regular file', () => {
  it.each([0, 1, 4095, 4096, mib - 1, mib, mib + 1, 3 * mib + 5])(
    'returns exactly the %i bytes written, in one buffer of their own',
    (size) => {
      const file = join(dir, `f-${size}`);
      const written = pattern(size);
      writeFileSync(file, written);
      const read = readRegularFile(file);
      if (!('bytes' in read)) throw new Error(`not read: ${read.problem}`);
      expect(Buffer.from(read.bytes).equals(written)).toBe(true);
      // Never a view into memory shared with other reads: at most one spare byte beyond the file.
      expect(read.bytes.buffer.byteLength).toBeLessThanOrEqual(Math.max(size + 1, 1));
    },
  );

  it.each([
    [10, 10, 'read'],
    [11, 10, 'too-large'],
    [mib + 1, mib, 'too-large'],
    [mib, mib, 'read'],
  ] as const)('a file of %i bytes with a limit of %i is %s', (size, limit, outcome) => {
    const file = join(dir, `limit-${size}-${limit}`);
    writeFileSync(file, pattern(size));
    const read = readRegularFile(file, limit);
    expect('bytes' in read ? 'read' : read.problem).toBe(outcome);
  });

  it('refuses a folder and a FIFO without blocking, and names a missing file', () => {
    expect(readRegularFile(dir)).toMatchObject({ problem: 'not-a-file' });
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(readRegularFile(fifo)).toMatchObject({ problem: 'not-a-file', detail: /FIFO/ });
    expect(readRegularFile(join(dir, 'absent'))).toMatchObject({ problem: 'missing' });
  });
});
