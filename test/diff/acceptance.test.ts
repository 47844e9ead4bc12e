import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Diff from '../../src/commands/diff.js';
import type { GovernanceDiff } from '../../src/diff/types.js';
import { TempRepo } from './git-repo.js';
import { runCommand } from './run-command.js';

/**
 * The example estate in a temporary repository; a branch that adds a free-text data item,
 * changes a lawful basis and switches a feed from real time to nightly.
 */
describe('governance diff of the example estate', () => {
  let repo: TempRepo;
  let json: GovernanceDiff & { summary: Record<string, unknown> };
  let exitCode: number;

  beforeAll(async () => {
    repo = new TempRepo();
    repo.copyExampleEstate();
    repo.commit('example estate');
    repo.git('checkout', '-q', '-b', 'change');
    const pharmacy = 'specs/clinical/pharmacy-dispensing-feed.yaml';
    repo.edit(pharmacy, 'version: 1.3.0', 'version: 1.4.0');
    repo.edit(
      pharmacy,
      '    - { name: Pharmacist notes',
      '    - { name: Counselling notes, class: health, field: NTE-4, freeText: true }\n    - { name: Pharmacist notes',
    );
    const beds = 'specs/clinical/bed-state-to-dashboard.yaml';
    repo.edit(beds, 'version: 1.1.0', 'version: 1.2.0');
    repo.edit(beds, 'article6: 6(1)(e)', 'article6: 6(1)(c)');
    const lims = 'specs/diagnostics/lims-results-to-epr.yaml';
    repo.edit(lims, 'version: 1.4.0', 'version: 1.5.0');
    repo.edit(
      lims,
      'latency: { contract: realtime, target: PT2M',
      'latency: { contract: nightly, target: PT24H',
    );
    repo.commit('free text, lawful basis, nightly results');
    const run = await runCommand(Diff, ['--base', 'main', '--json'], repo.dir);
    exitCode = run.code;
    json = JSON.parse(run.stdout);
  });
  afterAll(() => repo.dispose());

  const change = (id: string) => json.integrations.find((i) => i.id === id)!;

  test('the free-text data item goes to the Caldicott Guardian and IG', () => {
    const c = change('pharmacy-dispensing-feed');
    expect(c.fields).toEqual([
      {
        aspect: 'data',
        field: 'data.items[Counselling notes]',
        after: 'name: Counselling notes, class: health, field: NTE-4, freeText: true',
      },
    ]);
    expect(c.reviewers).toEqual(expect.arrayContaining(['caldicott', 'dpo']));
    expect(c.reviewers).not.toContain('owner');
  });

  test('the lawful basis change goes to the Caldicott Guardian and IG', () => {
    const c = change('bed-state-to-dashboard');
    expect(c.fields).toEqual([
      { aspect: 'lawful-basis', field: 'lawfulBasis.article6', before: '6(1)(e)', after: '6(1)(c)' },
    ]);
    expect(c.reviewers).toEqual(expect.arrayContaining(['caldicott', 'dpo']));
    expect(c.reviewers).not.toContain('cso');
  });

  test('the feed switched to nightly goes to the CSO, with the stale-data hazard when hazards are derived', () => {
    const c = change('lims-results-to-epr');
    expect(c.fields.filter((f) => f.field === 'latency.contract')).toEqual([
      { aspect: 'latency', field: 'latency.contract', before: 'realtime', after: 'nightly' },
    ]);
    expect(c.reviewers).toContain('cso');
    expect(json.sections.hazards).toBe(true);
    const stale = c.hazards.find((h) => h.id === 'lims-results-to-epr/stale-data-in-care');
    expect(stale?.kind).toBe('raised');
    expect(stale?.title).toContain('Out-of-date data shown for direct care');
    expect(json.required).toContainEqual(
      expect.objectContaining({
        kind: 'hazard-undecided',
        integration: 'lims-results-to-epr',
        hazard: 'lims-results-to-epr/stale-data-in-care',
        role: 'cso',
      }),
    );
    expect(json.required[0]!.message).toContain('derived: stale-data-in-care');
    expect(exitCode).toBe(1);
  });

  test('people are named from the config', () => {
    const byRole = Object.fromEntries(
      json.reviewers.filter((p) => p.role !== 'owner').map((p) => [p.role, p]),
    );
    expect(byRole.cso).toMatchObject({ name: 'Dr Amira Okafor', integrations: ['lims-results-to-epr'] });
    expect(byRole.caldicott?.name).toBe('Dr Tom Reilly');
    expect(byRole.caldicott?.integrations).toEqual(['bed-state-to-dashboard', 'pharmacy-dispensing-feed']);
    expect(byRole.dpo?.name).toBe('Helen Marsh');
    expect(json.summary.integrations).toBe(3);
  });

  test('Markdown for the PR comment: summary line first, one collapsible block per integration', async () => {
    const run = await runCommand(Diff, ['--base', 'main'], repo.dir);
    expect(run.code).toBe(exitCode);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^### Governance change: 3 integrations \(3 changed\) · .*review: Clinical Safety Officer, Caldicott Guardian/,
    );
    expect(run.stdout.match(/<details>/g)).toHaveLength(3);
    expect(run.stdout).toContain(
      '<summary><strong>lims-results-to-epr</strong> Pathology results from LIMS to EPR: changed, 1.4.0 → 1.5.0',
    );
    expect(run.stdout).toContain('| Latency and consumers | latency.contract | realtime | nightly | CSO |');
    expect(run.stdout.trimEnd().endsWith('<!-- govspec-diff -->')).toBe(true);
  });

  test('--reviewers codeowners gives one line per changed spec, with handles or contacts', async () => {
    const run = await runCommand(Diff, ['--base', 'main', '--reviewers', 'codeowners'], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      '/specs/clinical/bed-state-to-dashboard.yaml caldicott@riverside.example.nhs.uk dpo@riverside.example.nhs.uk',
      expect.stringMatching(/^\/specs\/diagnostics\/lims-results-to-epr\.yaml clinical\.safety@\S+$/),
      expect.stringMatching(/^\/specs\/clinical\/pharmacy-dispensing-feed\.yaml caldicott@\S+ dpo@\S+$/),
    ]);
  });
});

describe('diff command exit codes', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.copyExampleEstate();
    repo.commit('example estate');
  });
  afterAll(() => repo.dispose());

  test('0 with no change, 2 for a refused or unknown revision, 1 for a missing version bump', async () => {
    expect((await runCommand(Diff, ['--base', 'HEAD'], repo.dir)).code).toBe(0);
    const refused = await runCommand(Diff, ['--base=--output=x'], repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('diff-ref-invalid');
    expect((await runCommand(Diff, ['--base', 'nope'], repo.dir)).code).toBe(2);
    repo.edit('specs/corporate/workforce-nightly-csv.yaml', /purpose: \S+/, 'purpose: research');
    repo.commit('purpose change without a version bump');
    const run = await runCommand(Diff, ['--base', 'HEAD~1'], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('**Decisions required before merging**');
    expect(run.stderr).toContain('diff-version-not-bumped');
    // --reviewers is for requesting reviews and does not gate.
    expect((await runCommand(Diff, ['--base', 'HEAD~1', '--reviewers', 'list'], repo.dir)).code).toBe(0);
  });
});
