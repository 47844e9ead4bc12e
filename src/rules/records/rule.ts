import type { Diagnostic } from '../../core/diagnostics.js';
import type { RetentionSubject } from './subject.js';

/** The copies of a record one integration makes, each a row of the retention schedule. */
export type CopyKind = 'record' | 'message-log' | 'audit-log';

/**
 * Row status, worst first. A rule's finding sets the status of the copy it is about; a copy no
 * rule fired on is 'meets', 'check' (the Code's minimum is unconfirmed or cannot be compared),
 * 'not-kept' or 'none'.
 */
export const rowStatuses = [
  'shortfall',
  'unknown-type',
  'undeclared',
  'unbounded',
  'check',
  'meets',
  'not-kept',
  'none',
] as const;
export type RowStatus = (typeof rowStatuses)[number];

export function worse(a: RowStatus, b: RowStatus): RowStatus {
  return rowStatuses.indexOf(a) <= rowStatuses.indexOf(b) ? a : b;
}

/** One thing a rule found: which copy it is about, and the diagnostic that says what to fix. */
export interface RetentionFinding {
  copy: CopyKind;
  diagnostic: Diagnostic;
  /** A few words for the schedule's status column, e.g. 'maternity data needs 25 years'. */
  summary: string;
}

/**
 * A retention rule: one file, one id (its diagnostic code). `check` says what is wrong, where,
 * and about which copy; the analyzer turns the findings into row statuses.
 */
export interface RetentionRule {
  id: string;
  description: string;
  /** The status a finding gives the copy's schedule row. */
  status: RowStatus;
  check(subject: RetentionSubject): RetentionFinding[];
}

export function defineRetentionRule(rule: RetentionRule): RetentionRule {
  return rule;
}
