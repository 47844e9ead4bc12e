import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { diffCodes } from './codes.js';
import { gitComplaint, runGit } from './git.js';
import { isDocumentDate } from '../pipeline/provenance.js';

/** The git repository around a govspec workspace. */
export interface Repo {
  /** Absolute top-level folder of the work tree. */
  top: string;
  /** The workspace root (config folder) relative to top, posix, '' or ending in '/'. */
  prefix: string;
  shallow: boolean;
}

export function openRepo(root: string): [Repo | undefined, Diagnostic[]] {
  const run = runGit(root, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (!run.ok) return [undefined, [diffCodes['diff-not-a-repository'].at(undefined, root)]];
  const [top, shallow] = run.stdout.toString('utf8').trim().split('\n');
  if (!top) return [undefined, [diffCodes['diff-not-a-repository'].at(undefined, root)]];
  const rel = relative(resolve(top), resolve(root)).split('\\').join('/');
  if (rel.startsWith('..')) return [undefined, [diffCodes['diff-not-a-repository'].at(undefined, root)]];
  return [{ top, prefix: rel ? `${rel}/` : '', shallow: shallow === 'true' }, []];
}

/**
 * Refuse names that git could read as an option (`--output=x`) or that hold odd characters;
 * everything else is for git to resolve.
 */
export function isAcceptableRef(ref: string): boolean {
  return ref.length > 0 && ref.length <= 256 && !ref.startsWith('-') && !/[\s\u0000-\u001f\u007f]/.test(ref);
}

/** Resolve a user-given revision to a full commit id, with a diagnostic that says what to do. */
export function resolveCommit(repo: Repo, flag: string, ref: string): [string | undefined, Diagnostic[]] {
  if (!isAcceptableRef(ref)) return [undefined, [diffCodes['diff-ref-invalid'].at(undefined, flag, ref)]];
  const run = runGit(repo.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = run.stdout.toString('utf8').trim();
  if (run.ok && /^[0-9a-f]{40,64}$/.test(sha)) return [sha, []];
  const code = repo.shallow ? 'diff-base-not-fetched' : 'diff-ref-not-found';
  return [undefined, [diffCodes[code].at(undefined, flag, ref)]];
}

/**
 * The commit to compare against, like a pull request's three-dot diff: the merge base of base and
 * head, so that work merged into the base branch meanwhile does not show as undone by this change.
 */
export function mergeBase(
  repo: Repo,
  base: string,
  head: string,
  baseName: string,
): [string | undefined, Diagnostic[]] {
  const run = runGit(repo.top, ['merge-base', '--end-of-options', base, head]);
  const sha = run.stdout.toString('utf8').trim();
  if (run.ok && /^[0-9a-f]{40,64}$/.test(sha)) return [sha, []];
  // Exit status 1 with no output means "no common ancestor"; anything else is a real failure.
  if (run.status === 1 && run.stderr === '')
    return [base, [diffCodes['diff-no-merge-base'].at(undefined, baseName, repo.shallow)]];
  return [undefined, [diffCodes['diff-git-failed'].at(undefined, 'merge-base', gitComplaint(run))]];
}

export interface CommitInfo {
  sha: string;
  /** Committer date, YYYY-MM-DD (UTC); undefined when it is outside 1970-9999 or unreadable. */
  date: string | undefined;
  subject: string;
}

export function commitInfo(repo: Repo, sha: string): CommitInfo {
  const run = runGit(repo.top, ['show', '-s', '--format=%ct%x00%s', '--end-of-options', sha]);
  const [seconds, subject] = run.stdout.toString('utf8').replace(/\n$/, '').split('\0');
  const date = new Date(Number(seconds) * 1000);
  return {
    sha,
    date: isDocumentDate(date) ? date.toISOString().slice(0, 10) : undefined,
    subject: subject ?? '',
  };
}
