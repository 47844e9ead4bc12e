/**
 * One updating status line on a terminal; nothing when stderr is not a TTY or with --quiet, so
 * CI logs and pipes stay clean.
 */
export function terminalProgress(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
): {
  update: (message: string) => void;
  done: () => void;
} {
  if (quiet || !stream.isTTY) return { update: () => undefined, done: () => undefined };
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
