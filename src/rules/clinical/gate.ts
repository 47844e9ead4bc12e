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
export function checkGate(analyzeCtx: AnalyzeContext, hazards: readonly Hazard[]): void {
  const { acceptanceThreshold, decisionRequiredFrom } = analyzeCtx.estate.config.clinicalSafety;
  const byId = new Map(analyzeCtx.estate.integrations.map((i) => [i.id, i]));
  for (const h of hazards) {
    const soft = gateIsSoft(byId.get(h.integration));
    const ctx: AnalyzeContext = soft
      ? {
          ...analyzeCtx,
          report: (d) => analyzeCtx.report(d.severity === 'error' ? { ...d, severity: 'warning' } : d),
        }
      : analyzeCtx;
    const at = (suffix = ''): SourceLocation =>
      h.decisionPointer
        ? ctx.sources.specKey(h.integration, `${h.decisionPointer}${suffix}`)
        : whereToAdd(ctx, h.integration, h);

    if (!isDecided(h)) {
      if (needsDecision(h, decisionRequiredFrom)) {
        ctx.report(
          clinicalCodes['hazard-undecided'].at(
            at(),
            h.number,
            h.title,
            h.initial.rating,
            decisionRequiredFrom,
            h.rule ? `Add under hazards: "- derived: ${h.rule}" with` : 'Give the local hazard entry',
          ),
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
    if (residualNotAccepted(h, acceptanceThreshold)) {
      ctx.report(
        clinicalCodes['hazard-residual-not-accepted'].at(
          at(h.residual ? '/residual' : ''),
          h.number,
          h.residual?.rating ?? h.initial.rating,
          acceptanceThreshold,
          h.residual === undefined,
        ),
      );
    }
    if (h.residual && h.residual.rating > h.initial.rating) {
      ctx.report(
        clinicalCodes['hazard-residual-above-initial'].at(
          at('/residual'),
          h.number,
          h.residual.rating,
          h.initial.rating,
        ),
      );
    }
    const missing = [h.decidedBy ? '' : 'decidedBy', h.decidedOn ? '' : 'decidedOn'].filter(Boolean);
    if (missing.length > 0)
      ctx.report(clinicalCodes['hazard-decision-unsigned'].at(at(), h.number, missing.join(' or ')));
  }
}

/**
 * While an integration is only proposed, retired, or an unreviewed draft (for example fresh from
 * `govspec import`), the gate warns: decisions are due before it is built, and adopting govspec on
 * a running estate must not turn every existing channel into a failing build.
 */
export function gateIsSoft(i: { status: string; draft?: boolean } | undefined): boolean {
  return !!i && (i.status === 'proposed' || i.status === 'retired' || i.draft === true);
}

/** Undecided and rated at or above the level where the CRMP requires a decision. */
export function needsDecision(h: Hazard, decisionRequiredFrom: number): boolean {
  return !isDecided(h) && h.initial.rating >= decisionRequiredFrom;
}

/** Decided, still open, and the rating that stands is at or above the threshold without acceptance. */
export function residualNotAccepted(h: Hazard, acceptanceThreshold: number): boolean {
  if (!isDecided(h) || h.status !== 'open') return false;
  const rating = h.residual?.rating ?? h.initial.rating;
  return rating >= acceptanceThreshold && !(h.decision === 'accepted' && Boolean(h.rationale?.trim()));
}
