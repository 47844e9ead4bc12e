import type { Analyzer } from '../analysis.js';

export const privacyAnalyzers: Analyzer[] = [];
