import type { Config } from '../../model/estate.js';
import { isDecided } from './log-file.js';
import type { AcceptancePolicy, Hazard } from './types.js';

export type { AcceptancePolicy } from './types.js';

/** The highest threshold the published meanings allow: a 3 already needs a recorded reason. */
export const publishedThreshold = 3;

/** A configured value that would be looser than the published meanings, and what applies instead. */
export interface LooserSetting {
  key: 'acceptanceThreshold' | 'decisionRequiredFrom';
  configured: number;
  applied: number;
}

export function acceptancePolicy(config: Config): { policy: AcceptancePolicy; looser: LooserSetting[] } {
  const cs = config.clinicalSafety;
  const looser: LooserSetting[] = [];
  const acceptanceThreshold = Math.min(cs.acceptanceThreshold, publishedThreshold);
  if (acceptanceThreshold < cs.acceptanceThreshold)
    looser.push({
      key: 'acceptanceThreshold',
      configured: cs.acceptanceThreshold,
      applied: acceptanceThreshold,
    });
  const decisionRequiredFrom = Math.min(cs.decisionRequiredFrom, acceptanceThreshold);
  if (decisionRequiredFrom < cs.decisionRequiredFrom)
    looser.push({
      key: 'decisionRequiredFrom',
      configured: cs.decisionRequiredFrom,
      applied: decisionRequiredFrom,
    });
  const r4 = cs.rating4Acceptance;
  const rating4: AcceptancePolicy['rating4'] = { allowed: r4?.allowed === true };
  if (r4?.allowed === true && r4.approver) rating4.approver = r4.approver;
  if (r4?.reference) rating4.reference = r4.reference;
  return { policy: { acceptanceThreshold, decisionRequiredFrom, rating4 }, looser };
}

/** What stops a hazard's standing risk from being carried into use. */
export type AcceptanceProblem =
  /** Rating 5: never acceptable, whatever the decision says. */
  | { kind: 'unacceptable'; accepting: boolean }
  /** Rating 4 accepted (or transferred, or closed) where the CRMP does not allow it. */
  | { kind: 'rating4-not-allowed' }
  /** Rating 4 accepted where the CRMP allows it, but nobody is recorded as approving it. */
  | { kind: 'rating4-unapproved'; approver?: string }
  /** Accepted at or above the threshold with no reason recorded. */
  | { kind: 'no-rationale'; rating: number }
  /** Decided (mitigate) but the standing rating is at or above the threshold and not accepted. */
  | { kind: 'not-accepted'; rating: number };

/** The rating that stands: the residual when assessed, else the initial. */
export function standingRating(h: Pick<Hazard, 'residual' | 'initial'>): number {
  return h.residual?.rating ?? h.initial.rating;
}

/**
 * A decision that carries the standing risk into use: accepted, transferred (the risk that stays
 * with this organisation), or closed while the rule still derives the hazard.
 */
export function isAccepting(h: Hazard): boolean {
  if (h.status === 'closed') return h.derivedNow;
  return h.decision === 'accepted' || h.status === 'transferred';
}

/** True when the hazard no longer applies and has left the gate (closed and no longer derived). */
export function outOfGate(h: Hazard): boolean {
  return h.status === 'closed' && !h.derivedNow;
}

/** Every reason the standing risk of a decided hazard cannot be carried into use. */
export function acceptanceProblems(h: Hazard, policy: AcceptancePolicy): AcceptanceProblem[] {
  if (!isDecided(h) || outOfGate(h)) return [];
  const rating = standingRating(h);
  const accepting = isAccepting(h);
  if (rating >= 5) return [{ kind: 'unacceptable', accepting }];
  if (rating < policy.acceptanceThreshold) return [];
  if (!accepting) return [{ kind: 'not-accepted', rating }];
  const out: AcceptanceProblem[] = [];
  if (rating === 4) {
    if (!policy.rating4.allowed) out.push({ kind: 'rating4-not-allowed' });
    else if (!h.approvedBy?.trim())
      out.push({
        kind: 'rating4-unapproved',
        ...(policy.rating4.approver ? { approver: policy.rating4.approver } : {}),
      });
  }
  // A closed hazard without a reason is reported once, as a closure without a reason.
  if (h.status !== 'closed' && !h.rationale?.trim()) out.push({ kind: 'no-rationale', rating });
  return out;
}

/** Undecided and rated at or above the level where the CRMP requires a decision. */
export function needsDecision(h: Hazard, decisionRequiredFrom: number): boolean {
  return !isDecided(h) && h.initial.rating >= decisionRequiredFrom;
}
