import { describe, expect, it } from 'vitest';
import type { WrittenHazardDecision, WrittenSpec } from '../../src/model/written.js';
import { serialiseLog } from '../../src/rules/clinical/log-file.js';
import { analyse, baseConfig, controlledSpec, DELETE, fixture, lineOf, patch } from './helpers.js';

/** A spec with two derived hazards: silent-failure (rating 4: no owner, no monitoring) and time zones (rating 2). */
function risky(hazards: WrittenHazardDecision[] = []): WrittenSpec {
  return patch(controlledSpec('pas-adt'), {
    owner: DELETE,
    monitoring: DELETE,
    protocol: { timezone: 'local-no-offset' },
    hazards,
  });
}

const accepted: WrittenHazardDecision = {
  derived: 'silent-failure',
  decision: 'accepted',
  residual: { likelihood: 'medium', severity: 'major' },
  controls: [
    {
      kind: 'business-process',
      text: 'Daily manual check of message counts',
      evidence: 'docs/runbooks/pas-adt.md',
    },
  ],
  rationale: 'Owner appointment in progress; daily manual check in place.',
  decidedBy: 'Dr Jane Okafor',
  decidedOn: '2026-04-01',
};

const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();

describe('CSO decisions and the gate', () => {
  it('an undecided hazard at or above decisionRequiredFrom is an error at the spec', () => {
    const f = fixture([risky()]);
    const { diagnostics, analysis } = analyse(f);
    const undecided = diagnostics.filter((d) => d.code === 'hazard-undecided');
    expect(undecided).toHaveLength(1); // time-zone (2) is below the default 3
    expect(undecided[0]!.severity).toBe('error');
    expect(undecided[0]!.message).toContain('pas-adt/H05');
    expect(undecided[0]!.message).toContain('- derived: silent-failure');
    expect(undecided[0]!.location?.file).toBe('specs/pas-adt.yaml');
    const h = analysis.hazards!.hazards.find((x) => x.rule === 'silent-failure')!;
    expect(h.status).toBe('open');
    expect(h.owner).toBe('Dr Jane Okafor');
  });

  it('decisionRequiredFrom comes from config', () => {
    const f = fixture([risky()], baseConfig({ clinicalSafety: { decisionRequiredFrom: 2 } }));
    expect(analyse(f).diagnostics.filter((d) => d.code === 'hazard-undecided')).toHaveLength(2);
  });

  it('an accepted decision with rationale, signed, with existing evidence passes', () => {
    const f = fixture([risky([accepted])]);
    const { diagnostics, analysis } = analyse(f, { files: ['docs/runbooks/pas-adt.md'] });
    expect(diagnostics).toEqual([]);
    const h = analysis.hazards!.hazards.find((x) => x.rule === 'silent-failure')!;
    expect(h.residual).toEqual({ likelihood: 'medium', severity: 'major', rating: 3 });
    expect(h.decision).toBe('accepted');
    expect(h.lastReviewed).toBe('2026-04-01');
    // Raised no later than the decision taken on it (the build date here is 2026-05-01).
    expect(h.raised).toBe('2026-04-01');
    expect(h.controls[0]!.evidence).toBe('docs/runbooks/pas-adt.md');
  });

  it('residual at or above the threshold without acceptance points at the residual line', () => {
    const d = {
      ...accepted,
      decision: 'mitigate' as const,
      residual: { likelihood: 'high' as const, severity: 'major' as const },
    };
    const f = fixture([risky([d])]);
    const { diagnostics } = analyse(f, { files: ['docs/runbooks/pas-adt.md'] });
    expect(codes(diagnostics)).toEqual(['hazard-residual-not-accepted']);
    const text = f.texts.get('specs/pas-adt.yaml')!;
    expect(diagnostics[0]!.location?.line).toBe(lineOf(text, 'residual:'));
    expect(diagnostics[0]!.message).toContain('residual rating 4');
  });

  it('accepted without a rationale is not accepted; no residual means the initial rating stands', () => {
    const d = { ...accepted, rationale: '  ', residual: undefined };
    delete d.residual;
    const { diagnostics } = analyse(fixture([risky([d])]), { files: ['docs/runbooks/pas-adt.md'] });
    // The initial 4 stands: not acceptable by default, and no rationale either.
    expect(codes(diagnostics)).toEqual(['hazard-rating4-not-allowed', 'hazard-residual-not-accepted']);
    for (const d of diagnostics) expect(d.message).toContain('initial rating stands');
  });

  it('acceptanceThreshold comes from config', () => {
    const f = fixture([risky([accepted])], baseConfig({ clinicalSafety: { acceptanceThreshold: 3 } }));
    const d = { ...accepted, decision: 'mitigate' as const };
    const f2 = fixture([risky([d])], baseConfig({ clinicalSafety: { acceptanceThreshold: 3 } }));
    expect(analyse(f, { files: ['docs/runbooks/pas-adt.md'] }).diagnostics).toEqual([]);
    expect(codes(analyse(f2, { files: ['docs/runbooks/pas-adt.md'] }).diagnostics)).toEqual([
      'hazard-residual-not-accepted',
    ]);
  });

  it('a relative evidence path that does not exist is an error at the evidence value; URLs are not checked', () => {
    const d = {
      ...accepted,
      controls: [
        { kind: 'test' as const, text: 'Alert tested', evidence: 'docs/tests/missing.md' },
        { kind: 'design' as const, text: 'Dashboard', evidence: 'https://monitor.example.nhs.uk/d/1' },
        { kind: 'design' as const, text: 'Escapes the repo', evidence: '../outside.md' },
      ],
    };
    const f = fixture([risky([d])]);
    const { diagnostics } = analyse(f, { files: ['../outside.md'] });
    const missing = diagnostics.filter((x) => x.code === 'hazard-evidence-missing');
    expect(missing.map((x) => x.message.match(/"([^"]+)"/)![1])).toEqual([
      'docs/tests/missing.md',
      '../outside.md',
    ]);
    expect(missing[0]!.location?.line).toBe(
      lineOf(f.texts.get('specs/pas-adt.yaml')!, 'docs/tests/missing.md'),
    );
  });

  it('residual rating is computed from the matrix, never typed', () => {
    const d = {
      ...accepted,
      residual: { likelihood: 'very-low' as const, severity: 'catastrophic' as const },
    };
    const h = analyse(fixture([risky([d])]), { files: ['docs/runbooks/pas-adt.md'] }).analysis.hazards!
      .hazards[0]!;
    expect(h.residual!.rating).toBe(3);
  });

  it('unknown rule ids, duplicates and malformed entries are reported', () => {
    const f = fixture([risky([accepted, { derived: 'silent-failur' }, { ...accepted }, { status: 'open' }])]);
    const { diagnostics } = analyse(f, { files: ['docs/runbooks/pas-adt.md'] });
    const unknown = diagnostics.find((x) => x.code === 'hazard-unknown-rule')!;
    expect(unknown.message).toContain('Did you mean "silent-failure"');
    expect(diagnostics.map((x) => x.code)).toContain('hazard-decision-duplicate');
    expect(diagnostics.map((x) => x.code)).toContain('hazard-entry-invalid');
  });

  it('a decision for a hazard the spec does not derive is an orphan warning', () => {
    const f = fixture([
      patch(controlledSpec(), { hazards: [{ derived: 'merge-not-applied', decision: 'accepted' }] }),
    ]);
    const { diagnostics, analysis } = analyse(f);
    expect(codes(diagnostics)).toEqual(['hazard-decision-orphan']);
    expect(analysis.hazards!.hazards).toEqual([]);
  });

  it('closed needs a reason, transferred needs a recipient, decisions need a signature', () => {
    const f = fixture([
      risky([
        { derived: 'silent-failure', status: 'closed', decidedBy: 'CSO', decidedOn: '2026-01-01' },
        { derived: 'time-zone-ambiguity', decision: 'transferred' },
      ]),
    ]);
    const { diagnostics, analysis } = analyse(f);
    // Closing a hazard the rule still derives carries its initial 4 into use.
    expect(codes(diagnostics)).toEqual([
      'hazard-closure-missing',
      'hazard-decision-unsigned',
      'hazard-rating4-not-allowed',
      'hazard-transfer-incomplete',
    ]);
    expect(analysis.hazards!.hazards.map((h) => h.status)).toEqual(['closed', 'transferred']);
  });

  it('local hazards are rated by the matrix, numbered by their id, and gated like derived ones', () => {
    const local: WrittenHazardDecision = {
      local: {
        id: 'ward-printer',
        title: 'Wristband printer prints previous patient',
        harm: 'Wrong-patient care',
        initial: { likelihood: 'low', severity: 'major' },
      },
    };
    const { diagnostics, analysis } = analyse(fixture([patch(controlledSpec(), { hazards: [local] })]));
    const h = analysis.hazards!.hazards[0]!;
    expect(h).toMatchObject({
      id: 'controlled-feed/local/ward-printer',
      number: 'controlled-feed/L-ward-printer',
      origin: 'local',
    });
    expect(h.initial.rating).toBe(3);
    expect(codes(diagnostics)).toEqual(['hazard-undecided']);
  });

  it('a local matrix changes every rating and is named in the log', () => {
    const ratings = {
      'very-high': [5, 5, 5, 5, 5],
      high: [5, 5, 5, 5, 5],
      medium: [4, 4, 4, 4, 4],
      low: [4, 4, 4, 4, 4],
      'very-low': [1, 1, 1, 1, 1],
    } as const;
    const config = baseConfig({
      clinicalSafety: { matrix: { name: 'Trust CRMP matrix v3', ratings: ratings as never } },
    });
    const log = analyse(fixture([risky()], config)).analysis.hazards!;
    expect(log.matrix.name).toBe('Trust CRMP matrix v3');
    expect(log.hazards.find((h) => h.rule === 'time-zone-ambiguity')!.initial.rating).toBe(4);
    expect(serialiseLog(log)).toContain('"name": "Trust CRMP matrix v3"');
  });

  it('a decision may name the hazard by its number as the log shows it', () => {
    for (const derived of ['H05', 'h05', 'pas-adt/H05', 'pas-adt/silent-failure']) {
      const f = fixture([risky([{ ...accepted, derived }])]);
      const { diagnostics, analysis } = analyse(f, { files: ['docs/runbooks/pas-adt.md'] });
      expect(diagnostics, derived).toEqual([]);
      const h = analysis.hazards!.hazards.find((x) => x.rule === 'silent-failure')!;
      expect(h.decision, derived).toBe('accepted');
    }
  });

  it('a number of another integration, or of no rule, is an error at the derived value', () => {
    const f = fixture([risky([{ ...accepted, derived: 'lims-results-to-epr/H05' }, { derived: 'H99' }])]);
    const { diagnostics } = analyse(f, { files: ['docs/runbooks/pas-adt.md'] });
    const elsewhere = diagnostics.find((d) => d.code === 'hazard-decision-elsewhere')!;
    expect(elsewhere.message).toContain('derived: H05');
    expect(elsewhere.location?.line).toBe(
      lineOf(f.texts.get('specs/pas-adt.yaml')!, 'lims-results-to-epr/H05'),
    );
    expect(diagnostics.map((d) => d.code)).toContain('hazard-unknown-rule');
  });
});
