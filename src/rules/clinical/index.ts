import type { Analyzer } from '../analysis.js';

export const clinicalAnalyzers: Analyzer[] = [];
