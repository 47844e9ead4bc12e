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

interface GitState {
  commit?: string;
  timestamp?: Date;
  dirty: boolean;
}

export function gitState(root: string, paths: readonly string[]): GitState {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%H %ct'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [commit, seconds] = out.split(' ');
    const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
      // No index refresh: reading the state must not write .git/index (check writes nothing).
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
    const state: GitState = { dirty: status.trim().length > 0 };
    if (commit) state.commit = commit;
    if (seconds) state.timestamp = new Date(Number(seconds) * 1000);
    return state;
  } catch {
    return { dirty: false };
  }
}

/** SOURCE_DATE_EPOCH (reproducible-builds convention), when set to a whole number of seconds. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw || !/^\d{1,12}$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000);
}

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

/**
 * Build provenance. When the inputs are unchanged since the recorded build, the recorded commit
 * and date are kept, so rebuilding (or `check`) after unrelated commits changes nothing.
 * Dates come from SOURCE_DATE_EPOCH or the git commit, never the clock.
 */
export function resolveBuildInfo(
  inputs: string,
  previous: RecordedBuild | undefined,
  git: () => GitState,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedBuild {
  const epoch = sourceDateEpoch(env);
  if (epoch && !isDocumentDate(epoch))
    return {
      inputs,
      dirty: false,
      govspecVersion,
      dateOutOfRange: { source: 'SOURCE_DATE_EPOCH', year: yearOf(epoch) },
    };
  const recorded = previous?.timestamp ? new Date(previous.timestamp) : undefined;
  // A recorded build is reused only with a date a document can carry (build-info.json may be edited).
  if (
    previous &&
    previous.inputs === inputs &&
    previous.govspecVersion === govspecVersion &&
    (epoch || !recorded || isDocumentDate(recorded))
  ) {
    const info: ResolvedBuild = { inputs, dirty: previous.dirty, govspecVersion };
    if (previous.commit) info.commit = previous.commit;
    const ts = epoch ?? recorded;
    if (ts && isDocumentDate(ts)) {
      info.timestamp = ts;
      info.date = ts.toISOString().slice(0, 10);
    }
    return info;
  }
  const state = git();
  const info: ResolvedBuild = { inputs, dirty: state.dirty, govspecVersion };
  if (state.commit) info.commit = state.commit;
  const ts = epoch ?? state.timestamp;
  if (ts && !isDocumentDate(ts))
    return { ...info, dateOutOfRange: { source: 'the git commit', year: yearOf(ts) } };
  if (ts) {
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

export function recordBuild(info: BuildInfo & { inputs: string }): string {
  const record: RecordedBuild = {
    inputs: info.inputs,
    dirty: info.dirty,
    govspecVersion: info.govspecVersion,
  };
  if (info.commit) record.commit = info.commit;
  if (info.date) record.date = info.date;
  if (info.timestamp) record.timestamp = info.timestamp.toISOString();
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function parseRecordedBuild(bytes: Uint8Array | undefined): RecordedBuild | undefined {
  if (!bytes) return undefined;
  try {
    const data = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<RecordedBuild>;
    if (typeof data.inputs !== 'string' || typeof data.govspecVersion !== 'string') return undefined;
    return data as RecordedBuild;
  } catch {
    return undefined;
  }
}
