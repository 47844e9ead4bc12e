import { durationDays, durationWords, parseDuration } from '../../core/formats.js';

/**
 * Retention periods as govspec compares them: an ISO 8601 duration, or 'indefinite' (kept while
 * the patient lives). Comparison is in days with average year and month lengths, so P8Y, P96M
 * and P2922D compare equal, and P2920D is (correctly) two days short.
 */
export interface Period {
  readonly iso: string;
  readonly days: number;
}

export type Comparable = Period | 'indefinite';

export function parsePeriod(text: string): Period | undefined {
  const days = durationDays(text);
  return days === undefined ? undefined : { iso: text, days };
}

export function parseComparable(text: string | undefined): Comparable | undefined {
  if (text === undefined) return undefined;
  return text === 'indefinite' ? 'indefinite' : parsePeriod(text);
}

/** True when `local` keeps records for less time than `minimum`. */
export function shorterThan(local: Comparable, minimum: Comparable): boolean {
  if (minimum === 'indefinite') return local !== 'indefinite';
  if (local === 'indefinite') return false;
  return local.days < minimum.days - 1e-9;
}

/** The longer of two periods (undefined ignored). */
export function longer(a: Comparable | undefined, b: Comparable | undefined): Comparable | undefined {
  if (!a) return b;
  if (!b) return a;
  return shorterThan(a, b) ? b : a;
}

/** "8 years", "1 year 6 months", "90 days"; outputs keep the ISO form beside it. */
export function describePeriod(p: Comparable): string {
  return p === 'indefinite' ? 'indefinitely' : durationWords(p.iso);
}

export const isPeriod = (text: string): boolean => parseDuration(text) !== undefined;
