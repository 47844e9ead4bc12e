import type { LintRule } from './define.js';
import { batchForRealtime, unsafeCreate } from './design.js';
import {
  draft,
  noLatency,
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
  noLatency,
  noReview,
  reviewOverdue,
  unownedNoEndOfLife,
  unsafeCreate,
  batchForRealtime,
];
