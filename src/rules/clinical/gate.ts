import type { Diagnostic, SourceLocation } from '../../core/diagnostics.js';
import type { AnalyzeContext } from '../analysis.js';
import type { AcceptancePolicy, AcceptanceProblem, LooserSetting } from './acceptance.js';
import { acceptanceProblems, needsDecision } from './acceptance.js';
import { clinicalCodes } from './codes.js';
import { whereToAdd } from './continuity.js';
import { isDecided } from './log-file.js';
import type { Hazard } from './types.js';

export { acceptanceProblems, needsDecision } from './acceptance.js';

/**
 * The clinical-safety gate from the Clinical Risk Management Plan: hazards rated at or above
 * `decisionRequiredFrom` need a CSO decision, and every standing risk carried into use must be
 * acceptable under the published meanings of the ratings (see acceptance.ts). Transferred hazards
 * stay in the gate with the risk that stays here. Each diagnostic points at the spec line to edit.
 */
export function checkGate(
  analyzeCtx: AnalyzeContext,
  hazards: readonly Hazard[],
  policy: AcceptancePolicy,
): void {
  const byId = new Map(analyzeCtx.estate.integrations.map((i) => [i.id, i]));
  for (const h of hazards) {
    const soft = gateIsSoft(byId.get(h.integration));
    // A soft gate warns, except that accepting an unacceptable risk is an error everywhere.
    const report = (d: Diagnostic, hard = false): void =>
      analyzeCtx.report(soft && !hard && d.severity === 'error' ? { ...d, severity: 'warning' } : d);
    const at = (suffix = ''): SourceLocation =>
      h.decisionPointer
        ? analyzeCtx.sources.specKey(h.integration, `${h.decisionPointer}${suffix}`)
        : whereToAdd(analyzeCtx, h.integration, h);

    if (!isDecided(h)) {
      if (needsDecision(h, policy.decisionRequiredFrom)) {
        report(
          clinicalCodes['hazard-undecided'].at(
            at(),
            h.number,
            h.title,
            h.initial.rating,
            policy.decisionRequiredFrom,
            h.rule ? `Add under hazards: "- derived: ${h.rule}" with` : 'Give the local hazard entry',
          ),
        );
      }
      continue;
    }

    if (h.status === 'closed' && !h.closure?.trim() && !h.rationale?.trim()) {
      report(clinicalCodes['hazard-closure-missing'].at(at('/status'), h.number));
    }
    if (h.status === 'transferred' && !h.transferredTo?.trim()) {
      report(clinicalCodes['hazard-transfer-incomplete'].at(at(), h.number));
    }
    for (const problem of acceptanceProblems(h, policy)) {
      const pointer = problem.kind === 'rating4-unapproved' ? '' : h.residual ? '/residual' : '';
      const diag = problemDiagnostic(problem, h, at(pointer), policy);
      report(diag, problem.kind === 'unacceptable' && problem.accepting);
    }
    if (h.residual && h.residual.rating > h.initial.rating) {
      report(
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
      report(clinicalCodes['hazard-decision-unsigned'].at(at(), h.number, missing.join(' or ')));
  }
}

function problemDiagnostic(
  problem: AcceptanceProblem,
  h: Hazard,
  where: SourceLocation,
  policy: AcceptancePolicy,
): Diagnostic {
  const assumed = h.residual === undefined;
  switch (problem.kind) {
    case 'unacceptable':
      return clinicalCodes['hazard-residual-unacceptable'].at(where, h.number, assumed, problem.accepting);
    case 'rating4-not-allowed':
      return clinicalCodes['hazard-rating4-not-allowed'].at(where, h.number, assumed);
    case 'rating4-unapproved':
      return clinicalCodes['hazard-rating4-unapproved'].at(
        where,
        h.number,
        problem.approver ?? 'the approver it names',
      );
    case 'no-rationale':
    case 'not-accepted':
      return clinicalCodes['hazard-residual-not-accepted'].at(
        where,
        h.number,
        problem.rating,
        assumed,
        whatAcceptanceNeeds(problem.rating, problem.kind === 'not-accepted', policy),
      );
  }
}

/** What accepting a standing rating needs, in the published meaning of that rating. */
export function whatAcceptanceNeeds(rating: number, undecided: boolean, policy: AcceptancePolicy): string {
  const first = undecided ? 'it is not accepted. ' : 'it is accepted without a rationale. ';
  if (rating === 4)
    return `${first}A 4 calls for mandatory elimination or control: add controls and record the reduced residual likelihood and severity${policy.rating4.allowed ? `, or record decision: accepted with a rationale and approvedBy (${policy.rating4.approver ?? 'the approver the CRMP names'})` : ''}.`;
  if (rating === 3)
    return `${first}A 3 is acceptable only when further risk reduction is impractical: add controls and record the reduced residual, or record decision: accepted with a rationale saying why further reduction is impractical.`;
  return `${first}The Clinical Risk Management Plan requires a recorded acceptance from rating ${policy.acceptanceThreshold}: reduce the risk, or record decision: accepted with a rationale.`;
}

/** Config values looser than the published meanings are warned about at the config line. */
export function reportLooser(ctx: AnalyzeContext, looser: readonly LooserSetting[]): void {
  for (const l of looser) {
    ctx.report(
      clinicalCodes['hazard-threshold-looser'].at(
        ctx.sources.config(`/clinicalSafety/${l.key}`),
        l.key,
        l.configured,
        l.applied,
      ),
    );
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
