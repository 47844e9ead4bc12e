import { spawnSync } from 'node:child_process';

/** Output of one git run. Never thrown: callers turn failures into diagnostics. */
export interface GitRun {
  ok: boolean;
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

// Reading revisions must not touch the working tree or index: optional locks off (no index
// refresh), no prompts, a fixed locale so messages can be matched, and no pager or hooks.
const gitEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_OPTIONAL_LOCKS: '0',
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  LANG: 'C',
});

/**
 * Run git with an argument array (never through a shell). Arguments that come from users are
 * validated before they get here, and revisions are passed after `--end-of-options`.
 */
export function runGit(cwd: string, args: readonly string[], input?: string | Buffer): GitRun {
  const r = spawnSync('git', args, {
    cwd,
    input,
    env: gitEnv(),
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  if (r.error) {
    return { ok: false, status: null, stdout: Buffer.alloc(0), stderr: r.error.message };
  }
  return {
    ok: r.status === 0,
    status: r.status,
    stdout: r.stdout ?? Buffer.alloc(0),
    stderr: (r.stderr ?? Buffer.alloc(0)).toString('utf8').trim(),
  };
}

/** First line of git's complaint, for a diagnostic. */
export function gitComplaint(run: GitRun): string {
  const line = run.stderr.split('\n').find((l) => l.trim().length > 0);
  return line?.replace(/^(fatal|error): /, '') ?? `exit status ${run.status ?? 'unknown'}`;
}
