import type { Analyzer } from '../analysis.js';
import { privacyAnalyzer } from './analyzer.js';

export const privacyAnalyzers: Analyzer[] = [privacyAnalyzer];
