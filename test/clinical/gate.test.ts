import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type {
  Likelihood,
  Consequence,
  WrittenConfig,
  WrittenHazardDecision,
} from '../../src/model/written.js';
import {
  analyse,
  baseConfig,
  controlledSpec,
  DELETE,
  emitClinical,
  fixture,
  lineOf,
  patch,
  text,
} from './helpers.js';

/**
 * The gate against the published meanings of the DCB ratings: 5 never accepted; 4 only where the
 * CRMP settings allow it, with a rationale and the approver; 3 only with a recorded reason that
 * further reduction is impractical; config stricter, never looser; transferred hazards gated on
 * the risk that stays.
 */

type Rating = { likelihood: Likelihood; severity: Consequence };
const r5: Rating = { likelihood: 'very-high', severity: 'major' };
const r4: Rating = { likelihood: 'high', severity: 'major' };
const r3: Rating = { likelihood: 'low', severity: 'major' };
const r2: Rating = { likelihood: 'very-low', severity: 'major' };

/** A local hazard rated `initial`, with a decision block built from `decision`. */
function local(initial: Rating, decision: Partial<WrittenHazardDecision> = {}): WrittenHazardDecision {
  return {
    local: {
      id: 'wrong-label',
      title: 'Wristband printed for the previous patient',
      harm: 'Wrong-patient care',
      initial,
    },
    decidedBy: 'Dr Jane Okafor',
    decidedOn: '2026-04-01',
    ...decision,
  };
}

function run(entry: WrittenHazardDecision, config: WrittenConfig = baseConfig(), status = 'live') {
  const spec = patch(controlledSpec('ward-feed'), { status, hazards: [entry] });
  const f = fixture([spec], config);
  return { f, ...analyse(f) };
}

const gate = (d: Diagnostic[]) =>
  d.filter((x) => x.code.startsWith('hazard-') && x.code !== 'hazard-residual-above-initial');
const codes = (d: Diagnostic[]) =>
  gate(d)
    .map((x) => `${x.code}:${x.severity}`)
    .sort();

const allow4 = baseConfig({
  clinicalSafety: {
    rating4Acceptance: { allowed: true, approver: 'Medical Director', reference: 'CRMP v3 section 6.4' },
  },
});

describe('residual 5 is never accepted', () => {
  it('an accepted 5 with a rationale is an error at the residual line', () => {
    const { f, diagnostics } = run(
      local(r5, { decision: 'accepted', residual: r5, rationale: 'We accept it.' }),
    );
    expect(codes(diagnostics)).toEqual(['hazard-residual-unacceptable:error']);
    expect(diagnostics[0]!.location?.line).toBe(lineOf(f.texts.get('specs/ward-feed.yaml')!, 'residual:'));
    expect(diagnostics[0]!.message).toContain('no decision can accept');
  });

  it('stays an error when the CRMP allows 4s, and with no residual the initial 5 stands', () => {
    const { diagnostics } = run(
      local(r5, { decision: 'accepted', rationale: 'We accept it.', approvedBy: 'Dr B (Medical Director)' }),
      allow4,
    );
    expect(codes(diagnostics)).toEqual(['hazard-residual-unacceptable:error']);
    expect(diagnostics[0]!.message).toContain('initial rating stands');
  });

  it('stays an error on a proposed integration, where the rest of the gate only warns', () => {
    const accepted = run(
      local(r5, { decision: 'accepted', residual: r5, rationale: 'x' }),
      baseConfig(),
      'proposed',
    );
    expect(codes(accepted.diagnostics)).toEqual(['hazard-residual-unacceptable:error']);
    const mitigate = run(local(r5, { decision: 'mitigate', residual: r5 }), baseConfig(), 'proposed');
    expect(codes(mitigate.diagnostics)).toEqual(['hazard-residual-unacceptable:warning']);
  });

  it('a transferred 5 is not accepted either', () => {
    const { diagnostics } = run(
      local(r5, { decision: 'transferred', transferredTo: 'Supplier Ltd', rationale: 'Theirs now.' }),
    );
    expect(codes(diagnostics)).toEqual(['hazard-residual-unacceptable:error']);
  });
});

describe('residual 4 only where the CRMP settings allow it', () => {
  const accepted4 = local(r4, {
    decision: 'accepted',
    residual: r4,
    rationale: 'Benefit outweighs the risk.',
  });

  it('is refused when the config does not allow it (the default)', () => {
    const { diagnostics } = run(accepted4);
    expect(codes(diagnostics)).toEqual(['hazard-rating4-not-allowed:error']);
    expect(diagnostics[0]!.message).toContain('rating4Acceptance');
  });

  it('is refused when the config says allowed: false', () => {
    const config = baseConfig({ clinicalSafety: { rating4Acceptance: { allowed: false } } });
    expect(codes(run(accepted4, config).diagnostics)).toEqual(['hazard-rating4-not-allowed:error']);
  });

  it('where allowed, needs the approver the CRMP names', () => {
    const { diagnostics } = run(accepted4, allow4);
    expect(codes(diagnostics)).toEqual(['hazard-rating4-unapproved:error']);
    expect(diagnostics[0]!.message).toContain('Medical Director');
  });

  it('where allowed, needs a rationale', () => {
    const d = { ...accepted4, approvedBy: 'Dr B Singh (Medical Director)' };
    delete d.rationale;
    expect(codes(run(d, allow4).diagnostics)).toEqual(['hazard-residual-not-accepted:error']);
  });

  it('passes where allowed, with a rationale and the approver, shown in the log', async () => {
    const d = { ...accepted4, approvedBy: 'Dr B Singh (Medical Director)' };
    const { diagnostics, analysis } = run(d, allow4);
    expect(gate(diagnostics)).toEqual([]);
    expect(analysis.hazards!.hazards[0]!.approvedBy).toBe('Dr B Singh (Medical Director)');
    const { files } = await emitClinical(
      fixture([patch(controlledSpec('ward-feed'), { hazards: [d] })], allow4),
      analysis,
    );
    expect(text(files.get('clinical-safety/hazard-log.md'))).toContain(
      'approved by Dr B Singh (Medical Director)',
    );
  });

  it('a decision to mitigate that leaves a 4 is not accepted', () => {
    const { diagnostics } = run(
      local(r4, { decision: 'mitigate', residual: r4, rationale: 'Working on it.' }),
      allow4,
    );
    expect(codes(diagnostics)).toEqual(['hazard-residual-not-accepted:error']);
    expect(diagnostics[0]!.message).toContain('mandatory elimination or control');
  });
});

describe('residual 3 needs a recorded reason that further reduction is impractical', () => {
  it('accepted with a rationale passes', () => {
    const d = local(r3, {
      decision: 'accepted',
      residual: r3,
      rationale: 'The supplier cannot trace at source; further reduction is impractical.',
    });
    expect(gate(run(d).diagnostics)).toEqual([]);
  });

  it('accepted without a rationale is an error saying what to record', () => {
    const { diagnostics } = run(local(r3, { decision: 'accepted', residual: r3, rationale: ' ' }));
    expect(codes(diagnostics)).toEqual(['hazard-residual-not-accepted:error']);
    expect(diagnostics[0]!.message).toContain('why further reduction is impractical');
  });

  it('mitigate leaving a 3 is not accepted, even with a rationale', () => {
    const { diagnostics } = run(
      local(r3, { decision: 'mitigate', residual: r3, rationale: 'Controls in place.' }),
    );
    expect(codes(diagnostics)).toEqual(['hazard-residual-not-accepted:error']);
  });

  it('a residual 2 needs no acceptance', () => {
    expect(gate(run(local(r3, { decision: 'mitigate', residual: r2 })).diagnostics)).toEqual([]);
  });
});

describe('config may be stricter than the published meanings, never looser', () => {
  it('an acceptance threshold of 4 is warned about at the config and 3 is applied', () => {
    const config = baseConfig({ clinicalSafety: { acceptanceThreshold: 4, decisionRequiredFrom: 5 } });
    const { diagnostics, analysis } = run(local(r3, { decision: 'mitigate', residual: r3 }), config);
    expect(codes(diagnostics)).toEqual([
      'hazard-residual-not-accepted:error',
      'hazard-threshold-looser:warning',
      'hazard-threshold-looser:warning',
    ]);
    const looser = diagnostics.filter((d) => d.code === 'hazard-threshold-looser');
    expect(looser.map((d) => d.location?.file)).toEqual(['govspec.config.yaml', 'govspec.config.yaml']);
    expect(analysis.hazards!.acceptanceThreshold).toBe(3);
    expect(analysis.hazards!.decisionRequiredFrom).toBe(3);
  });

  it('a looser decision level cannot let an undecided 3 through', () => {
    const config = baseConfig({ clinicalSafety: { decisionRequiredFrom: 4 } });
    const spec = patch(controlledSpec('ward-feed'), { owner: DELETE });
    const { diagnostics } = analyse(fixture([spec], config));
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['hazard-threshold-looser', 'hazard-undecided']);
  });

  it('a stricter threshold of 2 needs acceptance of a 2', () => {
    const config = baseConfig({ clinicalSafety: { acceptanceThreshold: 2 } });
    expect(codes(run(local(r3, { decision: 'mitigate', residual: r2 }), config).diagnostics)).toEqual([
      'hazard-residual-not-accepted:error',
    ]);
    const accepted = local(r3, { decision: 'accepted', residual: r2, rationale: 'Cost outweighs benefit.' });
    expect(gate(run(accepted, config).diagnostics)).toEqual([]);
  });
});

describe('transferred hazards stay in the log and the gate with the risk that stays here', () => {
  const transferred = (residual: Rating | undefined, rationale?: string) =>
    local(r4, {
      decision: 'transferred',
      transferredTo: 'Example EPR Ltd (manufacturer, DCB 0129)',
      ...(residual ? { residual } : {}),
      ...(rationale ? { rationale } : {}),
    });

  it('a retained 4 is refused where the CRMP does not allow it; with no residual the initial stands', () => {
    expect(codes(run(transferred(r4, 'Supplier fix due.')).diagnostics)).toEqual([
      'hazard-rating4-not-allowed:error',
    ]);
    const none = run(transferred(undefined, 'Supplier fix due.'));
    expect(codes(none.diagnostics)).toEqual(['hazard-rating4-not-allowed:error']);
    expect(none.diagnostics[0]!.message).toContain('initial rating stands');
  });

  it('a retained 3 needs the rationale; a retained 2 passes', () => {
    expect(codes(run(transferred(r3)).diagnostics)).toEqual(['hazard-residual-not-accepted:error']);
    expect(gate(run(transferred(r3, 'Local checks are all that is practical here.')).diagnostics)).toEqual(
      [],
    );
    const { diagnostics, analysis } = run(transferred(r2));
    expect(gate(diagnostics)).toEqual([]);
    const h = analysis.hazards!.hazards[0]!;
    expect(h.status).toBe('transferred');
    expect(h.residual!.rating).toBe(2);
  });

  it('a closed hazard that the rule still derives is held to the same rules', () => {
    const spec = patch(controlledSpec('ward-feed'), {
      owner: DELETE,
      monitoring: DELETE,
      hazards: [
        {
          derived: 'silent-failure',
          status: 'closed',
          closure: 'Done.',
          decidedBy: 'CSO',
          decidedOn: '2026-01-01',
        },
      ],
    });
    const { diagnostics } = analyse(fixture([spec]));
    expect(codes(diagnostics)).toEqual(['hazard-rating4-not-allowed:error']);
  });

  it('appear in the hazard log and the safety case with the retained rating', async () => {
    const f = fixture([patch(controlledSpec('ward-feed'), { hazards: [transferred(r2)] })]);
    const { analysis } = analyse(f);
    const { files } = await emitClinical(f, analysis);
    const log = text(files.get('clinical-safety/hazard-log.md'));
    expect(log).toContain('ward-feed/L-wrong-label');
    expect(log).toMatch(/1 transferred/);
    const report = text(files.get('clinical-safety/safety-case-report.md'));
    expect(report).toContain('ward-feed/L-wrong-label');
    expect(report).toContain('Example EPR Ltd (manufacturer, DCB 0129)');
  });
});
