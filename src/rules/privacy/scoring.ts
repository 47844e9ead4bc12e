/**
 * ICO DPIA scales (template step 5) and govspec's default overall scoring. The ICO publishes
 * the three likelihood and three severity levels but not the cells of its likelihood x severity
 * matrix, so the overall rating below is govspec's own default and is labelled as such wherever
 * it is shown.
 */
export type IcoLikelihood = 'remote' | 'possible' | 'probable';
export type IcoSeverity = 'minimal' | 'significant' | 'severe';
export type IcoOverall = 'low' | 'medium' | 'high';

export const likelihoods: readonly IcoLikelihood[] = ['remote', 'possible', 'probable'];
export const severities: readonly IcoSeverity[] = ['minimal', 'significant', 'severe'];

/** Rows: likelihood; columns: severity (minimal, significant, severe). */
const defaultMatrix: Record<IcoLikelihood, [IcoOverall, IcoOverall, IcoOverall]> = {
  remote: ['low', 'low', 'medium'],
  possible: ['low', 'medium', 'high'],
  probable: ['medium', 'high', 'high'],
};

export const scoringLabel = 'govspec default scoring, not ICO';

export function overallRisk(likelihood: IcoLikelihood, severity: IcoSeverity): IcoOverall {
  return defaultMatrix[likelihood][severities.indexOf(severity)]!;
}

/** The matrix as rows for display: [likelihood, overall for each severity]. */
export function scoringRows(): Array<[IcoLikelihood, IcoOverall[]]> {
  return likelihoods.map((l) => [l, [...defaultMatrix[l]]]);
}
