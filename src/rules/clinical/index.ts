import type { Analyzer } from '../analysis.js';
import { clinicalSafetyAnalyzer } from './analyzer.js';

export const clinicalAnalyzers: Analyzer[] = [clinicalSafetyAnalyzer];
