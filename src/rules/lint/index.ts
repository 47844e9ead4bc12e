import type { LintRule } from './define.js';
import { batchForRealtime, unsafeCreate } from './design.js';
import {
  draft,
  noMonitoring,
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
  draft,
  noSla,
  noRunbook,
  noMonitoring,
  noReview,
  reviewOverdue,
  unownedNoEndOfLife,
  unsafeCreate,
  batchForRealtime,
];
