import type { Analyzer } from '../analysis.js';
import { retentionAnalyzer } from './analyzer.js';

export type { RetentionSchedule } from './analyzer.js';
export const recordsAnalyzers: Analyzer[] = [retentionAnalyzer];
