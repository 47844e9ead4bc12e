import type { Integration } from '../../model/estate.js';
import type { Consequence, ControlKind, Likelihood } from '../../model/written.js';

/** A fact in the spec that causes the hazard, with the JSON pointer it was read from. */
export interface Cause {
  text: string;
  pointer: string;
}

/** What a rule finds in one spec. The rule id, matrix and decisions are added by the analyzer. */
export interface Derivation {
  causes: Cause[];
  /** Controls the spec already shows, in words (they lower the default likelihood, never remove the hazard). */
  existingControls: string[];
  initial: { likelihood: Likelihood; severity: Consequence; reason: string };
}

export interface HazardRule {
  /** Stable id, kebab-case; written in specs as `derived: <id>`. Never renamed. */
  id: string;
  /** Stable number shown as H01, H02...; never reused. */
  number: number;
  title: string;
  description: string;
  effect: string;
  /** The potential for harm. */
  hazard: string;
  /** The harm that is scored. */
  harm: string;
  suggestedControls: ReadonlyArray<{ kind: ControlKind; text: string }>;
  /** Undefined when the spec has no triggering fact or shows the control. */
  derive(integration: Integration): Derivation | undefined;
}

export function defineHazardRule(rule: HazardRule): HazardRule {
  return rule;
}

export function ruleNumber(n: number): string {
  return `H${String(n).padStart(2, '0')}`;
}
