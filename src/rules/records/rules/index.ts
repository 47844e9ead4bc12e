import type { RetentionRule } from '../rule.js';
import auditUndeclared from './audit-undeclared.js';
import localTooShort from './local-too-short.js';
import messageLogUnbounded from './message-log-unbounded.js';
import messageStoreUndeclared from './message-store-undeclared.js';
import recordUndeclared from './record-undeclared.js';
import recordUnknown from './record-unknown.js';
import subjectPeriodTooShort from './subject-period-too-short.js';

/** Every retention rule, in the order their findings are reported. */
export const retentionRules: readonly RetentionRule[] = [
  recordUndeclared,
  recordUnknown,
  localTooShort,
  subjectPeriodTooShort,
  messageStoreUndeclared,
  messageLogUnbounded,
  auditUndeclared,
];
