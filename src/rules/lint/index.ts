import type { LintRule } from './define.js';
import { batchForRealtime, unsafeCreate } from './design.js';
import {
  noMonitoring,
  draft,
  noOwner,
  noReview,
  noRunbook,
  noSla,
  reviewOverdue,
  unownedNoEndOfLife,
} from './readiness.js';

/** Every lint rule, run on every integration after validation. */
export const lintRules: readonly LintRule[] = [
  noOwner,
  noSla,
  noRunbook,
  noMonitoring,
  noReview,
  reviewOverdue,
  unownedNoEndOfLife,
  unsafeCreate,
  batchForRealtime,
];
