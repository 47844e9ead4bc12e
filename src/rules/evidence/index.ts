import type { Analyzer } from '../analysis.js';

export const evidenceAnalyzers: Analyzer[] = [];
