/**
 * Progress of a long build. On a terminal, one status line that updates in place; anywhere else
 * (a CI log, a file, a pipe) one plain line per stage, so a log shows where a slow or stuck build
 * was. Nothing with --quiet.
 */
export function terminalProgress(
  quiet: boolean,
  stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'> = process.stderr,
): {
  update: (message: string) => void;
  done: () => void;
} {
  if (quiet) return { update: () => undefined, done: () => undefined };
  if (!stream.isTTY) {
    let last: string | undefined;
    return {
      update(message) {
        if (message === last) return;
        last = message;
        stream.write(`govspec: ${message}\n`);
      },
      done: () => undefined,
    };
  }
  let shown = false;
  return {
    update(message) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[2K${message.slice(0, width)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
