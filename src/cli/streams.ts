import { cliCodes } from './codes.js';
import { stylish } from './format/stylish.js';

let installed = false;
let reported = false;

/** Report, once, that standard output could not be written, and end the run with exit code 1. */
export function standardOutputFailed(e: NodeJS.ErrnoException): never {
  if (!reported) {
    reported = true;
    const reason =
      e.code === 'EPIPE'
        ? 'the program reading it stopped early (EPIPE)'
        : (e.message.split('\n')[0] ?? String(e));
    try {
      process.stderr.write(stylish([cliCodes['write-stdout-failed'].at(undefined, reason)]));
    } catch {
      /* nowhere left to say it */
    }
  }
  process.exit(1);
}

/**
 * Standard output that cannot be written (a closed pipe, a full disk, /dev/full) ends the run
 * with one short diagnostic on standard error and exit code 1, never an unhandled 'error' event
 * and its stack trace (oclif's own handler rethrows anything but EPIPE, so it is replaced).
 * Standard error that cannot be written ends the run quietly.
 */
export function guardStandardStreams(): void {
  if (installed) return;
  installed = true;
  process.stdout.removeAllListeners('error');
  process.stdout.on('error', (e: NodeJS.ErrnoException) => standardOutputFailed(e));
  process.stderr.removeAllListeners('error');
  process.stderr.on('error', () => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 1));
}

/** A write to a stream (no path) that failed: standard output or error going away, not a file. */
export function isStreamWriteError(e: NodeJS.ErrnoException): boolean {
  return e.syscall === 'write' && e.path === undefined && typeof e.code === 'string';
}
