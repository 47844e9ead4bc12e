import type { Consequence, Likelihood } from '../model/written.js';

/**
 * The DCB 0129 / DCB 0160 risk scales as published in the Implementation Guidance example and
 * used by NHS England's UK Core Hazard Log. Definitions are reproduced so that every artefact
 * can show the CSO exactly what a level means.
 */
export interface Level<K extends string> {
  key: K;
  label: string;
  definition: string;
}

/** Lowest to highest. */
export const likelihoodLevels: readonly Level<Likelihood>[] = [
  {
    key: 'very-low',
    label: 'Very Low',
    definition: 'Negligible or nearly negligible possibility of occurring',
  },
  { key: 'low', label: 'Low', definition: 'Could occur but in the great majority of occasions will not' },
  { key: 'medium', label: 'Medium', definition: 'Possible' },
  {
    key: 'high',
    label: 'High',
    definition: 'Not certain but very possible; reasonably expected to occur in the majority of cases',
  },
  { key: 'very-high', label: 'Very High', definition: 'Certain or almost certain; highly likely to occur' },
];

/** Lowest to highest. "Patients affected" (single / multiple) is part of each definition. */
export const consequenceLevels: readonly Level<Consequence>[] = [
  {
    key: 'minor',
    label: 'Minor',
    definition:
      'Minor injury from which recovery is expected in the short term; minor psychological upset; inconvenience; any negligible consequence (single patient)',
  },
  {
    key: 'significant',
    label: 'Significant',
    definition:
      'Minor injury/injuries from which recovery is not expected in the short term (single); significant psychological trauma (single); minor injury with short-term recovery (multiple); minor psychological upset or inconvenience (multiple)',
  },
  {
    key: 'considerable',
    label: 'Considerable',
    definition:
      'Severe injury or incapacity with short-term recovery expected (single); severe psychological trauma (single); minor injuries without short-term recovery (multiple); significant psychological trauma (multiple)',
  },
  {
    key: 'major',
    label: 'Major',
    definition:
      'Death (single); permanent life-changing incapacity, or a condition with a prognosis of death or permanent life-changing incapacity, or severe injury/incapacity without short-term recovery (single); severe injury/incapacity with short-term recovery (multiple); severe psychological trauma (multiple)',
  },
  {
    key: 'catastrophic',
    label: 'Catastrophic',
    definition:
      'Death (multiple); permanent life-changing incapacity, or a condition with a prognosis of death or permanent life-changing incapacity, or severe injury/incapacity without short-term recovery (multiple)',
  },
];

export type Rating = 1 | 2 | 3 | 4 | 5;

/** Meaning of each rating, in NHS England UK Core Hazard Log wording. */
export const ratingMeanings: Readonly<Record<Rating, string>> = {
  5: 'Unacceptable level of risk',
  4: 'Mandatory elimination or control to reduce risk to an acceptable level',
  3: 'Undesirable level of risk. Attempts should be made to eliminate or control it to reach an acceptable level. Acceptable only when further risk reduction is impractical',
  2: 'Acceptable where the cost of further reduction outweighs the benefits gained',
  1: 'Acceptable, no further action required',
};

export function likelihoodLabel(key: Likelihood): string {
  return likelihoodLevels.find((l) => l.key === key)?.label ?? key;
}

export function consequenceLabel(key: Consequence): string {
  return consequenceLevels.find((l) => l.key === key)?.label ?? key;
}

export function likelihoodIndex(key: Likelihood): number {
  return likelihoodLevels.findIndex((l) => l.key === key);
}

export function consequenceIndex(key: Consequence): number {
  return consequenceLevels.findIndex((l) => l.key === key);
}
