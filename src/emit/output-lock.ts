import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { siblingName } from './output-names.js';

/**
 * One writer at a time per output folder: a lock file beside it (`.<name>.govspec-lock`) holding
 * the process id. A lock left by a process that no longer runs (killed mid-build) is taken over.
 */

export interface Lock {
  release(): void;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The lock, or the lock file's path when another running process holds it. */
export function acquireLock(outDir: string): Lock | string {
  const path = siblingName(outDir, 'lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { release: () => undefined };
      const pid = holder(path);
      if (pid === process.pid) return { release: () => undefined };
      if (pid !== undefined && alive(pid)) return path;
      // Stale (or still being written by a process that just started): remove and try again.
      if (pid !== undefined || attempt > 0) {
        try {
          unlinkSync(path);
        } catch {
          /* someone else removed it */
        }
      }
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return {
      release() {
        if (holder(path) === process.pid) {
          try {
            unlinkSync(path);
          } catch {
            /* already gone */
          }
        }
      },
    };
  }
  return path;
}
