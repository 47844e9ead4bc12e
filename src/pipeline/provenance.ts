import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BuildInfo } from '../emit/types.js';
import type { Host } from '../core/host.js';

export const buildInfoFile = 'build-info.json';

export const govspecVersion: string = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
    version: string;
  }
).version;

/** What the generated output was built from, recorded beside it as build-info.json. */
export interface RecordedBuild {
  inputs: string;
  commit?: string;
  date?: string;
  timestamp?: string;
  dirty: boolean;
  govspecVersion: string;
}

/** Fingerprint of everything the output depends on: config, spec files (path and bytes), govspec version. */
export function inputsDigest(host: Host, files: readonly string[]): string {
  const h = createHash('sha256');
  h.update(`govspec ${govspecVersion}\0`);
  for (const f of [...files].sort()) {
    const bytes = host.readFile(f) ?? new Uint8Array();
    h.update(`${f}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest('hex');
}

/** A commit, its committer time, and its place in history (0 is the newest). */
export interface CommitTime {
  commit: string;
  timestamp: Date;
  order: number;
}

/** What git says about the inputs: where they were last changed, and what differs now. */
export interface InputHistory {
  /** The newest commit that changed any input (a deletion included). */
  last?: CommitTime;
  /** The newest commit that changed each input file, by path relative to the repository folder. */
  files: ReadonlyMap<string, CommitTime>;
  /** An input is modified, added, deleted or not tracked since that commit. */
  dirty: boolean;
  /** The input files with such changes. */
  dirtyFiles: ReadonlySet<string>;
  /** The clone has no full history, so the commits found may be later than the real ones. */
  shallow: boolean;
}

const noHistory: InputHistory = { files: new Map(), dirty: false, dirtyFiles: new Set(), shallow: false };

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
    // No index refresh: reading the state must not write .git/index (check writes nothing).
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
}

/**
 * Read from git, in a few calls, the commits that last changed the inputs. `pathspecs` name
 * every input (spec globs, so a deleted spec counts; the config; the templates), `files` the
 * input files this build read. A merge is named for a file only when it changed it against
 * every parent (`--cc`), so each file is dated by the commit that made its content.
 */
export function inputHistory(
  root: string,
  pathspecs: readonly string[],
  files: readonly string[],
): InputHistory {
  let log: string;
  let prefix: string;
  let shallow: boolean;
  try {
    const [p, s] = git(root, ['rev-parse', '--show-prefix', '--is-shallow-repository']).split('\n');
    prefix = p ?? '';
    shallow = s === 'true';
    log = git(root, [
      'log',
      '-z',
      '--cc',
      '--relative',
      '--no-renames',
      '--format=%x01%H %ct',
      '--name-only',
      '--',
      ...pathspecs,
    ]);
  } catch {
    return noHistory;
  }
  const byFile = new Map<string, CommitTime>();
  let last: CommitTime | undefined;
  let current: CommitTime | undefined;
  for (const token of log.split('\0')) {
    const t = token.replace(/^\n+/, '');
    if (t.startsWith('\x01')) {
      const [commit, seconds] = t.slice(1).split(' ');
      current = {
        commit: commit!,
        timestamp: new Date(Number(seconds) * 1000),
        order: current ? current.order + 1 : 0,
      };
      last ??= current;
    } else if (t && current && !byFile.has(t)) byFile.set(t, current);
  }
  const dirtyFiles = new Set<string>();
  let deleted = false;
  try {
    // Tracked inputs changed or deleted since the last commit, staged or not (paths from the top).
    const status = git(root, [
      'status',
      '--porcelain',
      '-z',
      '--untracked-files=no',
      '--',
      ...pathspecs,
    ]).split('\0');
    for (let i = 0; i < status.length; i++) {
      const entry = status[i]!;
      if (entry.length < 4) continue;
      if (entry.slice(0, 2).includes('D')) deleted = true;
      dirtyFiles.add(entry.slice(3).slice(prefix.length));
      if (entry[0] === 'R' || entry[0] === 'C') i++;
    }
    // Inputs the build read that git does not track (new, or ignored).
    const tracked = new Set(git(root, ['ls-files', '-z', '--', ...pathspecs]).split('\0'));
    for (const f of files) if (!tracked.has(f)) dirtyFiles.add(f);
  } catch {
    /* status unknown: nothing is claimed */
  }
  const out: InputHistory = { files: byFile, dirty: deleted || dirtyFiles.size > 0, dirtyFiles, shallow };
  if (last) out.last = last;
  return out;
}

/** The newest of the commits that changed any of these files. */
export function newestCommit(history: InputHistory, files: readonly string[]): CommitTime | undefined {
  let newest: CommitTime | undefined;
  for (const f of files) {
    const c = history.files.get(f);
    if (c && (!newest || c.order < newest.order)) newest = c;
  }
  return newest;
}

/**
 * git pathspecs for the inputs: the config's spec globs (braces expanded; `!` excludes), the
 * config file and the templates folder, never the output folder. Every glob is taken literally
 * by git's glob magic, so nothing in the config can change how git reads the rest.
 */
export function inputPathspecs(
  specGlobs: readonly string[],
  configFile: string,
  output: string,
  templates?: string,
): string[] {
  const specs: string[] = [];
  for (const glob of specGlobs) {
    const exclude = glob.startsWith('!');
    for (const g of expandBraces(exclude ? glob.slice(1) : glob))
      specs.push(exclude ? `:(exclude,glob)${g}` : `:(glob)${g}`);
  }
  const out = [`:(literal)${configFile}`, ...specs, `:(exclude,literal)${output.replace(/\/+$/, '')}`];
  if (templates) out.splice(1, 0, `:(literal)${templates.replace(/\/+$/, '')}`);
  return out;
}

function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (close < 0) return [glob];
  const head = glob.slice(0, open);
  const tail = glob.slice(close + 1);
  return glob
    .slice(open + 1, close)
    .split(',')
    .flatMap((alt) => expandBraces(`${head}${alt}${tail}`));
}

/** SOURCE_DATE_EPOCH (reproducible-builds convention), when set to a whole number of seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw || !/^\d{1,12}$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000);
}

/**
 * Build provenance: the commit that last changed an input and its date, read from git, so a
 * build of the same inputs at any later commit gives the same bytes. SOURCE_DATE_EPOCH, when
 * set, gives the date instead; the clock never does. Uncommitted inputs are recorded as dirty.
 */
export function resolveBuildInfo(
  inputs: string,
  last: CommitTime | undefined,
  dirty: boolean,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedBuild {
  const epoch = sourceDateEpoch(env);
  if (epoch && !isDocumentDate(epoch))
    return {
      inputs,
      dirty,
      govspecVersion,
      dateOutOfRange: { source: 'SOURCE_DATE_EPOCH', year: yearOf(epoch) },
    };
  const info: ResolvedBuild = { inputs, dirty, govspecVersion };
  if (last) info.commit = last.commit;
  const ts = epoch ?? last?.timestamp;
  if (ts && !Number.isNaN(ts.getTime())) {
    if (!isDocumentDate(ts))
      return { ...info, dateOutOfRange: { source: 'the git commit', year: yearOf(ts) } };
    info.timestamp = ts;
    info.date = ts.toISOString().slice(0, 10);
  }
  return info;
}

export type ResolvedBuild = BuildInfo & {
  inputs: string;
  /** Set when the build date would fall outside 1970-9999: nothing may be generated. */
  dateOutOfRange?: { source: string; year: string };
};

const earliest = Date.UTC(1970, 0, 1);
const latest = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * True for a time every document format can carry as a date: from 1970 to the end of 9999.
 * Outside that, an ISO date becomes "+011476-08-15" and Office metadata is invalid.
 */
export function isDocumentDate(d: Date): boolean {
  const t = d.getTime();
  return !Number.isNaN(t) && t >= earliest && t <= latest;
}

/** The year of a date for a message, even when it is far outside the usual range. */
export function yearOf(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'unknown' : String(d.getUTCFullYear());
}

export function recordBuild(info: BuildInfo): string {
  const record: RecordedBuild = {
    inputs: info.inputs ?? '',
    dirty: info.dirty,
    govspecVersion: info.govspecVersion,
  };
  if (info.commit) record.commit = info.commit;
  if (info.date) record.date = info.date;
  if (info.timestamp) record.timestamp = info.timestamp.toISOString();
  return `${JSON.stringify(record, null, 2)}\n`;
}
