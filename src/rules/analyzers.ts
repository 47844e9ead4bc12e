import type { Analyzer } from './analysis.js';
import { clinicalAnalyzers } from './clinical/index.js';
import { evidenceAnalyzers } from './evidence/index.js';
import { privacyAnalyzers } from './privacy/index.js';
import { recordsAnalyzers } from './records/index.js';

/** Derivation stage, in order: DSPT evidence mapping runs last because it reads the others. */
export const analyzers: readonly Analyzer[] = [
  ...clinicalAnalyzers,
  ...privacyAnalyzers,
  ...recordsAnalyzers,
  ...evidenceAnalyzers,
];
