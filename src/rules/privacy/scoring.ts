import type { Likelihood, Overall, Severity } from '../../catalogue/privacy-guidance.js';
import { overallMatrix } from '../../catalogue/privacy-guidance.js';

/**
 * ICO DPIA scales (template step 5) and the overall rating. The combinations are reference data
 * (catalogue/privacy-guidance.ts), with the ICO guidance and NHS England's GP Connect DPIA they
 * agree with; documents explain them once, beside the table of combinations.
 */
export type IcoLikelihood = Likelihood;
export type IcoSeverity = Severity;
export type IcoOverall = Overall;

export const likelihoods: readonly IcoLikelihood[] = ['remote', 'possible', 'probable'];
export const severities: readonly IcoSeverity[] = ['minimal', 'significant', 'severe'];

export function overallRisk(likelihood: IcoLikelihood, severity: IcoSeverity): IcoOverall {
  return overallMatrix[likelihood][severities.indexOf(severity)]!;
}

/** The matrix as rows for display: [likelihood, overall for each severity]. */
export function scoringRows(): Array<[IcoLikelihood, IcoOverall[]]> {
  return likelihoods.map((l) => [l, [...overallMatrix[l]]]);
}
