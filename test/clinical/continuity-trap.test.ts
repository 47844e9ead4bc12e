/**
 * The first steps of a new user, run as they run them (`node bin/run.js` from dist/): init's
 * example, a spec of their own, a build, the example deleted, validate. Continuity binds only the
 * hazard log committed at HEAD, and only for specs committed as something other than proposed.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/estate.js';
import { TempRepo } from '../diff/git-repo.js';

const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium', SOURCE_DATE_EPOCH: '1764000000' };
const asOf = ['--as-of', '2026-01-01'];
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function firstSteps(dir: string): void {
  for (const args of [['init'], ['new', 'lab-results'], ['build', ...asOf]]) {
    const r = runCli(args, dir, env);
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  }
}

const hazardCodes = (text: string) => [...new Set(text.match(/hazard-[a-z-]+/g) ?? [])].sort();

describe('init, new, build, delete the example, validate', () => {
  it('in a folder that is not a git repository, removing the example is not an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govspec-scratch-'));
    made.push(dir);
    firstSteps(dir);
    // The build wrote the example's hazards into the local log.
    expect(readFileSync(join(dir, 'generated/clinical-safety/hazards.json'), 'utf8')).toContain(
      'example-integration/',
    );
    rmSync(join(dir, 'specs/example-integration.yaml'));
    const r = runCli(['validate', ...asOf], dir, env);
    expect(r.code, r.stderr).toBe(0);
    expect(hazardCodes(r.stderr).filter((c) => /removed|not-closed/.test(c))).toEqual([]);
    expect(r.stderr).not.toMatch(/\berror\b/);
  });

  it('in a repository, a committed spec that was only proposed can be removed', () => {
    const repo = new TempRepo();
    made.push(repo.dir);
    firstSteps(repo.dir);
    repo.commit('First build');
    repo.rm('specs/example-integration.yaml');
    const r = runCli(['validate', ...asOf], repo.dir, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('hazard-integration-removed');
  });

  it('in a repository, a spec committed in service cannot silently disappear; a local build alone binds nothing', () => {
    const repo = new TempRepo();
    made.push(repo.dir);
    firstSteps(repo.dir);
    const spec = join(repo.dir, 'specs/example-integration.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^status: proposed\b/m, 'status: live'));
    repo.git('add', 'govspec.config.yaml', 'specs');
    repo.git('commit', '-q', '-m', 'Specs only, the generated output not committed');
    // Its hazards are only in the local build's log: deleting it now is not an error.
    runCli(['build', ...asOf], repo.dir, env);
    expect(readFileSync(join(repo.dir, 'generated/clinical-safety/hazards.json'), 'utf8')).toContain(
      'example-integration/',
    );
    rmSync(spec);
    const local = runCli(['validate', ...asOf], repo.dir, env);
    expect(local.stderr).not.toContain('hazard-integration-removed');
    // Restored, built and committed with its log: now deleting it is.
    repo.git('checkout', '--', 'specs/example-integration.yaml');
    runCli(['build', ...asOf], repo.dir, env);
    repo.commit('Build committed');
    repo.rm('specs/example-integration.yaml');
    const r = runCli(['validate', ...asOf], repo.dir, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/specs\/example-integration\.yaml[\s\S]*hazard-integration-removed/);
  });
});

describe('explain says how to retire an integration, and what to do in a scratch folder', () => {
  it.each(['hazard-integration-removed', 'hazard-not-closed', 'hazard-decision-removed'])('%s', (code) => {
    const r = runCli(['explain', code], process.cwd());
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/committed at HEAD|committed hazard log/);
    expect(text).toMatch(/status: retired/);
    expect(text).toMatch(/scratch folder/i);
    expect(text).toMatch(/only proposed|never committed|never reached a commit/);
  });
});
