import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Estate from '../../src/commands/estate.js';
import { TempRepo } from '../diff/git-repo.js';
import { runCommand } from '../diff/run-command.js';

describe('govspec estate', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.copyExampleEstate();
    repo.git('add', '-A');
    repo.git(
      '-c',
      'core.hooksPath=/dev/null',
      'commit',
      '-q',
      '-m',
      'estate',
      '--date',
      '2026-11-20T10:00:00Z',
    );
  });
  afterAll(() => repo.dispose());

  test('--no-write prints the summary and writes nothing', async () => {
    const run = await runCommand(Estate, ['--no-write', '--as-of', '2026-11-25'], repo.dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(repo.dir, 'generated'))).toBe(false);
    // It reads the per-integration cache a build left, and writes none.
    expect(existsSync(join(repo.dir, '.govspec-cache'))).toBe(false);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Integration estate: Riverside Valley Hospitals NHS Trust (fictional) (ZZR), as of 25 November 2026',
    );
    expect(run.stdout).toMatch(/^Owner\s+1$/m);
    expect(run.stdout).toMatch(/^cloverleaf\s+1\s+1\s+1$/m);
    expect(run.stdout).toContain(
      '  1. theatres-legacy-cloverleaf (priority 1: live, used in direct care, nobody owns it)',
    );
    expect(run.stdout).toContain('- Name an owner, or switch it off by 25 May 2027 (proposed)');
  });

  test('--json gives the same numbers for other tools', async () => {
    const run = await runCommand(Estate, ['--no-write', '--json', '--as-of', '2026-11-25'], repo.dir);
    const j = JSON.parse(run.stdout);
    expect(j.blanks).toEqual({ owner: 1, sla: 2, runbook: 4, monitoring: 4, latency: 0, review: 0 });
    expect(j.noOwner).toEqual([
      { id: 'theatres-legacy-cloverleaf', status: 'live', endOfLife: { date: '2027-05-25', proposed: true } },
    ]);
    expect(j.roadmap[0]).toMatchObject({ rank: 1, priority: 1, id: 'theatres-legacy-cloverleaf' });
  });

  test('by default it builds the whole output folder, the map in three formats among it', async () => {
    const run = await runCommand(Estate, ['--top', '2'], repo.dir);
    expect(run.code).toBe(0);
    for (const f of ['estate.md', 'estate/estate.xlsx', 'estate/index.html', 'model.json', 'build-info.json'])
      expect(existsSync(join(repo.dir, 'generated', f)), f).toBe(true);
    expect(run.stdout).toContain('Roadmap (2 of 6, most urgent first):');
    expect(run.stdout).toContain(
      'The map: generated/estate.md, generated/estate/estate.xlsx, generated/estate/index.html.',
    );
    const md = readFileSync(join(repo.dir, 'generated/estate.md'), 'utf8');
    expect(md).toContain('## Roadmap');
    expect(md).toContain(
      '1. **Theatre bookings from PAS to theatre system (legacy Cloverleaf)** (theatres-legacy-cloverleaf), live, direct care, no owner',
    );
    expect(md).toMatch(/\n {4}- Name an owner, or switch it off by \d{1,2} [A-Z][a-z]+ \d{4} \(proposed\)\n/);
  });
});
