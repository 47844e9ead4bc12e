/**
 * Dates outside 1970-9999 (a commit dated in the year 11476, SOURCE_DATE_EPOCH=999999999999, an
 * edited build-info.json) are a diagnostic and nothing is generated: never "+011476-08" in a
 * document or invalid Office metadata.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../diff/git-repo.js';
import { minimalConfigYaml, minimalSpec, runCli, stackLines } from '../helpers/estate.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.dispose();
});

const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium' };

/** Commit everything, with the committer date (the one govspec reads) at `seconds` when given. */
function commitAt(r: TempRepo, message: string, seconds?: number): void {
  r.git('add', '-A');
  const date =
    seconds === undefined
      ? {}
      : { GIT_COMMITTER_DATE: `@${seconds} +0000`, GIT_AUTHOR_DATE: `@${seconds} +0000` };
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: r.dir,
    env: { ...process.env, ...date },
    stdio: 'ignore',
  });
}

function repo(commitSeconds?: number): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write('govspec.config.yaml', minimalConfigYaml);
  r.write('specs/a.yaml', minimalSpec());
  commitAt(r, 'estate', commitSeconds);
  return r;
}

function allText(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(docx|xlsx)$/.test(name))
        for (const [, c] of Object.entries(unzipSync(readFileSync(full)))) out.push(strFromU8(c));
      else if (!name.endsWith('.png')) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

const year11476 = 300_000_000_000;

describe('build dates outside 1970-9999', () => {
  it.each([['999999999999'], ['253402300800']])(
    'SOURCE_DATE_EPOCH=%s is a diagnostic; nothing is generated',
    (epoch) => {
      const r = repo();
      const run = runCli(['build'], r.dir, { ...env, SOURCE_DATE_EPOCH: epoch });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('build-date-out-of-range');
      expect(run.stderr).toContain('SOURCE_DATE_EPOCH');
      expect(run.stderr).toMatch(/in the year (33658|10000)/);
      expect(stackLines(run.stderr)).toEqual([]);
      expect(() => statSync(join(r.dir, 'generated'))).toThrow();
    },
  );

  it('a commit dated in the year 11476 is a diagnostic naming the commit as the source', () => {
    const r = repo(year11476);
    expect(r.git('log', '-1', '--format=%ci')).toMatch(/^11476-/);
    const run = runCli(['build'], r.dir, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('build-date-out-of-range');
    expect(run.stderr).toContain('the git commit is in the year 11476');
    // SOURCE_DATE_EPOCH is the way out.
    const fixed = runCli(['build', '--quiet'], r.dir, { ...env, SOURCE_DATE_EPOCH: '1764000000' });
    expect(fixed.code, fixed.stderr).toBe(0);
  });

  it('the last second of 9999 still builds, and no document shows a signed year', () => {
    const r = repo();
    const run = runCli(['build', '--quiet'], r.dir, { ...env, SOURCE_DATE_EPOCH: '253402300799' });
    expect(run.code, run.stderr).toBe(0);
    const text = allText(join(r.dir, 'generated'));
    expect(text).toContain('9999-12-31');
    expect(text).not.toMatch(/\+0\d{5}-\d\d/);
  });

  it('an edited build-info.json with an impossible date is not trusted', () => {
    const r = repo();
    expect(runCli(['build', '--quiet'], r.dir, env).code).toBe(0);
    const info = join(r.dir, 'generated', 'build-info.json');
    const recorded = JSON.parse(readFileSync(info, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      info,
      JSON.stringify({ ...recorded, timestamp: '+011476-08-15T05:20:00.000Z', date: '+011476-08' }),
    );
    const run = runCli(['build', '--quiet'], r.dir, env);
    expect(run.code, run.stderr).toBe(0);
    expect(allText(join(r.dir, 'generated'))).not.toContain('+011476');
  });
});

describe('diff with a commit dated outside 1970-9999', () => {
  it('asks for --as-of instead of using an impossible date, and works with it', () => {
    const r = repo();
    r.git('tag', 'base');
    r.write('specs/a.yaml', minimalSpec({ title: 'Demo feed, renamed', version: '1.1.0' }));
    commitAt(r, 'rename', year11476);
    const run = runCli(['diff', '--base', 'base'], r.dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('diff-commit-date-invalid');
    expect(stackLines(run.stderr)).toEqual([]);
    const given = runCli(['diff', '--base', 'base', '--as-of', '2026-01-01'], r.dir, env);
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toContain('1 integration (1 changed)');
    expect(given.stdout).not.toContain('+011476');
  });
});
