import type { Analyzer } from '../analysis.js';

export const recordsAnalyzers: Analyzer[] = [];
