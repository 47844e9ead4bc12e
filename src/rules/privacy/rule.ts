import type { Config, Integration } from '../../model/estate.js';
import type { privacyCodes } from './codes.js';
import type { IcoLikelihood, IcoSeverity } from './scoring.js';

/** Codes that belong to a risk rule (the others are about decisions and rendering). */
export type RuleCode = Exclude<
  keyof typeof privacyCodes,
  | 'privacy-decision-unmatched'
  | 'privacy-decision-no-subject'
  | 'privacy-residual-high'
  | 'privacy-diagrams-not-rendered'
  | 'privacy-diagram-failed'
  | 'privacy-dpia-without-diagram'
>;

/** What a rule found in one spec. At most one hit per rule and spec, so decisions match by rule id. */
export interface RiskHit {
  /** JSON pointer of the spec value that raises the risk (diagnostics point at its key). */
  pointer: string;
  /** Completes the diagnostic message: what is wrong in this spec. */
  detail: string;
  /** Source of risk and nature of the potential impact on individuals, for the DPIA risk table. */
  source: string;
  likelihood: IcoLikelihood;
  severity: IcoSeverity;
  suggested: string[];
}

export interface RuleContext {
  readonly config: Config;
  /** The date rules judge review dates against (YYYY-MM-DD). */
  readonly asOf: string;
}

export interface PrivacyRule {
  /** Stable id; also the diagnostic code and the `derived:` value of an IG decision. */
  id: RuleCode;
  check(integration: Integration, ctx: RuleContext): RiskHit | undefined;
}

export function definePrivacyRule(rule: PrivacyRule): PrivacyRule {
  return rule;
}

/** "a, b and c" for lists in messages. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "the notice..." as "The notice...": a problem phrase opening a sentence. */
export function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
}

/**
 * The hit of a rule whose finding is one problem phrase: the diagnostic completes with it, and
 * the DPIA's risk source is the phrase as a sentence followed by the impact on individuals.
 */
export function riskHit(h: {
  pointer: string;
  problem: string;
  impact: string;
  likelihood: IcoLikelihood;
  severity: IcoSeverity;
  suggested: string[];
}): RiskHit {
  return {
    pointer: h.pointer,
    detail: h.problem,
    source: `${sentence(h.problem)}. ${h.impact}`,
    likelihood: h.likelihood,
    severity: h.severity,
    suggested: h.suggested,
  };
}
