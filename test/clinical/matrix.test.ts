import { describe, expect, it } from 'vitest';
import { consequenceLevels, likelihoodLevels, ratingMeanings } from '../../src/catalogue/dcb-levels.js';
import { matrixFor, nonMonotonicCells, publishedMatrix, rate } from '../../src/catalogue/dcb-matrix.js';
import type { Consequence, Likelihood } from '../../src/model/written.js';
import { normaliseConfig } from '../../src/model/normalise.js';
import { baseConfig } from './helpers.js';

// The published DCB 0129/0160 Implementation Guidance table (domain reference 1.5), typed out
// independently of the catalogue: rows likelihood, columns Minor..Catastrophic.
const published: Array<[Likelihood, number[]]> = [
  ['very-high', [3, 4, 4, 5, 5]],
  ['high', [2, 3, 3, 4, 5]],
  ['medium', [2, 2, 3, 3, 4]],
  ['low', [1, 2, 2, 3, 4]],
  ['very-low', [1, 1, 2, 2, 3]],
];
const consequences: Consequence[] = ['minor', 'significant', 'considerable', 'major', 'catastrophic'];

describe('DCB risk matrix', () => {
  const cells = published.flatMap(([l, row]) => consequences.map((c, i) => [l, c, row[i]!] as const));

  it('covers all 25 cells', () => expect(cells).toHaveLength(25));

  it.each(cells)('%s x %s = %i', (likelihood, consequence, expected) => {
    expect(rate(publishedMatrix, likelihood, consequence)).toBe(expected);
  });

  it('is a lookup, not likelihood x consequence', () => {
    // High x Major is 4 in the published table; a 1-5 product would give 16.
    expect(rate(publishedMatrix, 'high', 'major')).toBe(4);
    // Spot-checks against NHS England UK Core entries FHIR002/005/007/009.
    expect(rate(publishedMatrix, 'very-low', 'significant')).toBe(1);
    expect(rate(publishedMatrix, 'low', 'major')).toBe(3);
    expect(rate(publishedMatrix, 'very-low', 'major')).toBe(2);
    expect(rate(publishedMatrix, 'medium', 'considerable')).toBe(3);
  });

  it('has the published level names and definitions in order', () => {
    expect(likelihoodLevels.map((l) => l.label)).toEqual(['Very Low', 'Low', 'Medium', 'High', 'Very High']);
    expect(consequenceLevels.map((l) => l.label)).toEqual([
      'Minor',
      'Significant',
      'Considerable',
      'Major',
      'Catastrophic',
    ]);
    expect(likelihoodLevels[2]!.definition).toBe('Possible');
    expect(consequenceLevels[3]!.definition).toMatch(/^Death \(single\)/);
    expect(ratingMeanings[5]).toBe('Unacceptable level of risk');
    expect(ratingMeanings[1]).toBe('Acceptable, no further action required');
  });

  it('is monotonic, and a local matrix that is not is detected', () => {
    expect(nonMonotonicCells(publishedMatrix)).toEqual([]);
    const config = normaliseConfig(
      baseConfig({
        clinicalSafety: {
          matrix: {
            name: 'Local CRMP v2',
            ratings: {
              'very-high': [3, 4, 4, 5, 5],
              high: [2, 3, 3, 4, 5],
              medium: [2, 2, 3, 1, 4],
              low: [1, 2, 2, 3, 4],
              'very-low': [1, 1, 2, 2, 3],
            },
          },
        },
      }),
      'govspec.config.yaml',
    );
    const local = matrixFor(config);
    expect(local.published).toBe(false);
    expect(local.name).toBe('Local CRMP v2');
    expect(rate(local, 'medium', 'major')).toBe(1);
    expect(nonMonotonicCells(local)).toContainEqual({ likelihood: 'medium', consequence: 'major' });
  });

  it('uses the published matrix when config sets none', () => {
    expect(matrixFor(normaliseConfig(baseConfig(), 'govspec.config.yaml'))).toBe(publishedMatrix);
  });
});
