import type { Rating } from '../../catalogue/dcb-levels.js';
import type { RiskMatrix } from '../../catalogue/dcb-matrix.js';
import type { SourceLocation } from '../../core/diagnostics.js';
import type { Consequence, ControlKind, Likelihood } from '../../model/written.js';

export interface Assessment {
  likelihood: Likelihood;
  severity: Consequence;
  /** Looked up in the matrix in force; never typed by a person. */
  rating: Rating;
}

export interface Control {
  kind: ControlKind;
  text: string;
  /** Repository path or URL, as written in the spec. */
  evidence?: string;
  status?: 'in-place' | 'required-before-go-live' | 'planned';
}

export type HazardStatus = 'open' | 'transferred' | 'closed';
export type HazardDecisionKind = 'accepted' | 'mitigate' | 'transferred' | 'closed';

/** One entry of the hazard log: derived by a rule or written in a spec, with the CSO's decision. */
export interface Hazard {
  /** Stable id: `<integration>/<rule id>`, or `<integration>/local/<local id>`. */
  id: string;
  /** Short stable number shown to people: `<integration>/H01` (rule number) or `<integration>/L-<local id>`. */
  number: string;
  integration: string;
  integrationTitle: string;
  origin: 'derived' | 'local';
  /** Derivation rule id (absent for local hazards). */
  rule?: string;
  title: string;
  description: string;
  causes: string[];
  effect: string;
  hazard: string;
  harm: string;
  existingControls: string[];
  initial: Assessment & { reason: string };
  suggestedControls: Control[];
  /** Additional controls the CSO recorded in the spec. */
  controls: Control[];
  residual?: Assessment;
  status: HazardStatus;
  decision?: HazardDecisionKind;
  rationale?: string;
  closure?: string;
  decidedBy?: string;
  decidedOn?: string;
  /** Who approved accepting a residual rating of 4, as the CRMP requires. */
  approvedBy?: string;
  transferredTo?: string;
  /** False when the rule no longer derives it and it is kept, closed, for the record. */
  derivedNow: boolean;
  /** Hazard owner: the CSO unless the decision names someone. */
  owner: string;
  /** Date first entered in the log (from the committed log, else this build); undefined when unknown. */
  raised?: string;
  lastReviewed?: string;
  /** Provenance: where in the spec the hazard comes from. */
  source: SourceLocation & { pointer: string };
  /** Where the decision block is, when there is one. */
  decisionAt?: SourceLocation;
  /** JSON pointer of the decision block in the spec, when there is one. */
  decisionPointer?: string;
}

/**
 * When a residual risk may be carried into use, from the published meanings of the DCB ratings
 * (NHS England UK Core hazard log): 5 is unacceptable, 4 calls for mandatory elimination or
 * control, 3 is acceptable only when further risk reduction is impractical. An organisation's
 * Clinical Risk Management Plan may be stricter than these meanings, never looser.
 */
export interface AcceptancePolicy {
  /** Standing ratings at or above this need an explicit, reasoned acceptance (never above 3). */
  acceptanceThreshold: number;
  /** Undecided hazards rated at or above this need a CSO decision (never above the threshold). */
  decisionRequiredFrom: number;
  /** Whether the CRMP lets a residual 4 be accepted, and who must approve it. */
  rating4: { allowed: boolean; approver?: string; reference?: string };
}

/** The log with the acceptance rules in force (the CRMP settings, never looser than published). */
export interface HazardLog extends AcceptancePolicy {
  matrix: RiskMatrix;
  /** Sorted by integration id, then derived hazards by rule number, then local hazards by id. */
  hazards: Hazard[];
}
