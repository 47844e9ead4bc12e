import type { Analyzer } from '../analysis.js';
import { evidenceAnalyzer } from './analyzer.js';

export type { EvidenceMap, OutcomeResult } from './analyzer.js';
export const evidenceAnalyzers: Analyzer[] = [evidenceAnalyzer];
