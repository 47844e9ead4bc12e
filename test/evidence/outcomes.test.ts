import { describe, expect, it } from 'vitest';
import { evidenceAnalyzers } from '../../src/rules/evidence/index.js';
import { recordsAnalyzers } from '../../src/rules/records/index.js';
import { baseConfig, baseSpec, build, withYaml } from '../records/estate-fixture.js';

const analyzers = [...recordsAnalyzers, ...evidenceAnalyzers];
const otherSlots = { hazards: { decisionRequiredFrom: 3, hazards: [] }, privacy: { integrations: {} } };

/** A hazard log entry in the shape the clinical-safety analyzer produces (only the fields read here). */
const hazard = (integration: string, rating: number, extra: Record<string, unknown> = {}) => ({
  id: `${integration}/identity-x`,
  number: `${integration}/H01`,
  integration,
  title: 'Wrong patient',
  status: 'open',
  initial: { likelihood: 'medium', severity: 'major', rating },
  controls: [],
  ...extra,
});
const log = (...hazards: unknown[]) => ({ ...otherSlots, hazards: { decisionRequiredFrom: 3, hazards } });
const withDesignControl =
  'hazards: [{ derived: identity-x, decision: accepted, controls: [{ kind: design, text: Queue unmatched }] }]';
const base = `${baseSpec}${withDesignControl}\n`;
const other = (changes: Record<string, string | null>) =>
  withYaml({ 'id:': 'id: other-feed', ...changes }, base);

interface Case {
  outcome: string;
  /** The second integration, which leaves the blank. */
  blank: Record<string, string | null>;
  missing: string;
  config?: string;
}

const cases: Case[] = [
  { outcome: 'A1.a', blank: { 'owner:': null }, missing: 'owner' },
  { outcome: 'A3.a', blank: { 'retention:': null }, missing: 'retention' },
  { outcome: 'A4.a', blank: { 'target:': 'target: { system: EPR, org: RXX }' }, missing: 'target supplier' },
  { outcome: 'B1.a', blank: { 'runbook:': null }, missing: 'runbook' },
  {
    outcome: 'B2.a',
    blank: { 'transport:': 'transport: { kind: mllp, encryption: tls, authentication: none }' },
    missing: 'authentication (none)',
  },
  { outcome: 'B3.a', blank: { 'purpose:': null }, missing: 'purpose' },
  {
    outcome: 'B3.b',
    blank: { 'transport:': 'transport: { kind: mllp, encryption: none, authentication: mtls }' },
    missing: 'encryption in transit (none)',
  },
  { outcome: 'C1.a', blank: { 'monitoring:': null }, missing: 'monitoring view' },
  {
    outcome: 'C1.b',
    blank: { 'retention:': 'retention: { record: adult-health, messageLog: forever }' },
    missing: 'message store: kept with no end',
  },
  {
    outcome: 'C1.b',
    blank: {
      'audit:':
        'audit: { logs: [message, access], retention: P2Y, purge: automatic, readAccess: business-need-only }',
    },
    missing: 'audit log: protection against change or deletion',
  },
  {
    outcome: 'C1.b',
    blank: {
      'audit:':
        'audit: { logs: [message, access], retention: P2Y, purge: automatic, readAccess: wider, integrity: tamper-protected }',
    },
    missing: 'audit log: read access wider than accounts with a business need',
  },
  { outcome: 'D1.a', blank: { 'sla:': 'sla: { hours: 24x7 }' }, missing: 'restore target' },
  {
    outcome: 'E2.b',
    blank: {
      'lawfulBasis:': 'lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), optOut: { applies: "no" } }',
    },
    missing: 'confidentiality basis',
  },
  {
    outcome: 'E2.c',
    blank: {
      'lawfulBasis:':
        'lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: implied-consent, optOut: { applies: not-assessed } }',
    },
    missing: 'national data opt-out (not assessed)',
  },
  {
    outcome: 'E3.a',
    blank: {
      'lawfulBasis:':
        'lawfulBasis: { article6: 6(1)(e), confidentiality: implied-consent, optOut: { applies: "no" } }',
    },
    missing: 'Article 9 condition',
  },
  {
    outcome: 'E4.a',
    blank: {
      'retention:':
        'retention: { record: adult-health, localPeriod: P6Y, messageLog: P90D, messageLogPurge: automatic }',
    },
    missing: 'record: SHORTFALL',
  },
  {
    outcome: 'E4.b',
    blank: {
      'hazards:': 'mapping: [{ kind: code, from: Local, to: SNOMED CT, maintainedBy: Terminology team }]',
    },
    missing: 'tests of the Local to SNOMED CT map',
  },
];

function outcome(
  specs: Record<string, string>,
  id: string,
  config = baseConfig,
  preset: Record<string, unknown> = otherSlots,
) {
  const built = build(specs, config, analyzers, preset);
  return built.analysis.evidence!.outcomes.find((o) => o.outcome.id === id)!;
}

describe('DSPT outcome mapping units', () => {
  it.each(cases)('$outcome: evidenced when complete, partial naming the integration with a blank', (c) => {
    const complete = { 'specs/a.yaml': base, 'specs/b.yaml': other({}) };
    const extra: Record<string, string> =
      c.outcome === 'E4.b'
        ? {
            'specs/c.yaml': withYaml(
              {
                'id:': 'id: coded-feed',
                'hazards:': 'mapping: [{ kind: code, from: A, to: B, maintainedBy: T, tested: true }]',
              },
              base,
            ),
          }
        : {};
    const good = outcome({ ...complete, ...extra }, c.outcome);
    expect(good.assessment.gaps).toEqual([]);
    expect(good.assessment.status).toBe('evidenced');
    expect(good.unit).toMatch(/^dspt-/);

    const blank = outcome({ 'specs/a.yaml': base, 'specs/b.yaml': other(c.blank), ...extra }, c.outcome);
    expect(blank.assessment.status).toBe('partial');
    expect(blank.assessment.gaps).toHaveLength(1);
    expect(blank.assessment.gaps[0]!.subject).toBe('other-feed');
    expect(blank.assessment.gaps[0]!.missing.join('; ')).toContain(c.missing);
  });

  it('A2.a: partial naming the integration with a hazard or privacy risk that needs a decision', () => {
    const specs = { 'specs/a.yaml': base, 'specs/b.yaml': other({}) };
    const decided = hazard('pas-adt-to-epr', 4, { decision: 'accepted' });
    expect(outcome(specs, 'A2.a', baseConfig, log(decided, hazard('other-feed', 2))).assessment.status).toBe(
      'evidenced',
    );
    const undecided = outcome(specs, 'A2.a', baseConfig, log(decided, hazard('other-feed', 3)));
    expect(undecided.assessment.status).toBe('partial');
    expect(undecided.assessment.gaps).toEqual([
      {
        subject: 'other-feed',
        title: 'PAS ADT events to EPR',
        missing: ['CSO decision on hazard other-feed/H01 Wrong patient'],
      },
    ]);
    const privacy = {
      integrations: {
        'other-feed': {
          risks: [{ id: 'free-text', title: 'Free text beyond need', decision: { complete: false } }],
        },
      },
    };
    const risk = outcome(specs, 'A2.a', baseConfig, { ...log(decided), privacy });
    expect(risk.assessment.gaps[0]!.missing).toEqual(['IG decision on privacy risk: Free text beyond need']);
    const onlyHazards = outcome(specs, 'A2.a', baseConfig, { hazards: log(decided).hazards });
    expect(onlyHazards.assessment.gaps).toEqual([
      {
        subject: 'organisation',
        title: 'Example Hospitals NHS Trust',
        missing: ['the DPIA privacy risk register (not produced)'],
      },
    ]);
  });

  it('B4.a: integrations with hazards need a design control', () => {
    const specs = { 'specs/a.yaml': base, 'specs/b.yaml': other({}) };
    const design = { controls: [{ kind: 'design', text: 'Queue unmatched' }] };
    const good = outcome(
      specs,
      'B4.a',
      baseConfig,
      log(hazard('pas-adt-to-epr', 3, design), hazard('other-feed', 3, design)),
    );
    expect(good.assessment).toMatchObject({ status: 'evidenced', considered: 2 });
    const blank = outcome(
      specs,
      'B4.a',
      baseConfig,
      log(
        hazard('pas-adt-to-epr', 3, design),
        hazard('other-feed', 3, { controls: [{ kind: 'training', text: 'x' }] }),
      ),
    );
    expect(blank.assessment.status).toBe('partial');
    expect(blank.assessment.gaps).toEqual([
      { subject: 'other-feed', title: 'PAS ADT events to EPR', missing: ['design control on any hazard'] },
    ]);
  });

  it('E3.b: secondary-use flows need a basis other than implied consent', () => {
    const research = (id: string, confidentiality: string) =>
      withYaml(
        {
          'id:': `id: ${id}`,
          'purpose:': 'purpose: research',
          'lawfulBasis:': `lawfulBasis: { article6: 6(1)(e), article9: 9(2)(j), confidentiality: ${confidentiality}, optOut: { applies: "yes", applied: true } }`,
        },
        base,
      );
    const specs = { 'specs/a.yaml': base, 'specs/r.yaml': research('research-ok', 's251') };
    expect(outcome(specs, 'E3.b').assessment.status).toBe('evidenced');
    const mixed = outcome(
      { ...specs, 'specs/s.yaml': research('research-implied', 'implied-consent') },
      'E3.b',
    );
    expect(mixed.assessment.status).toBe('partial');
    expect(mixed.assessment.gaps).toEqual([
      {
        subject: 'research-implied',
        title: 'PAS ADT events to EPR',
        missing: ['a basis other than implied consent'],
      },
    ]);
    const none = outcome({ 'specs/a.yaml': base }, 'E3.b');
    expect(none.assessment).toMatchObject({
      status: 'none',
      reason: 'the estate has no identifiable secondary-use flows',
    });
  });

  it('A1.a names the organisation when the SIRO is not in config', () => {
    const config = baseConfig.replace('  siro: { name: Sam Okafor }\n', '');
    const o = outcome({ 'specs/a.yaml': base }, 'A1.a', config);
    expect(o.assessment.status).toBe('partial');
    expect(o.assessment.gaps).toEqual([
      { subject: 'organisation', title: 'Example Hospitals NHS Trust', missing: ['SIRO'] },
    ]);
  });

  it('an outcome whose source artefact is absent is no evidence, with the reason', () => {
    const a2a = outcome({ 'specs/a.yaml': base }, 'A2.a', baseConfig, {});
    expect(a2a.assessment).toMatchObject({
      status: 'none',
      reason: expect.stringContaining('was produced in this build'),
    });
    const b4a = outcome({ 'specs/a.yaml': base }, 'B4.a', baseConfig, {});
    expect(b4a.assessment).toMatchObject({
      status: 'none',
      reason: 'the hazard log was not produced in this build',
    });
  });

  it('only integrations in service count for operational outcomes', () => {
    const proposed = other({ 'status:': 'status: proposed', 'runbook:': null, 'monitoring:': null });
    const o = outcome({ 'specs/a.yaml': base, 'specs/b.yaml': proposed }, 'D1.a');
    expect(o.assessment).toMatchObject({ status: 'evidenced', considered: 1 });
  });

  it('outcomes with no unit are listed as no evidence with the reason', () => {
    const o = outcome({ 'specs/a.yaml': base }, 'B4.d');
    expect(o.unit).toBeUndefined();
    expect(o.assessment).toMatchObject({
      status: 'none',
      reason: expect.stringContaining('evidence must come from elsewhere'),
    });
  });

  it('marks the edition’s mandatory audit outcomes and the organisation’s choice', () => {
    const config = `${baseConfig}dspt: { edition: 2025-26-caf, auditChoice: [E4.a, A3.a, B3.a] }\n`;
    const built = build({ 'specs/a.yaml': base }, config, analyzers, otherSlots);
    const audit = Object.fromEntries(
      built.analysis.evidence!.outcomes.filter((o) => o.audit).map((o) => [o.outcome.id, o.audit]),
    );
    expect(audit).toEqual({
      'A1.a': 'mandatory',
      'A3.a': 'chosen',
      'B1.a': 'mandatory',
      'B3.a': 'chosen',
      'B4.a': 'mandatory',
      'B5.a': 'mandatory',
      'B5.c': 'mandatory',
      'C1.b': 'mandatory',
      'D2.a': 'mandatory',
      'E2.a': 'mandatory',
      'E2.c': 'mandatory',
      'E4.a': 'chosen',
    });
  });
});
