import { describe, expect, test } from 'vitest';
import { diffEstates } from '../../src/diff/model-diff.js';
import { config, estate, hazard, hazardLog, sources, spec } from './estates.js';

const run = (
  base: ReturnType<typeof estate> | undefined,
  head: ReturnType<typeof estate>,
  ba = {},
  ha = {},
) => diffEstates({ estate: base, analysis: ba, sources }, { estate: head, analysis: ha, sources });

describe('integrations', () => {
  test('added, changed, retired and removed, matched by id', () => {
    const d = run(
      estate([spec('keep'), spec('edit'), spec('retire'), spec('gone')]),
      estate([
        spec('keep'),
        spec('edit', { version: '1.1.0', purpose: 'planning' }),
        spec('retire', { version: '1.0.1', status: 'retired' }),
        spec('new'),
      ]),
    );
    expect(d.integrations.map((i) => [i.id, i.change])).toEqual([
      ['edit', 'changed'],
      ['gone', 'removed'],
      ['new', 'added'],
      ['retire', 'retired'],
    ]);
    expect(d.required).toEqual([]);
    expect(d.integrations.find((i) => i.id === 'new')!.reviewers).toEqual([
      'cso',
      'caldicott',
      'dpo',
      'owner',
    ]);
    expect(d.integrations.find((i) => i.id === 'edit')!.reviewers).toEqual(['caldicott', 'dpo']);
    expect(d.integrations.find((i) => i.id === 'retire')!.reviewers).toEqual(['cso', 'owner']);
  });

  test('a base with no estate makes everything added', () => {
    const d = run(undefined, estate([spec('a'), spec('b')]));
    expect(d.integrations.map((i) => i.change)).toEqual(['added', 'added']);
  });

  test('governance change without a version bump is a required decision; wording alone is not', () => {
    const d = run(
      estate([spec('a'), spec('b'), spec('c', { version: '2.0.0' })]),
      estate([
        spec('a', { latency: { contract: 'nightly' } }),
        spec('b', { title: 'Renamed feed', description: 'Words only' }),
        spec('c', { version: '1.9.0', purpose: 'planning' }),
      ]),
    );
    expect(d.required.map((r) => [r.kind, r.integration])).toEqual([
      ['version-not-bumped', 'a'],
      ['version-not-bumped', 'c'],
    ]);
    expect(d.diagnostics.map((x) => [x.code, x.severity])).toEqual([
      ['diff-version-not-bumped', 'error'],
      ['diff-version-not-bumped', 'error'],
    ]);
    const b = d.integrations.find((i) => i.id === 'b')!;
    expect(b.reviewers).toEqual([]);
    expect(b.fields.map((f) => f.aspect)).toEqual(['wording', 'wording']);
  });

  test('owner change asks both the new and the previous owner', () => {
    const d = run(
      estate([spec('a')]),
      estate([spec('a', { version: '1.0.1', owner: { name: 'New owner', contact: 'new@trust.example' } })]),
    );
    const owners = d.reviewers.filter((p) => p.role === 'owner');
    expect(owners.map((p) => [p.name, p.handle])).toEqual([
      ['New owner', 'new@trust.example'],
      ['Owner of a', '@owner-a'],
    ]);
  });

  test('reviewers are the people named in config, with the integrations each must review', () => {
    const d = run(
      estate([spec('a'), spec('b')]),
      estate([
        spec('a', { version: '1.1.0', identity: { matchOn: ['demographics'] } }),
        spec('b', { version: '1.1.0', retention: { messageLog: 'P30D' } }),
      ]),
    );
    expect(d.reviewers.map((p) => [p.role, p.name, p.handle, p.integrations])).toEqual([
      ['cso', 'Dr C', '@trust/clinical-safety', ['a']],
      ['caldicott', 'Dr G', 'caldicott@trust.example', ['b']],
      ['dpo', 'D P', '@dpo-person', ['b']],
    ]);
  });

  test('a role missing from config is still listed, with no name', () => {
    const cfg = { ...config, organisation: { ...config.organisation, cso: undefined } };
    const d = run(
      estate([spec('a')], cfg),
      estate([spec('a', { version: '2.0.0', latency: { contract: 'weekly' } })], cfg),
    );
    expect(d.reviewers).toEqual([{ role: 'cso', integrations: ['a'] }]);
  });
});

describe('hazards', () => {
  test('raised, re-rated, closed, reopened and dropped, and the decisions each needs', () => {
    const base = hazardLog([
      hazard('a', 'kept', { decision: 'mitigate', residual: { rating: 2 } }),
      hazard('a', 'rerated'),
      hazard('a', 'toclose'),
      hazard('a', 'reopen', { status: 'closed', decision: 'closed' }),
      hazard('a', 'dropped'),
      hazard('a', 'closedgone', { status: 'closed' }),
    ]);
    const head = hazardLog([
      hazard('a', 'kept', { decision: 'mitigate', residual: { rating: 2 } }),
      hazard('a', 'rerated', { initial: { rating: 4 }, decision: 'mitigate' }),
      hazard('a', 'toclose', { status: 'closed', decision: 'closed', derivedNow: false }),
      hazard('a', 'reopen'),
      hazard('a', 'new-high'),
      hazard('a', 'new-low', { initial: { rating: 2 } }),
      hazard('a', 'new-decided', { decision: 'accepted' }),
    ]);
    const d = run(estate([spec('a')]), estate([spec('a')]), base, head);
    const a = d.integrations.find((i) => i.id === 'a')!;
    expect(a.hazards.map((h) => [h.kind, h.id])).toEqual([
      ['re-rated', 'a/rerated'],
      ['closed', 'a/toclose'],
      ['reopened', 'a/reopen'],
      ['raised', 'a/new-high'],
      ['raised', 'a/new-low'],
      ['raised', 'a/new-decided'],
      ['dropped', 'a/dropped'],
    ]);
    // Below decisionRequiredFrom (3) a new hazard needs no decision; an unchanged spec needs no bump.
    expect(d.required.map((r) => [r.kind, r.hazard])).toEqual([
      ['hazard-undecided', 'a/reopen'],
      ['hazard-undecided', 'a/new-high'],
      ['hazard-dropped', 'a/dropped'],
    ]);
    expect(a.reviewers).toEqual(['cso']);
    expect(d.sections).toEqual({ hazards: true, privacy: false, dspt: false });
    expect(d.required[1]!.message).toContain('"- derived: new-high"');
    expect(d.diagnostics.find((x) => x.code === 'diff-hazard-undecided')?.location).toEqual({
      file: 'specs/a.yaml',
      line: 9,
      column: 1,
    });
  });

  test('deleting a spec with open hazards drops them', () => {
    const d = run(estate([spec('a')]), estate([]), hazardLog([hazard('a', 'x')]), hazardLog([]));
    expect(d.required.map((r) => r.kind)).toEqual(['hazard-dropped']);
    expect(d.required[0]!.message).toContain('its spec was deleted');
    expect(d.diagnostics[0]!.location?.file).toBe('specs/a.yaml');
  });

  test('without a hazard log, the spec entries show a local hazard dropped without closure', () => {
    const local = {
      local: {
        id: 'l1',
        title: 'L',
        harm: 'h',
        initial: { likelihood: 'low' as const, severity: 'minor' as const },
      },
    };
    const closedEntry = { derived: 'old-rule', status: 'closed' as const, closure: 'gone' };
    const d = run(
      estate([
        spec('a', { hazards: [local, closedEntry, { derived: 'kept-rule' }] }),
        spec('b', { hazards: [local] }),
      ]),
      estate([spec('a', { version: '1.0.1', hazards: [{ derived: 'kept-rule' }] })]),
    );
    expect(d.sections.hazards).toBe(false);
    expect(d.required.map((r) => [r.kind, r.hazard])).toEqual([
      ['hazard-dropped', 'a/local/l1'],
      ['hazard-dropped', 'b/local/l1'],
    ]);
    expect(d.required[0]!.message).toContain('its entry was removed from the spec');
    expect(d.required[1]!.message).toContain('its spec was deleted');
  });

  test('a spec that only moved, with unchanged findings, is no change', () => {
    const base = estate([spec('a')]);
    const head = { ...base, integrations: [{ ...base.integrations[0]!, file: 'channels/a/a.govspec.yaml' }] };
    const log = hazardLog([hazard('a', 'x', { decision: 'accepted' })]);
    const d = run(base, head, log, log);
    expect(d.integrations).toEqual([]);
    expect(d.moved).toEqual([{ id: 'a', from: 'specs/a.yaml', to: 'channels/a/a.govspec.yaml' }]);
  });
});

describe('privacy risks and DSPT outcomes', () => {
  const risk = (id: string, patch: Record<string, unknown> = {}) => ({
    id,
    title: `Risk ${id}`,
    likelihood: 'possible',
    severity: 'significant',
    overall: 'medium',
    ...patch,
  });
  const privacy = (risks: unknown[]) => ({ privacy: { integrations: { a: { personalData: true, risks } } } });

  test('raised, re-rated, decided and closed risks route to Caldicott and IG', () => {
    const d = run(
      estate([spec('a')]),
      estate([spec('a')]),
      privacy([risk('same'), risk('rerate'), risk('decide'), risk('gone')]),
      privacy([
        risk('same'),
        risk('rerate', { severity: 'severe', overall: 'high' }),
        risk('decide', { decision: { effect: 'reduced', residual: 'low', approved: true } }),
        risk('new'),
      ]),
    );
    const a = d.integrations[0]!;
    expect(a.privacy.map((c) => [c.kind, c.id, c.after])).toEqual([
      ['re-rated', 'rerate', 'high (possible, severe)'],
      ['decided', 'decide', 'medium (possible, significant); reduced, residual low, approved'],
      ['raised', 'new', 'medium (possible, significant)'],
      ['closed', 'gone', 'no longer raised'],
    ]);
    expect(a.reviewers).toEqual(['caldicott', 'dpo']);
  });

  test('DSPT outcomes whose evidence status changed, from the evidence map', () => {
    const outcome = (id: string, status: string) => ({
      outcome: { id, title: `Outcome ${id}` },
      assessment: { status, cites: [], gaps: [] },
    });
    const d = run(
      estate([spec('a')]),
      estate([spec('a')]),
      { evidence: { outcomes: [outcome('A3.a', 'evidenced'), outcome('C1.a', 'partial')] } },
      {
        evidence: {
          outcomes: [outcome('A3.a', 'evidenced'), outcome('C1.a', 'evidenced'), outcome('E4.a', 'none')],
        },
      },
    );
    expect(d.dspt).toEqual([
      { outcome: 'C1.a', title: 'Outcome C1.a', before: 'partial', after: 'evidenced' },
      { outcome: 'E4.a', title: 'Outcome E4.a', after: 'none' },
    ]);
    expect(d.sections.dspt).toBe(true);
    expect(d.integrations).toEqual([]);
  });
});
