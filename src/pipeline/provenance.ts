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
): BuildInfo & { inputs: string } {
  const epoch = sourceDateEpoch(env);
  if (previous && previous.inputs === inputs && previous.govspecVersion === govspecVersion) {
    const info: BuildInfo & { inputs: string } = { inputs, dirty: previous.dirty, govspecVersion };
    if (previous.commit) info.commit = previous.commit;
    const ts = epoch ?? (previous.timestamp ? new Date(previous.timestamp) : undefined);
    if (ts && !Number.isNaN(ts.getTime())) {
      info.timestamp = ts;
      info.date = ts.toISOString().slice(0, 10);
    }
    return info;
  }
  const state = git();
  const info: BuildInfo & { inputs: string } = { inputs, dirty: state.dirty, govspecVersion };
  if (state.commit) info.commit = state.commit;
  const ts = epoch ?? state.timestamp;
  if (ts) {
    info.timestamp = ts;
    info.date = ts.toISOString().slice(0, 10);
  }
  return info;
}

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
