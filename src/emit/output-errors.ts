/** How the writer refuses or fails; the CLI turns each into a diagnostic (cli/build-output.ts). */

export class OutputPathError extends Error {
  constructor(readonly path: string) {
    super(`refused output path ${path}`);
  }
}

/** The folder holds things govspec did not write, or that it cannot remove: nothing was touched. */
export class OutputRefusedError extends Error {
  constructor(
    readonly kind: 'foreign' | 'read-only' | 'busy' | 'leftover',
    readonly paths: readonly string[],
    readonly detail = '',
  ) {
    super(`output folder refused (${kind}): ${paths.join(', ')}`);
  }
}

/** What a failed write left behind, in words the user can trust. */
export type WriteState = 'untouched' | 'set-aside';

export class OutputWriteError extends Error {
  constructor(
    readonly state: WriteState,
    readonly reason: string,
  ) {
    super(reason);
  }
}
