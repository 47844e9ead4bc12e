/**
 * Shared test helpers: throw-away repositories with a govspec.config.yaml and spec files, run
 * through compile() in process or through the built CLI in a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { compile } from '../../src/pipeline/compile.js';
import type { CompileResult } from '../../src/pipeline/compile.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { FsHost } from '../../src/core/host.js';

/** The repository root (where package.json and bin/run.js are). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A date far enough from every fixture's review date that "overdue" is deterministic. */
export const fixedAsOf = '2026-01-01';

export const minimalConfigYaml = `govspec: 1
organisation:
  name: Test Trust (fictional)
  ods: ZZT
  role: deploying-organisation
specs:
  - specs/**/*.yaml
output: generated
`;

/**
 * The smallest spec that validates with no diagnostic at all (status proposed: no readiness
 * lints apply; engine none: no unowned-channel lint). One top-level key per line, in this order:
 * line 1 govspec, 2 id, 3 version, 4 title, 5 status, 6 source, 7 target, 8 engine, 9 protocol,
 * 10 transport.
 */
export const minimalSpecFields: Readonly<Record<string, unknown>> = Object.freeze({
  govspec: 1,
  id: 'demo-feed',
  version: '1.0.0',
  title: 'Demo feed',
  status: 'proposed',
  source: { system: 'PAS', org: 'ZZT' },
  target: { system: 'EPR', org: 'ZZT' },
  engine: { kind: 'none' },
  protocol: { standard: 'hl7v2', version: '2.4', messages: ['ADT^A01'] },
  transport: { kind: 'mllp' },
});

/**
 * A minimal valid spec as YAML with fields replaced, added (appended after the base keys, in the
 * order given) or removed (value `undefined`). Every top-level key is on its own line with its
 * value in flow style, so a key's line is its position in the key order.
 */
export function minimalSpec(overrides: Record<string, unknown> = {}): string {
  const fields: Record<string, unknown> = { ...minimalSpecFields };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete fields[key];
    else fields[key] = value;
  }
  return Object.entries(fields)
    .map(([key, value]) => `${key}: ${flow(value)}\n`)
    .join('');
}

function flow(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** 1-based line of a top-level key in YAML text (first match). */
export function lineOfKey(yaml: string, key: string): number {
  const index = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  if (index < 0) throw new Error(`key ${key} not found`);
  return index + 1;
}

export interface TempRepo {
  root: string;
  /** Write a file (creating folders); path relative to root. */
  write(path: string, content: string | Uint8Array): string;
  read(path: string): Buffer;
  remove(): void;
}

export interface RepoOptions {
  /** Config text; default minimalConfigYaml. `null` writes no config at all. */
  config?: string | null;
  /** Spec files by path relative to root (e.g. specs/a.yaml), or by bare name (put under specs/). */
  specs?: Record<string, string | Uint8Array>;
  /** Other files by path relative to root. */
  files?: Record<string, string | Uint8Array>;
}

const created: string[] = [];

/** A temporary repository folder outside any git work tree. */
export function makeRepo(options: RepoOptions = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'govspec-test-'));
  created.push(root);
  const repo: TempRepo = {
    root,
    write(path, content) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    read: (path) => readFileSync(join(root, path)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  if (options.config !== null) repo.write('govspec.config.yaml', options.config ?? minimalConfigYaml);
  for (const [path, content] of Object.entries(options.specs ?? {}))
    repo.write(path.includes('/') ? path : `specs/${path}`, content);
  for (const [path, content] of Object.entries(options.files ?? {})) repo.write(path, content);
  return repo;
}

/** Remove every repository made by makeRepo in this test file (call from afterAll). */
export function removeRepos(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * compile() on a repository folder through the real file system host. The derivation stage
 * (hazards, privacy risks, retention, DSPT) has its own tests; foundation tests stop after lint
 * so they see only the diagnostics they are about.
 */
export function compileRepo(root: string, asOf = fixedAsOf): CompileResult {
  return compile({ host: new FsHost(root), asOf, skipAnalysis: true });
}

/** Compile one spec in a fresh repository with the minimal config; the spec is specs/<name>. */
export function compileSpec(
  spec: string | Uint8Array,
  options: { name?: string; files?: Record<string, string | Uint8Array>; asOf?: string } = {},
): CompileResult {
  const repo = makeRepo({ specs: { [options.name ?? 'spec.yaml']: spec }, files: options.files ?? {} });
  return compileRepo(repo.root, options.asOf);
}

/** Diagnostics of one code, as "file line:col" strings, for compact assertions. */
export function placesOf(diagnostics: readonly Diagnostic[], code: string): string[] {
  return diagnostics
    .filter((d) => d.code === code)
    .map((d) => `${d.location?.file ?? '-'} ${d.location?.line ?? 0}:${d.location?.column ?? 0}`);
}

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Run the built CLI (`node bin/run.js`, from dist/: run `npm run compile` first) in a folder.
 * NO_COLOR keeps the output plain; SOURCE_DATE_EPOCH is left unset unless given.
 */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  if (!existsSync(join(repoRoot, 'dist', 'commands', 'validate.js')))
    throw new Error('the CLI is not built: run `npm run compile` before these tests');
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

/** runCli without blocking, so independent runs can overlap (Promise.all). */
export function runCliAsync(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  if (!existsSync(join(repoRoot, 'dist', 'commands', 'validate.js')))
    throw new Error('the CLI is not built: run `npm run compile` before these tests');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'run.js'), ...args], {
      cwd,
      env: cliEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ stdout, stderr, code: code ?? -1 }));
  });
}

function cliEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited.SOURCE_DATE_EPOCH;
  delete inherited.GOVSPEC_DEBUG;
  return { ...inherited, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Lines that look like a JavaScript stack frame: a crash leaked to the user. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s{4}at /.test(l));
}

/**
 * A live spec whose only problem is its missing owner. It carries the controls, and the CSO's
 * decision on the silent-failure hazard the missing owner raises, that keep the derivation rules
 * quiet: CLI tests of the foundation see its exit codes rather than governance errors.
 */
export function liveSpecWithoutOwner(overrides: Record<string, unknown> = {}): string {
  return minimalSpec({
    ...quietFields,
    status: 'live',
    sla: { hours: '24x7' },
    runbook: 'https://example.org/runbook',
    monitoring: { view: 'https://example.org/dash' },
    review: { last: '2025-06-01', every: 'P12M' },
    latency: { contract: 'realtime', target: 'PT1M' },
    hazards: [silentFailureDecision],
    ...overrides,
  });
}

/** A proposed spec that raises no diagnostic at all, derivation rules included. */
export function quietSpec(overrides: Record<string, unknown> = {}): string {
  return minimalSpec({
    ...quietFields,
    owner: { name: 'A Person' },
    monitoring: { view: 'https://example.org/dash' },
    ...overrides,
  });
}

const quietFields: Record<string, unknown> = {
  protocol: { standard: 'hl7v2', version: '2.4', messages: ['ADT^A01'], timezone: 'utc' },
  transport: {
    kind: 'mllp',
    acknowledgement: 'application',
    retry: 'queue',
    duplicates: 'detected',
    ordering: 'guaranteed',
  },
  identity: {
    matchOn: ['nhs-number'],
    nhsNumberVerified: true,
    onNoMatch: 'queue-for-review',
    merges: 'handled',
  },
  retention: { record: 'adult-health', messageLog: 'P30D', messageLogPurge: 'automatic' },
};

const silentFailureDecision = {
  derived: 'silent-failure',
  decision: 'accepted',
  controls: [{ kind: 'business-process', text: 'Daily reconciliation' }],
  residual: { likelihood: 'low', severity: 'major' },
  rationale: 'Reconciled daily until an owner is named; further reduction is impractical until then.',
  decidedBy: 'CSO',
  decidedOn: '2025-12-01',
};
