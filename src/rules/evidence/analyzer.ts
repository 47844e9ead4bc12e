import { auditListFor, findEdition, findOutcome } from '../../catalogue/dspt.js';
import type { DsptEdition, DsptOutcome } from '../../catalogue/dspt-types.js';
import { defineAnalyzer } from '../analysis.js';
import type { OutcomeAssessment } from './outcome.js';
import { outcomeUnits } from './outcomes/index.js';

/** Why an outcome is selected for independent audit, if it is. */
export type AuditSelection = 'mandatory' | 'chosen';

export interface OutcomeResult {
  outcome: DsptOutcome;
  /** Id of the unit that assessed it; absent when govspec has no mapping for the outcome. */
  unit?: string;
  audit?: AuditSelection;
  assessment: OutcomeAssessment;
}

/** The estate's evidence against one DSPT edition, outcome by outcome in the edition's order. */
export interface EvidenceMap {
  edition: DsptEdition;
  outcomes: OutcomeResult[];
}

declare module '../analysis.js' {
  interface Analysis {
    evidence: EvidenceMap;
  }
}

export const evidenceAnalyzer = defineAnalyzer({
  id: 'dspt-evidence',
  // The evidence map feeds the DSPT pack and index; gaps are shown there, never reported.
  artefactsOnly: true,
  run(ctx) {
    // The config loader rejects unknown editions and outcome ids (config-check.ts).
    const edition = findEdition(ctx.estate.config.dspt.edition);
    if (!edition) return;
    const chosen = new Set(ctx.estate.config.dspt.auditChoice);
    const mandatory = auditListFor(edition, ctx.estate.config.dspt.auditScope).outcomes;
    // Every mapped outcome, and any other outcome of the edition selected for audit, by outcome id.
    const listed = edition.auditable
      .filter((o) => findOutcome(edition, o.id) || chosen.has(o.id) || mandatory.includes(o.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const outcomes = listed.map((outcome): OutcomeResult => {
      const unit = outcomeUnits.find((u) => u.outcome === outcome.id);
      const audit: AuditSelection | undefined = mandatory.includes(outcome.id)
        ? 'mandatory'
        : chosen.has(outcome.id)
          ? 'chosen'
          : undefined;
      const assessment: OutcomeAssessment = unit
        ? unit.assess({ estate: ctx.estate, analysis: ctx.analysis })
        : {
            status: 'none',
            basis: outcome.scope,
            cites: [],
            gaps: [],
            considered: 0,
            reason: 'integration specs hold nothing for this outcome; evidence must come from elsewhere',
          };
      return { outcome, assessment, ...(unit ? { unit: unit.id } : {}), ...(audit ? { audit } : {}) };
    });
    ctx.analysis.evidence = { edition, outcomes };
  },
});
