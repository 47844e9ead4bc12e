/**
 * The CLI contract, run as a user runs it (`node bin/run.js` from dist/; `npm run compile` first):
 * exit codes, the JSON report shape, build/check, init, new and explain.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allCodes } from '../../src/cli/code-index.js';
import {
  liveSpecWithoutOwner,
  makeRepo,
  minimalConfigYaml,
  minimalSpec,
  removeRepos,
  repoRoot,
  runCli,
  runCliAsync,
  stackLines,
} from '../helpers/estate.js';

afterAll(removeRepos);

const asOf = ['--as-of', '2026-01-01'];
const liveNoOwner = liveSpecWithoutOwner();

function expectClean(r: { stdout: string; stderr: string }) {
  expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  expect(r.stderr).not.toMatch(/internal error/);
}

describe('exit codes', () => {
  it('0 when there are only warnings', () => {
    const repo = makeRepo({ specs: { 'a.yaml': liveNoOwner } });
    const r = runCli(['validate', ...asOf], repo.root);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^ {2}5:1\s+warning\s.*readiness-no-owner$/m);
    expect(r.stderr).toMatch(/1 problem \(0 errors, 1 warning\)/);
    expect(r.stdout).toMatch(/Checked 1 spec as of 2026-01-01/);
    expectClean(r);
  });

  it('1 when a spec has an error', () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec({ status: 'lve' }) } });
    const r = runCli(['validate', ...asOf], repo.root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^specs\/a\.yaml$/m);
    expect(r.stderr).toMatch(/^ {2}5:9\s+error\s.*Did you mean "live".*schema-invalid-value$/m);
    expectClean(r);
  });

  it('2 when there is no config, for validate, build and check', async () => {
    const repo = makeRepo({ config: null, specs: { 'a.yaml': minimalSpec() } });
    const commands = ['validate', 'build', 'check'];
    const results = await Promise.all(commands.map((c) => runCliAsync([c], repo.root)));
    results.forEach((r, i) => {
      expect(r.code, commands[i]).toBe(2);
      expect(r.stderr, commands[i]).toMatch(/config-not-found/);
      expectClean(r);
    });
  });

  it('2 when the config is invalid', () => {
    const repo = makeRepo({
      config: minimalConfigYaml.replace('role: deploying', 'role: deploing'),
      specs: { 'a.yaml': minimalSpec() },
    });
    const r = runCli(['validate'], repo.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^govspec\.config\.yaml$/m);
    expect(r.stderr).toMatch(
      /^ {2}5:9\s+error\s.*Did you mean "deploying-organisation".*schema-invalid-value$/m,
    );
  });

  it('2 for a bad --as-of date, an unknown flag or an unknown format', async () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec() } });
    const [month, leap, flag, format] = await Promise.all([
      runCliAsync(['validate', '--as-of', '2026-13-01'], repo.root),
      runCliAsync(['build', '--as-of', '2026-02-30'], repo.root),
      runCliAsync(['validate', '--bogus'], repo.root),
      runCliAsync(['validate', '--format', 'xml'], repo.root),
    ]);
    for (const r of [month, leap, flag, format]) {
      expect(r.code).toBe(2);
      expectClean(r);
    }
    expect(month.stderr).toContain('--as-of must be a date as YYYY-MM-DD, got "2026-13-01"');
    expect(leap.stderr).toContain('got "2026-02-30"');
    expect(flag.stderr).toMatch(/bogus/);
    expect(format.stderr).toMatch(/xml/);
    expect(existsSync(join(repo.root, 'generated'))).toBe(false);
  });

  it('finds the config from a sub-folder, or takes --config', async () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec({ status: 'lve' }) } });
    const elsewhere = makeRepo({ config: null });
    const [fromSub, withFlag] = await Promise.all([
      runCliAsync(['validate', ...asOf], join(repo.root, 'specs')),
      runCliAsync(['validate', '--config', join(repo.root, 'govspec.config.yaml'), ...asOf], elsewhere.root),
    ]);
    for (const r of [fromSub, withFlag]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^specs\/a\.yaml$/m);
    }
  });
});

describe('validate --format json', () => {
  it('prints only the report on stdout, in the documented shape', () => {
    const repo = makeRepo({
      specs: { 'a.yaml': liveNoOwner, 'b.yaml': minimalSpec({ id: 'bad-one', version: '1' }) },
    });
    const r = runCli(['validate', '--format', 'json', ...asOf], repo.root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['asOf', 'diagnostics', 'specs', 'summary']);
    expect(report.specs).toBe(2);
    expect(report.asOf).toBe('2026-01-01');
    expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(report.diagnostics).toEqual([
      {
        code: 'readiness-no-owner',
        severity: 'warning',
        message: expect.stringMatching(/no named owner/),
        location: { file: 'specs/a.yaml', line: 5, column: 1 },
        pointer: '',
      },
      {
        code: 'spec-version-invalid',
        severity: 'error',
        message: expect.stringMatching(/"1" is not a semantic version/),
        // The value is written "1" (quoted): columns 10 to 12.
        location: { file: 'specs/b.yaml', line: 3, column: 10, endLine: 3, endColumn: 13 },
        pointer: '/version',
      },
    ]);
  });
});

describe('build and check', () => {
  // No browser: the contract is the same with one, and each first build would start one just to
  // draw the estate diagram (drawing diagrams has its own tests under test/privacy).
  const noBrowser = { GOVSPEC_CHROMIUM: '/nonexistent/chromium' };

  it('check passes after build, fails naming the file after a spec edit, passes after rebuilding', async () => {
    const repo = makeRepo({ specs: { 'a.yaml': liveNoOwner } });
    const built = runCli(['build'], repo.root, noBrowser);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/Built generated\/: wrote \d+/);
    expect(built.stdout).toMatch(/1 warning \(run `govspec validate` to see them\)/);
    expect(existsSync(join(repo.root, 'generated', 'estate.md'))).toBe(true);

    const [again, ok] = await Promise.all([
      runCliAsync(['build'], repo.root, noBrowser),
      runCliAsync(['check'], repo.root, noBrowser),
    ]);
    expect(again.stdout).toMatch(/generated\/ is up to date/);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/generated\/ is up to date/);

    writeFileSync(
      join(repo.root, 'specs', 'a.yaml'),
      liveNoOwner.replace('title: Demo feed', 'title: Renamed feed'),
    );
    const stale = runCli(['check'], repo.root, noBrowser);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^generated\/estate\.md$/m);
    expect(stale.stderr).toMatch(/generated\/estate\.md is out of date\. Run `govspec build`.*check-stale$/m);
    expectClean(stale);

    expect(runCli(['build'], repo.root, noBrowser).code).toBe(0);
    expect(runCli(['check'], repo.root, noBrowser).code).toBe(0);
  });

  it('check fails on a file that is no longer generated, and on spec errors', () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec() } });
    expect(runCli(['build'], repo.root, noBrowser).code).toBe(0);
    writeFileSync(join(repo.root, 'generated', 'stray.md'), 'x');
    const stray = runCli(['check'], repo.root, noBrowser);
    expect(stray.code).toBe(1);
    // Never written by govspec: check says so (and build would not delete it).
    expect(stray.stderr).toMatch(/generated\/stray\.md is not a file govspec wrote/);
    writeFileSync(join(repo.root, 'specs', 'a.yaml'), minimalSpec({ status: 'lve' }));
    const broken = runCli(['check'], repo.root, noBrowser);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/schema-invalid-value/);
  });

  it('a build with spec errors exits 1 and leaves the previous output alone', () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec() } });
    expect(runCli(['build'], repo.root, noBrowser).code).toBe(0);
    const before = readFileSync(join(repo.root, 'generated', 'estate.md'));
    writeFileSync(join(repo.root, 'specs', 'a.yaml'), minimalSpec({ status: 'lve' }));
    const r = runCli(['build'], repo.root, noBrowser);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/build-not-run/);
    expect(readFileSync(join(repo.root, 'generated', 'estate.md'))).toEqual(before);
  });
});

describe('init and new', () => {
  it('init scaffolds an empty folder that then validates; a second init is refused', () => {
    const repo = makeRepo({ config: null });
    const r = runCli(['init', '--name', 'Test Trust', '--ods', 'ZZT'], repo.root);
    expect(r.code).toBe(0);
    expect(readdirSync(repo.root).sort()).toEqual(['govspec.config.yaml', 'specs']);
    const spec = readFileSync(join(repo.root, 'specs', 'example-integration.yaml'), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(spec);
    expect(modeline).not.toBeNull();
    expect(existsSync(resolve(repo.root, 'specs', modeline![1]!))).toBe(true);
    const v = runCli(['validate', ...asOf], repo.root);
    expect(v.code).toBe(0);
    // A proposed spec has no errors; the hazards its design raises are listed as decisions due.
    expect(v.stderr).toMatch(/\(0 errors, \d+ warnings?\)/);
    expect(v.stderr).not.toMatch(/readiness-|schema-|spec-/);

    const config = readFileSync(join(repo.root, 'govspec.config.yaml'));
    const second = runCli(['init'], repo.root);
    expect(second.code).toBe(2);
    expect(readFileSync(join(repo.root, 'govspec.config.yaml'))).toEqual(config);
  });

  it('init refuses a bad ODS code', () => {
    const repo = makeRepo({ config: null });
    const r = runCli(['init', '--ods', 'rx-1'], repo.root);
    expect(r.code).toBe(2);
    expect(readdirSync(repo.root)).toEqual([]);
  });

  it('new <id> creates a spec that validates, and will not overwrite it', () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec() } });
    const r = runCli(['new', 'pharmacy-orders-to-robot'], repo.root);
    expect(r.code).toBe(0);
    const file = join(repo.root, 'specs', 'pharmacy-orders-to-robot.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(/^id: pharmacy-orders-to-robot$/m);
    const v = runCli(['validate', '--format', 'json', ...asOf], repo.root);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as { specs: number }).specs).toBe(2);
    const before = readFileSync(file);
    writeFileSync(file, `${before.toString()}# my edit\n`);
    const again = runCli(['new', 'pharmacy-orders-to-robot'], repo.root);
    expect(again.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toMatch(/# my edit\n$/);
  });

  it('new refuses ids that are not safe file names and creates nothing', async () => {
    const repo = makeRepo({ specs: { 'a.yaml': minimalSpec() } });
    const ids = ['../x', '../../etc/passwd', `${repo.root}/abs`, 'A_B', 'con'];
    const results = await Promise.all(ids.map((id) => runCliAsync(['new', id], repo.root)));
    results.forEach((r, i) => {
      expect(r.code, ids[i]).toBe(2);
      expect(r.stderr).toMatch(/not a valid id/);
    });
    expect(readdirSync(repo.root).sort()).toEqual(['govspec.config.yaml', 'specs']);
    expect(readdirSync(join(repo.root, 'specs'))).toEqual(['a.yaml']);
    expect(existsSync(join(dirname(repo.root), 'x.yaml'))).toBe(false);
    expect(existsSync(`${repo.root}/abs.yaml`)).toBe(false);
  });
});

describe('explain', () => {
  const pageOf = (code: string) => join(repoRoot, 'docs', 'codes', `${code}.md`);
  const documented = allCodes().filter((c) => existsSync(pageOf(c)));
  // One documented code per area prefix keeps the number of processes small.
  const sample = [...new Map(documented.map((c) => [c.split('-')[0], c])).values()];

  // Skipped only if no code had a docs page, which the docs tests report as a failure.
  it.skipIf(sample.length === 0).each(sample)('explain %s prints its docs page', (code) => {
    const r = runCli(['explain', code], repoRoot);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).toBe(readFileSync(pageOf(code), 'utf8').trimEnd());
  });

  it('explain --list names every registered code', () => {
    const r = runCli(['explain', '--list'], repoRoot);
    expect(r.code).toBe(0);
    const listed = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]);
    expect(listed).toEqual(allCodes());
  });

  it('an unknown code exits 2, suggesting the nearest code', async () => {
    const codes = ['no-such-code', '../../package', 'readiness-no-ownr'];
    const results = await Promise.all(codes.map((c) => runCliAsync(['explain', c], repoRoot)));
    results.forEach((r, i) => {
      expect(r.code, codes[i]).toBe(2);
      expect(r.stderr).toContain(`Unknown code "${codes[i]}"`);
      expect(r.stdout).toBe('');
      expectClean(r);
    });
    expect(results[2]!.stderr).toMatch(/Did you mean readiness-no-owner\?/);
  });

  it('explains hazard rules by id, number and the number the hazard log shows', async () => {
    const page = readFileSync(join(repoRoot, 'docs', 'hazards', 'results-incomplete.md'), 'utf8').trimEnd();
    const asked = ['results-incomplete', 'H14', 'gp-connect-access-record/H14'];
    const results = await Promise.all(asked.map((a) => runCliAsync(['explain', a], repoRoot)));
    results.forEach((r, i) => {
      expect(r.code, asked[i]).toBe(0);
      expect(r.stdout.trimEnd(), asked[i]).toBe(page);
    });
    const unknown = runCli(['explain', 'H99'], repoRoot);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/hazard rules are explained by id or number/);
  });

  it('explains lint codes (registered with every other code)', async () => {
    const r = await runCliAsync(['explain', 'readiness-no-owner'], repoRoot);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/readiness-no-owner|no named owner/i);
  });
});
