import type { CompileResult } from '../pipeline/compile.js';
import { compile } from '../pipeline/compile.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Host } from '../core/host.js';
import { diffCodes } from './codes.js';
import { GitHost } from './git-host.js';
import type { DiffBody } from './model-diff.js';
import { diffEstates } from './model-diff.js';
import { commitInfo, mergeBase, openRepo, resolveCommit } from './repo.js';
import type { GovernanceDiff, RevisionLabel } from './types.js';

export interface DiffOptions {
  /** Workspace root: the folder that holds the config in the working tree. */
  root: string;
  configFile: string;
  base: string;
  /** Head revision; undefined with `worktree` compares the files on disk. */
  head?: string;
  /** Compare the files on disk instead of a head commit (uncommitted changes included). */
  worktree?: Host;
  /** Compare with the merge base of base and head (default), like a pull request does. */
  useMergeBase: boolean;
  /** "Today" for date-relative checks; default the head commit's date. */
  asOf?: string;
}

export interface DiffRun {
  diff?: GovernanceDiff;
  diagnostics: Diagnostic[];
  /** True when the problem is with how diff was called (exit 2), not with the change. */
  usage: boolean;
}

/** Compile the config at one revision; undefined when the revision has no config (all is new). */
export function compileAt(host: Host, configFile: string, asOf: string): CompileResult | undefined {
  if (!host.readFile(configFile)) return undefined;
  return compile({ host, configFile, asOf });
}

/** Resolve both revisions, compile each straight from git, and diff the results. */
export function diffRevisions(options: DiffOptions): DiffRun {
  const [repo, repoDiags] = openRepo(options.root);
  if (!repo) return { diagnostics: repoDiags, usage: true };
  const diagnostics: Diagnostic[] = [];
  const headRef = options.head ?? 'HEAD';
  const [baseSha, baseDiags] = resolveCommit(repo, '--base', options.base);
  diagnostics.push(...baseDiags);
  const [headSha, headDiags] = options.worktree
    ? resolveCommit(repo, '--head', 'HEAD')
    : resolveCommit(repo, '--head', headRef);
  if (!options.worktree) diagnostics.push(...headDiags);
  if (!baseSha || (!headSha && !options.worktree)) return { diagnostics, usage: true };

  let compareWith = baseSha;
  if (options.useMergeBase && headSha) {
    const [mb, mbDiags] = mergeBase(repo, baseSha, headSha, options.base);
    diagnostics.push(...mbDiags);
    if (!mb) return { diagnostics, usage: true };
    compareWith = mb;
  }

  const headInfo = headSha && !options.worktree ? commitInfo(repo, headSha) : undefined;
  const baseInfo = commitInfo(repo, compareWith);
  const asOf = options.asOf ?? (headInfo ? headInfo.date : baseInfo.date);
  if (asOf === undefined) {
    diagnostics.push(
      diffCodes['diff-commit-date-invalid'].at(undefined, (headInfo ?? baseInfo).sha.slice(0, 12)),
    );
    return { diagnostics, usage: true };
  }
  const headHost = options.worktree ?? new GitHost(repo, headSha!);
  const headLabel = options.worktree ? 'working tree' : headRef;
  const head = compileAt(headHost, options.configFile, asOf);
  if (!head) {
    diagnostics.push(diffCodes['diff-head-no-config'].at(undefined, options.configFile, headLabel));
    return { diagnostics, usage: true };
  }
  if (!head.estate || !head.complete) {
    diagnostics.push(...head.diagnostics.filter((d) => d.severity === 'error'));
    diagnostics.push(diffCodes['diff-head-invalid'].at(undefined, headLabel));
    return { diagnostics, usage: head.configProblem };
  }
  const base = compileAt(new GitHost(repo, compareWith), options.configFile, asOf);
  if (base && !base.complete) {
    const broken = new Set(
      base.diagnostics.filter((d) => d.severity === 'error').map((d) => d.location?.file),
    );
    diagnostics.push(diffCodes['diff-base-invalid'].at(undefined, options.base, broken.size));
  }
  const body: DiffBody = diffEstates(
    { estate: base?.estate, analysis: base?.analysis ?? {}, sources: base?.sources },
    { estate: head.estate, analysis: head.analysis, sources: head.sources },
  );
  diagnostics.push(...body.diagnostics);
  const label = (ref: string, sha: string | undefined, hasConfig: boolean, date?: string): RevisionLabel => {
    const l: RevisionLabel = { ref, hasConfig };
    if (sha) l.commit = sha;
    if (date) l.date = date;
    return l;
  };
  return {
    diff: {
      ...body,
      base: label(options.base, compareWith, base !== undefined, baseInfo.date),
      head: options.worktree
        ? label('working tree', undefined, true)
        : label(headRef, headSha, true, headInfo?.date),
      diagnostics,
    },
    diagnostics,
    usage: false,
  };
}
