/** Documented exit codes (README "Exit codes"). */
export const ExitCode = {
  /** No errors (warnings allowed). */
  ok: 0,
  /** The specs have errors, generated files are stale, or a governance gate failed. */
  errors: 1,
  /** Usage or config problem: bad flags, no or invalid govspec.config.yaml. */
  usage: 2,
} as const;
