/**
 * ISO 8601 durations as retention periods. Comparison is in days with average year and month
 * lengths, so P8Y, P96M and P2922D compare equal, and P2920D is (correctly) two days short.
 */
export interface Period {
  readonly iso: string;
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const pattern =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parsePeriod(text: string): Period | undefined {
  const m = pattern.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  return {
    iso: text.trim(),
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
}

export function periodDays(p: Period): number {
  return (
    p.years * 365.25 +
    p.months * (365.25 / 12) +
    p.weeks * 7 +
    p.days +
    p.hours / 24 +
    p.minutes / 1440 +
    p.seconds / 86400
  );
}

/** A minimum as govspec compares it: a period, or 'indefinite' (kept while the patient lives). */
export type Comparable = Period | 'indefinite';

export function parseComparable(text: string | undefined): Comparable | undefined {
  if (text === undefined) return undefined;
  return text === 'indefinite' ? 'indefinite' : parsePeriod(text);
}

/** True when `local` keeps records for less time than `minimum`. */
export function shorterThan(local: Comparable, minimum: Comparable): boolean {
  if (minimum === 'indefinite') return local !== 'indefinite';
  if (local === 'indefinite') return false;
  return periodDays(local) < periodDays(minimum) - 1e-9;
}

/** The longer of two periods (undefined ignored). */
export function longer(a: Comparable | undefined, b: Comparable | undefined): Comparable | undefined {
  if (!a) return b;
  if (!b) return a;
  return shorterThan(a, b) ? b : a;
}

const units: Array<[keyof Period, string]> = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

/** "8 years", "1 year 6 months", "90 days"; the ISO form stays beside it in outputs. */
export function describePeriod(p: Comparable): string {
  if (p === 'indefinite') return 'indefinitely';
  const parts = units
    .filter(([k]) => (p[k] as number) > 0)
    .map(([k, word]) => {
      const v = p[k] as number;
      return `${v} ${word}${v === 1 ? '' : 's'}`;
    });
  return parts.length > 0 ? parts.join(' ') : 'no time';
}
