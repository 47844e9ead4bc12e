import { cliCodes } from './codes.js';
import { stylish } from './format/stylish.js';
import { isStreamWriteError, standardOutputFailed } from './streams.js';

/**
 * A failure no part of a command caught. A file-system failure is still the user's to fix (one
 * diagnostic naming the path); anything else is a govspec bug, said plainly, with the stack
 * only when GOVSPEC_DEBUG is set. Sets the exit code (1, or 70 for a bug).
 */
export function reportFailure(err: Error): void {
  const sys = err as NodeJS.ErrnoException;
  if (isStreamWriteError(sys)) standardOutputFailed(sys);
  if (typeof sys.code === 'string' && /^E[A-Z]+$/.test(sys.code) && typeof sys.syscall === 'string') {
    const reason = `${sys.code}: ${(sys.message.split('\n')[0] ?? '').replace(/^E[A-Z]+: /, '')}`;
    process.stderr.write(
      stylish([
        cliCodes['file-system-error'].at(undefined, sys.syscall, sys.path ?? '(unknown path)', reason),
      ]),
    );
    process.exitCode = 1;
    return;
  }
  process.stderr.write(
    `govspec: internal error: ${err.message}\nNothing was written. Please report this with the command you ran.\n`,
  );
  if (process.env.GOVSPEC_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
  process.exitCode = 70;
}
