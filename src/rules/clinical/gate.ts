import type { SourceLocation } from '../../core/diagnostics.js';
import type { AnalyzeContext } from '../analysis.js';
import { clinicalCodes } from './codes.js';
import { whereToAdd } from './continuity.js';
import { isDecided } from './log-file.js';
import type { Hazard } from './types.js';

/**
 * The clinical-safety gate from the Clinical Risk Management Plan: hazards rated at or above
 * `decisionRequiredFrom` need a CSO decision; residual ratings at or above `acceptanceThreshold`
 * need explicit acceptance with a rationale. Each diagnostic points at the spec line to edit.
 */
export function checkGate(ctx: AnalyzeContext, hazards: readonly Hazard[]): void {
  const { acceptanceThreshold, decisionRequiredFrom } = ctx.estate.config.clinicalSafety;
  for (const h of hazards) {
    const at = (suffix = ''): SourceLocation =>
      h.decisionPointer ? ctx.sources.specKey(h.integration, `${h.decisionPointer}${suffix}`) : whereToAdd(ctx, h.integration, h);

    if (!isDecided(h)) {
      if (h.initial.rating >= decisionRequiredFrom) {
        ctx.report(
          clinicalCodes['hazard-undecided'].at(at(), h.number, h.title, h.initial.rating, decisionRequiredFrom, h.rule ?? h.id),
        );
      }
      continue;
    }

    if (h.status === 'closed' && !h.closure?.trim() && !h.rationale?.trim()) {
      ctx.report(clinicalCodes['hazard-closure-missing'].at(at('/status'), h.number));
    }
    if (h.status === 'transferred' && !h.transferredTo?.trim()) {
      ctx.report(clinicalCodes['hazard-transfer-incomplete'].at(at(), h.number));
    }
    if (h.status === 'open') {
      const rating = h.residual?.rating ?? h.initial.rating;
      const accepted = h.decision === 'accepted' && Boolean(h.rationale?.trim());
      if (rating >= acceptanceThreshold && !accepted) {
        ctx.report(
          clinicalCodes['hazard-residual-not-accepted'].at(
            at(h.residual ? '/residual' : ''),
            h.number,
            rating,
            acceptanceThreshold,
            h.residual === undefined,
          ),
        );
      }
    }
    if (h.residual && h.residual.rating > h.initial.rating) {
      ctx.report(clinicalCodes['hazard-residual-above-initial'].at(at('/residual'), h.number, h.residual.rating, h.initial.rating));
    }
    const missing = [h.decidedBy ? '' : 'decidedBy', h.decidedOn ? '' : 'decidedOn'].filter(Boolean);
    if (missing.length > 0) ctx.report(clinicalCodes['hazard-decision-unsigned'].at(at(), h.number, missing.join(' or ')));
  }
}
