/**
 * "Changes since the previous version" in the DPIA section and the safety case come from git:
 * the version the organisation approved, never the last build on disk. The usual loop, run as a
 * user runs it (`node bin/run.js` from dist/): build and commit (approved), add a special-category
 * item and build (the diff gate fails: version not raised), raise the version and build again.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/estate.js';
import { TempRepo } from '../diff/git-repo.js';

const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium', SOURCE_DATE_EPOCH: '1764000000' };
const asOf = ['--as-of', '2026-01-01'];
const spec = 'specs/example-integration.yaml';
const dpia = 'generated/privacy/example-integration.dpia.md';
const safetyCase = 'generated/clinical-safety/safety-case-report.md';
const repos: TempRepo[] = [];
const made: string[] = [];
afterAll(() => {
  repos.forEach((r) => r.dispose());
  made.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

interface DiffJson {
  integrations: Array<{
    id: string;
    privacy: Array<{ kind: string; title: string }>;
    required: Array<{ kind: string }>;
  }>;
}

/** The document-control row of the DPIA section, as its Markdown shows it. */
function row(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no "${label}" row`);
  return line.replace(/\\/g, '');
}

function build(repo: TempRepo, extra: string[] = []) {
  const r = runCli(['build', '--quiet', ...asOf, ...extra], repo.dir, env);
  expect(r.code, r.stderr).toBe(0);
}

describe('the loop: build, gate fails, raise the version, build again', () => {
  const repo = new TempRepo();
  repos.push(repo);
  let approved = '';

  it('names the approved version and the new risk, as govspec diff reports it', () => {
    expect(runCli(['init', '--quiet'], repo.dir, env).code).toBe(0);
    build(repo);
    approved = repo.commit('Approved');
    repo.edit(
      spec,
      /( {4}- \{ name: NHS number.*\n)/,
      '$1    - { name: Ethnic group, class: special, field: PID-22 }\n',
    );
    build(repo);
    // The gate: a governance change at the same version.
    const gate = runCli(['diff', '--base', 'HEAD', '--worktree', '--json', ...asOf], repo.dir, env);
    expect(gate.code).toBe(1);
    const failed = (JSON.parse(gate.stdout) as DiffJson).integrations[0]!;
    expect(failed.required.map((r) => r.kind)).toContain('version-not-bumped');
    const raised = failed.privacy.filter((p) => p.kind === 'raised').map((p) => p.title);
    expect(raised).toContain('Special category data without an Art. 9 condition');

    repo.edit(spec, /^version: 0\.1\.0$/m, 'version: 0.2.0');
    build(repo);
    const text = readFileSync(join(repo.dir, dpia), 'utf8');
    expect(row(text, 'Previous version of the spec')).toContain(`0.1.0, commit ${approved.slice(0, 12)}`);
    const changes = row(text, 'Changes since the previous version');
    expect(changes).toContain(`Spec version 0.1.0 (commit ${approved.slice(0, 12)}`);
    expect(changes).toContain('to version 0.2.0 (this document)');
    expect(changes).toContain('Data items and classes: data items "Ethnic group" added');
    // Every risk govspec diff reports as raised is named, and nothing says "no new risks".
    for (const title of raised) expect(changes).toContain(`Privacy risk newly raised: ${title}`);
    expect(changes).not.toMatch(/No new risks raised/);
  });

  it('after the change is committed, a rebuild is a fixed point and check passes', () => {
    const before = readFileSync(join(repo.dir, dpia));
    repo.commit('Version 0.2.0 with the ethnic group');
    build(repo);
    expect(readFileSync(join(repo.dir, dpia)).equals(before)).toBe(true);
    const check = runCli(['check', '--quiet', ...asOf], repo.dir, env);
    expect(check.code, check.stderr).toBe(0);
  });

  it('the safety case and the hazard log name both versions of each changed spec', () => {
    const log = readFileSync(join(repo.dir, 'generated/clinical-safety/hazard-log.md'), 'utf8');
    expect(log).toContain('## Changes since the previous versions of the specs');
    expect(log).toMatch(
      new RegExp(
        `\\| example integration \\| 0\\.1\\.0, commit ${approved.slice(0, 12)} of \\d{1,2} [A-Z][a-z]+ \\d{4} \\| 0\\.2\\.0 \\| none \\|`,
      ),
    );
    const text = readFileSync(join(repo.dir, safetyCase), 'utf8');
    const section = text.slice(text.indexOf('Changes since the previous versions of the specs'));
    expect(section).toMatch(
      new RegExp(
        `\\| example integration \\| 0\\.1\\.0<br>commit ${approved.slice(0, 12)} of \\d{1,2} [A-Z][a-z]+ \\d{4} \\| 0\\.2\\.0 \\|`,
      ),
    );
  });

  it('--base compares with the commit it names; a revision that is not there is refused', () => {
    build(repo, ['--base', 'HEAD']);
    const same = row(readFileSync(join(repo.dir, dpia), 'utf8'), 'Changes since the previous version');
    expect(same).toContain('Spec version 0.2.0');
    expect(same).toContain('No change to data items, lawful bases, risks or hazards.');
    const bad = runCli(['build', '--base', 'no-such-branch', ...asOf], repo.dir, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('diff-ref-not-found');
    build(repo);
    expect(row(readFileSync(join(repo.dir, dpia), 'utf8'), 'Changes since the previous version')).toContain(
      'Privacy risk newly raised: Special category data without an Art. 9 condition',
    );
  });
});

describe('outside a repository', () => {
  it('there is no history: nothing claims a change, and --base is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govspec-no-git-'));
    made.push(dir);
    expect(runCli(['init', '--quiet'], dir, env).code).toBe(0);
    const bad = runCli(['build', '--base', 'main', ...asOf], dir, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('diff-not-a-repository');
    expect(runCli(['build', '--quiet', ...asOf], dir, env).code).toBe(0);
    const text = readFileSync(join(dir, dpia), 'utf8');
    expect(row(text, 'Previous version of the spec')).toBe('| Previous version of the spec | not known |');
    expect(readFileSync(join(dir, safetyCase), 'utf8')).not.toContain('Changes since the previous versions');
  });
});

describe('a change the gate refused was committed on the way', () => {
  it('the previous version is where it was introduced, so the refused commit hides nothing', () => {
    const repo = new TempRepo();
    repos.push(repo);
    expect(runCli(['init', '--quiet'], repo.dir, env).code).toBe(0);
    build(repo);
    const approved = repo.commit('Approved');
    repo.edit(
      spec,
      /( {4}- \{ name: NHS number.*\n)/,
      '$1    - { name: Ethnic group, class: special, field: PID-22 }\n',
    );
    build(repo);
    repo.commit('Add the ethnic group (the gate refuses it: version not raised)');
    repo.edit(spec, /^version: 0\.1\.0$/m, 'version: 0.2.0');
    build(repo);
    const changes = row(readFileSync(join(repo.dir, dpia), 'utf8'), 'Changes since the previous version');
    expect(changes).toContain(`Spec version 0.1.0 (commit ${approved.slice(0, 12)}`);
    expect(changes).toContain('Privacy risk newly raised: Special category data without an Art. 9 condition');
  });
});
