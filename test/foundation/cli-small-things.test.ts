/**
 * What people notice first, run as a user runs it (`node bin/run.js` from dist/): `-h` on every
 * command, a suggestion for a mistyped command, an import help that names every importer,
 * progress in a log that is not a terminal, a build without a browser that says every time which
 * diagrams it left without a picture, and the estate map counting the blanks validate reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/cli/progress.js';
import {
  liveSpecWithoutOwner,
  makeRepo,
  minimalSpec,
  removeRepos,
  repoRoot,
  runCli,
  runCliAsync,
} from '../helpers/estate.js';

afterAll(removeRepos);

interface ManifestCommand {
  id: string;
  hidden?: boolean;
  summary?: string;
  description?: string;
}
const manifest = JSON.parse(readFileSync(join(repoRoot, 'oclif.manifest.json'), 'utf8')) as {
  commands: Record<string, ManifestCommand>;
};
const commands = Object.values(manifest.commands).filter((c) => !c.hidden);
const spoken = (id: string) => id.split(':').join(' ');

describe('-h and --help', () => {
  it('-h shows the help of every command, as --help does', async () => {
    expect(commands.length).toBeGreaterThan(10);
    const runs = await Promise.all(
      commands.map(async (c) => {
        const [short, long] = await Promise.all([
          runCliAsync([...spoken(c.id).split(' '), '-h'], repoRoot),
          runCliAsync([...spoken(c.id).split(' '), '--help'], repoRoot),
        ]);
        return { id: c.id, short, long };
      }),
    );
    for (const { id, short, long } of runs) {
      expect(short.code, id).toBe(0);
      expect(short.stdout, id).toContain(`$ govspec ${spoken(id)}`);
      expect(short.stdout, id).toMatch(/^USAGE$/m);
      expect(short.stdout, id).toBe(long.stdout);
    }
  });

  it('govspec -h lists the commands', () => {
    const r = runCli(['-h'], repoRoot);
    expect(r.code).toBe(0);
    for (const c of ['build', 'validate', 'diff', 'explain', 'import'])
      expect(r.stdout).toMatch(new RegExp(`^ {2}${c} `, 'm'));
  });

  it('import --help names and describes every importer', () => {
    const importers = commands.filter((c) => c.id.startsWith('import:'));
    expect(importers.length).toBeGreaterThanOrEqual(9);
    const r = runCli(['import', '--help'], repoRoot);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    for (const c of importers) {
      expect(text).toContain(`import ${spoken(c.id).split(' ')[1]}`);
      // Its own description, as far as the first few words go.
      const words = (c.summary ?? c.description ?? '').split(/\s+/).slice(0, 6).join(' ');
      expect(words.length, c.id).toBeGreaterThan(10);
      expect(text, c.id).toContain(words);
    }
  });
});

describe('a mistyped command', () => {
  it.each([
    [['biuld'], 'build'],
    [['valdate'], 'validate'],
    [['evidence', 'verfy'], 'evidence verify'],
    [['evidnce'], 'evidence'],
  ])('%j suggests "%s", exits 2 and shows no stack', (argv, near) => {
    const r = runCli(argv, repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${argv.join(' ')}" is not a govspec command. Did you mean "${near}"?`);
    expect(r.stderr).toContain('Run `govspec --help` for the list of commands.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('far from every command, no suggestion is invented', () => {
    const r = runCli(['zzzzqqq'], repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"zzzzqqq" is not a govspec command.');
    expect(r.stderr).not.toContain('Did you mean');
  });

  it('govspec help <command> shows that command help', () => {
    const r = runCli(['help', 'validate'], repoRoot);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ govspec validate');
  });
});

describe('progress', () => {
  const fake = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 80, write: (s: string) => written.push(s) > 0 } };
  };

  it('off a terminal: one plain line per stage, a repeated stage once', () => {
    const { written, stream } = fake(false);
    const p = terminalProgress(false, stream);
    p.update('reading specs');
    p.update('reading specs');
    p.update('generating hazard log (1/2)');
    p.done();
    expect(written).toEqual(['govspec: reading specs\n', 'govspec: generating hazard log (1/2)\n']);
  });

  it('on a terminal: one line updated in place and cleared at the end; nothing with --quiet', () => {
    const tty = fake(true);
    const p = terminalProgress(false, tty.stream);
    p.update('reading specs');
    p.update('generating');
    p.done();
    expect(tty.written.join('')).not.toContain('\n');
    expect(tty.written.every((w) => w.startsWith('\r'))).toBe(true);
    const quiet = fake(false);
    const q = terminalProgress(true, quiet.stream);
    q.update('reading specs');
    q.done();
    expect(quiet.written).toEqual([]);
  });
});

describe('a build without a browser', () => {
  it('prints a line per stage in its log, and says on every build which diagrams have no picture', () => {
    const repo = makeRepo({ specs: { 'a.yaml': liveSpecWithoutOwner() } });
    const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium' };
    const builds = [1, 2].map(() => runCli(['build', '--as-of', '2026-01-01'], repo.root, env));
    for (const [n, r] of builds.entries()) {
      expect(r.code, `build ${n + 1}`).toBe(0);
      const stages = r.stderr.split('\n').filter((l) => /^govspec: generating .* \(\d+\/\d+\)$/.test(l));
      expect(stages.length, `build ${n + 1}`).toBeGreaterThan(5);
      expect(r.stderr).toMatch(/^govspec: 1 spec checked$/m);
      expect(r.stderr).not.toContain('\r');
      const notice = r.stderr.replace(/\s+/g, ' ');
      expect(notice, `build ${n + 1}`).toMatch(
        /data-flow diagrams? ha(s|ve) no picture in this build, because Chromium, which draws them, could not be started \(no browser at \/nonexistent\/chromium\): [^.]*privacy\/diagrams\/estate/,
      );
    }
    // The second build found nothing to change: the diagrams are still without a picture, and said so.
    expect(builds[1]!.stdout).toMatch(/up to date/);
  });
});

describe('the estate map and validate count the same blanks', () => {
  it('per readiness fact, on live, retiring and build integrations, and none on proposed or retired', async () => {
    const owner = { name: 'Ann Example', team: 'Integration' };
    const specs = {
      'live.yaml': liveSpecWithoutOwner({ id: 'live-feed', latency: undefined }),
      'build.yaml': minimalSpec({ id: 'build-feed', status: 'build', owner }),
      'retiring.yaml': liveSpecWithoutOwner({
        id: 'old-feed',
        status: 'retiring',
        owner,
        monitoring: undefined,
      }),
      'proposed.yaml': minimalSpec({ id: 'new-feed', status: 'proposed' }),
      'retired.yaml': minimalSpec({ id: 'gone-feed', status: 'retired' }),
    };
    const repo = makeRepo({ specs });
    const [v, e] = await Promise.all([
      runCliAsync(['validate', '--format', 'json', '--as-of', '2026-01-01'], repo.root),
      runCliAsync(['estate', '--no-write', '--json', '--as-of', '2026-01-01'], repo.root),
    ]);
    const report = JSON.parse(v.stdout) as { diagnostics: Array<{ code: string }> };
    const map = JSON.parse(e.stdout) as { counted: number; blanks: Record<string, number> };
    const facts = ['owner', 'sla', 'runbook', 'monitoring', 'latency', 'review'];
    expect(Object.keys(map.blanks).sort()).toEqual([...facts].sort());
    const fromValidate = Object.fromEntries(
      facts.map((f) => [f, report.diagnostics.filter((d) => d.code === `readiness-no-${f}`).length]),
    );
    expect(fromValidate).toEqual(map.blanks);
    expect(map.counted).toBe(3);
    // live: no owner, no latency; build: all but owner; retiring: no monitoring.
    expect(map.blanks).toEqual({ owner: 1, sla: 1, runbook: 1, monitoring: 2, latency: 2, review: 1 });
  });
});
