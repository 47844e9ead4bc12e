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
    const { previous, committed } = readLogs(ctx);

    const hazards: Hazard[] = [];
    const decisions = new Map<string, DecisionEntry>();
    for (const integration of ctx.estate.integrations) {
      const found = assemble(integration, ctx, matrix, previous);
      hazards.push(...found.hazards);
      for (const [id, entry] of found.decisions) decisions.set(id, entry);
    }
    checkContinuity(ctx, hazards, decisions, committed);
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

/**
 * The hazard log continuity binds to is the committed one (in git at HEAD): a log only built
 * locally, outside a repository or before anything was committed, binds nothing. Numbers and
 * raised dates also carry over from the last local build, so the log does not renumber between
 * commits.
 */
function readLogs(ctx: AnalyzeContext): {
  previous: Map<string, LoggedHazard>;
  committed: Map<string, LoggedHazard>;
} {
  const path = `${ctx.estate.config.output}/${hazardsJsonPath}`;
  const local = ctx.readPrevious(hazardsJsonPath);
  const atHead = ctx.readCommitted ? ctx.readCommitted(path) : local;
  const committed = parsed(ctx, path, atHead);
  const previous = new Map(committed);
  if (local && local !== atHead && !sameBytes(local, atHead))
    for (const [id, h] of parsed(ctx, path, local)) previous.set(id, h);
  return { previous, committed };
}

function parsed(ctx: AnalyzeContext, path: string, bytes: Uint8Array | undefined): Map<string, LoggedHazard> {
  const out = new Map<string, LoggedHazard>();
  if (!bytes) return out;
  const log = parseLog(bytes);
  if (typeof log === 'string') {
    ctx.report(clinicalCodes['hazard-log-unreadable'].at({ file: path, line: 1, column: 1 }, path, log));
    return out;
  }
  for (const h of log) out.set(h.id, h);
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && a.length === b.length && Buffer.compare(a, b) === 0;
}
