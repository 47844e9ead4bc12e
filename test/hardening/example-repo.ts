import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const cli = join(repoRoot, 'bin', 'run.js');

/**
 * Specs of the example estate (paths under specs/) whose build writes every kind of output:
 * Word, Excel, Markdown, HTML and the diagrams' sources. For tests about how output is written,
 * not what it says.
 */
export const everyKindOfOutput: readonly string[] = [
  'corporate/workforce-nightly-csv.yaml',
  'shared-care/pds-lookup.yaml',
  'clinical/ambulance-prealert.yaml',
];

/**
 * A temporary git repository holding a copy of the example estate, committed at a fixed date.
 * `specs` keeps only those spec files (paths under specs/), for tests that need a build, not the
 * whole estate; `channels` keeps the spec that lives beside its channel code too.
 */
export function exampleRepo(options: { specs?: readonly string[]; channels?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'govspec-estate-'));
  const entries = options.specs
    ? [
        'govspec.config.yaml',
        'docs/runbooks',
        'docs/evidence',
        'schemas',
        ...options.specs.map((s) => `specs/${s}`),
        ...(options.channels ? ['channels'] : []),
      ]
    : ['govspec.config.yaml', 'specs', 'channels', 'docs/runbooks', 'docs/evidence', 'schemas'];
  for (const entry of entries) {
    try {
      cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
    } catch {
      /* optional folders */
    }
  }
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '-m', 'estate'], { cwd: dir, env });
  return dir;
}

export function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

/** runCli without blocking, so independent builds overlap; resolves with the exit code and stderr. */
export function runCliAsync(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Builds without a browser: the diagrams' .mmd sources are written, the rest does not change. */
export const noBrowser = { GOVSPEC_CHROMIUM: '/nonexistent/chromium' };

/** path → SHA-256 of every file under dir. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, r);
      else out[r] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** Temporary folders for one test file: `make()` one, `clean()` them all (from afterAll). */
export function scratchFolders(prefix = 'govspec-scratch-') {
  const made: string[] = [];
  return {
    made,
    make(): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    clean(): void {
      for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}
