import { likelihoodLabel, consequenceLabel } from '../../catalogue/dcb-levels.js';
import type { RiskMatrix } from '../../catalogue/dcb-matrix.js';
import { matrixFor, nonMonotonicCells } from '../../catalogue/dcb-matrix.js';
import type { AnalyzeContext } from '../analysis.js';
import { defineAnalyzer } from '../analysis.js';
import type { DecisionEntry } from './assemble.js';
import { assemble } from './assemble.js';
import { clinicalCodes } from './codes.js';
import { checkContinuity } from './continuity.js';
import { checkEvidence } from './evidence.js';
import { acceptancePolicy } from './acceptance.js';
import { checkGate, reportLooser } from './gate.js';
import type { LoggedHazard } from './log-file.js';
import { hazardsJsonPath, parseLog } from './log-file.js';
import type { Hazard, HazardLog } from './types.js';

declare module '../analysis.js' {
  interface Analysis {
    hazards: HazardLog;
  }
}

/** Derives the estate's hazard log, applies CSO decisions, and runs the clinical-safety gate. */
export const clinicalSafetyAnalyzer = defineAnalyzer({
  id: 'clinical-safety',
  run(ctx) {
    const config = ctx.estate.config;
    const matrix = matrixFor(config);
    checkMatrix(ctx, matrix);
    const { policy, looser } = acceptancePolicy(config);
    reportLooser(ctx, looser);
    const previous = readPrevious(ctx);

    const hazards: Hazard[] = [];
    const decisions = new Map<string, DecisionEntry>();
    for (const integration of ctx.estate.integrations) {
      const found = assemble(integration, ctx, matrix, previous);
      hazards.push(...found.hazards);
      for (const [id, entry] of found.decisions) decisions.set(id, entry);
    }
    checkContinuity(ctx, hazards, decisions, previous);
    checkGate(ctx, hazards, policy);
    checkEvidence(ctx, hazards);

    ctx.analysis.hazards = { matrix, ...policy, hazards };
  },
});

function checkMatrix(ctx: AnalyzeContext, matrix: RiskMatrix): void {
  if (matrix.published) return;
  const cells = nonMonotonicCells(matrix);
  if (cells.length === 0) return;
  const text = cells
    .map((c) => `${likelihoodLabel(c.likelihood)} x ${consequenceLabel(c.consequence)}`)
    .join(', ');
  ctx.report(
    clinicalCodes['hazard-matrix-not-monotonic'].at(
      ctx.sources.config('/clinicalSafety/matrix/ratings'),
      text,
    ),
  );
}

function readPrevious(ctx: AnalyzeContext): Map<string, LoggedHazard> {
  const out = new Map<string, LoggedHazard>();
  const bytes = ctx.readPrevious(hazardsJsonPath);
  if (!bytes) return out;
  const parsed = parseLog(bytes);
  if (typeof parsed === 'string') {
    const path = `${ctx.estate.config.output}/${hazardsJsonPath}`;
    ctx.report(clinicalCodes['hazard-log-unreadable'].at({ file: path, line: 1, column: 1 }, path, parsed));
    return out;
  }
  for (const h of parsed) out.set(h.id, h);
  return out;
}
