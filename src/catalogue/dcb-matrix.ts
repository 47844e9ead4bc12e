import type { Config } from '../model/estate.js';
import type { Consequence, Likelihood } from '../model/written.js';
import type { Rating } from './dcb-levels.js';
import { consequenceIndex, consequenceLevels } from './dcb-levels.js';

/**
 * A risk matrix is a LOOKUP table from (likelihood, consequence) to a rating 1-5. The published
 * DCB table is not likelihood x consequence, so ratings are never computed arithmetically.
 */
export interface RiskMatrix {
  name: string;
  /** Where the table comes from, shown in document control. */
  source: string;
  /** True for the published table; false for an organisation's own (from its CRMP, via config). */
  published: boolean;
  /** Rows are likelihood; each row lists ratings for minor, significant, considerable, major, catastrophic. */
  ratings: Readonly<Record<Likelihood, readonly [Rating, Rating, Rating, Rating, Rating]>>;
}

export const publishedMatrix: RiskMatrix = {
  name: 'DCB 0129 / DCB 0160 Implementation Guidance example risk matrix',
  source:
    'DCB0129/DCB0160 Implementation Guidance risk matrix as used in the NHS England UK Core Hazard Log (rows likelihood, columns consequence)',
  published: true,
  ratings: {
    'very-high': [3, 4, 4, 5, 5],
    high: [2, 3, 3, 4, 5],
    medium: [2, 2, 3, 3, 4],
    low: [1, 2, 2, 3, 4],
    'very-low': [1, 1, 2, 2, 3],
  },
};

/** The matrix in force: the organisation's CRMP matrix from config, or the published one. */
export function matrixFor(config: Config): RiskMatrix {
  const local = config.clinicalSafety.matrix;
  if (!local) return publishedMatrix;
  return {
    name: local.name,
    source: `Local matrix from the organisation's Clinical Risk Management Plan (${config.file}: clinicalSafety.matrix)`,
    published: false,
    ratings: local.ratings as RiskMatrix['ratings'],
  };
}

export function rate(matrix: RiskMatrix, likelihood: Likelihood, consequence: Consequence): Rating {
  const row = matrix.ratings[likelihood];
  const rating = row[consequenceIndex(consequence)];
  if (rating === undefined) throw new Error(`no rating for ${likelihood} x ${consequence}`);
  return rating;
}

/**
 * Cells where a local matrix rates a more likely or more severe combination lower than a less
 * likely or less severe one: almost always a typing mistake in the config.
 */
export function nonMonotonicCells(
  matrix: RiskMatrix,
): Array<{ likelihood: Likelihood; consequence: Consequence }> {
  const order: Likelihood[] = ['very-low', 'low', 'medium', 'high', 'very-high'];
  const out: Array<{ likelihood: Likelihood; consequence: Consequence }> = [];
  order.forEach((likelihood, li) => {
    consequenceLevels.forEach((c, ci) => {
      const here = matrix.ratings[likelihood][ci]!;
      const left = ci > 0 ? matrix.ratings[likelihood][ci - 1]! : 0;
      const below = li > 0 ? matrix.ratings[order[li - 1]!][ci]! : 0;
      if (here < left || here < below) out.push({ likelihood, consequence: c.key });
    });
  });
  return out;
}
