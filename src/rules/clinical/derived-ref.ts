import type { HazardRule } from './rule.js';
import { hazardRules } from './rules/index.js';

/** What a `derived:` entry names: a rule of this spec, a hazard of another spec, or nothing known. */
export type DerivedRef =
  | { kind: 'rule'; rule: HazardRule }
  | { kind: 'elsewhere'; integration: string; rule: HazardRule }
  | { kind: 'unknown' };

const numbered = /^h(\d{1,3})$/i;

/**
 * A CSO may name a derived hazard as the log shows it: the rule id (`merge-not-applied`), the
 * rule number (`H03`) or the hazard number (`pas-adt-to-epr/H03`, or `pas-adt-to-epr/merge-not-applied`).
 */
export function resolveDerived(integration: string, text: string): DerivedRef {
  const trimmed = text.trim();
  const slash = trimmed.lastIndexOf('/');
  const owner = slash >= 0 ? trimmed.slice(0, slash) : undefined;
  const rule = ruleFor(slash >= 0 ? trimmed.slice(slash + 1) : trimmed);
  if (!rule) return { kind: 'unknown' };
  if (owner !== undefined && owner !== integration) return { kind: 'elsewhere', integration: owner, rule };
  return { kind: 'rule', rule };
}

function ruleFor(name: string): HazardRule | undefined {
  const n = numbered.exec(name);
  if (n) return hazardRules.find((r) => r.number === Number(n[1]));
  return hazardRules.find((r) => r.id === name.toLowerCase());
}

/** The rule id a `derived:` entry names for this spec, when it names one of its own hazards. */
export function derivedRuleId(integration: string, text: string): string | undefined {
  const ref = resolveDerived(integration, text);
  return ref.kind === 'rule' ? ref.rule.id : undefined;
}

/** The rule a hazard number or rule id names, from any integration (`H09`, `lims-results-to-epr/H09`). */
export function ruleNamed(text: string): HazardRule | undefined {
  const trimmed = text.trim();
  return ruleFor(trimmed.slice(trimmed.lastIndexOf('/') + 1));
}
