import { consequenceLabel, likelihoodLabel } from '../../catalogue/dcb-levels.js';
import { textPool } from '../../core/shared-text.js';
import type { Consequence, Likelihood } from '../../model/written.js';
import type { Cause, Derivation } from './rule.js';

const sharedReason = textPool(1024);

/**
 * One rating basis for every rule, as DCB 0129 / DCB 0160 guidance intends: the worst credible
 * harm is rated, the likelihood is that of the harm reaching a patient (not only of the technical
 * fault), and the consequence takes account of whether one patient or many can be affected.
 */
export interface RatingBasis {
  likelihood: Likelihood;
  /** Why the harm (not only the fault) is this likely, in words. */
  because: string;
  severity: Consequence;
  /** Why the worst credible harm is this severe, in words. */
  harm: string;
  /** One fault reaches one patient, or it is systematic and can reach many before it is noticed. */
  patients: 'one' | 'many';
}

export const basisSentence = 'Rated on the worst credible harm.';

export function rate(b: RatingBasis): Derivation['initial'] {
  const who =
    b.patients === 'many'
      ? 'the fault is systematic and can reach many patients before it is noticed, so the multiple-patient definitions of the consequence levels apply'
      : 'each occurrence affects one patient';
  return {
    likelihood: b.likelihood,
    severity: b.severity,
    // A rule rates most specs alike: the reason is held once, not once per hazard.
    reason: sharedReason(
      `${basisSentence} Likelihood ${likelihoodLabel(b.likelihood)} (of the harm, not only of the fault): ${b.because}. Consequence ${consequenceLabel(b.severity)}: ${b.harm}; ${who}.`,
    ),
  };
}

/** The derivation when the spec has causes, rated on the one basis; undefined when it has none. */
export function derived(
  causes: Cause[],
  existingControls: string[],
  basis: RatingBasis,
): Derivation | undefined {
  return causes.length === 0 ? undefined : { causes, existingControls, initial: rate(basis) };
}
