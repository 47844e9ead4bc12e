import { dsptEditions, findEdition, findOutcome } from '../../catalogue/dspt.js';
import type { DsptEdition, DsptOutcome } from '../../catalogue/dspt-types.js';
import type { AnalyzeContext } from '../analysis.js';
import { defineAnalyzer } from '../analysis.js';
import { evidenceCodes } from './codes.js';
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
  run(ctx) {
    const edition = checkedEdition(ctx);
    if (!edition) return;
    const chosen = checkedChoice(ctx, edition);
    const outcomes = edition.outcomes.map((outcome): OutcomeResult => {
      const unit = outcomeUnits.find((u) => u.outcome === outcome.id);
      const audit: AuditSelection | undefined = edition.audit.outcomes.includes(outcome.id)
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

function checkedEdition(ctx: AnalyzeContext): DsptEdition | undefined {
  const id = ctx.estate.config.dspt.edition;
  const edition = findEdition(id);
  if (!edition) {
    const known = dsptEditions.map((e) => e.id).join(', ');
    ctx.report(evidenceCodes['evidence-edition-unknown'].at(ctx.sources.config('/dspt/edition'), id, known));
  }
  return edition;
}

function checkedChoice(ctx: AnalyzeContext, edition: DsptEdition): Set<string> {
  const chosen = new Set<string>();
  ctx.estate.config.dspt.auditChoice.forEach((id, i) => {
    if (findOutcome(edition, id)) chosen.add(id);
    else
      ctx.report(
        evidenceCodes['evidence-outcome-unknown'].at(
          ctx.sources.config(`/dspt/auditChoice/${i}`),
          id,
          edition.id,
        ),
      );
  });
  const count = ctx.estate.config.dspt.auditChoice.length;
  if (count !== edition.audit.choose && (count > 0 || edition.audit.choose > 0)) {
    const at = ctx.sources.config(count > 0 ? '/dspt/auditChoice' : '/dspt');
    ctx.report(evidenceCodes['evidence-audit-choice-count'].at(at, edition.id, edition.audit.choose, count));
  }
  return chosen;
}
