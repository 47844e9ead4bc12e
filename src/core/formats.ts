/** Value formats shared by validation, rules and emitters. */

const durationRe =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseDuration(text: string): Duration | undefined {
  const m = durationRe.exec(text);
  if (!m) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

export function isDuration(text: string): boolean {
  return parseDuration(text) !== undefined;
}

/** Approximate length in days, for comparing periods (a year is 365.25 days, a month 30.44). */
export function durationDays(text: string): number | undefined {
  const d = parseDuration(text);
  if (!d) return undefined;
  return (
    d.years * 365.25 +
    d.months * 30.4375 +
    d.weeks * 7 +
    d.days +
    d.hours / 24 +
    d.minutes / 1440 +
    d.seconds / 86400
  );
}

/** Words for a duration, e.g. P8Y -> "8 years", PT30M -> "30 minutes". */
export function durationWords(text: string): string {
  const d = parseDuration(text);
  if (!d) return text;
  const parts: string[] = [];
  const add = (n: number, unit: string) => {
    if (n) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  };
  add(d.years, 'year');
  add(d.months, 'month');
  add(d.weeks, 'week');
  add(d.days, 'day');
  add(d.hours, 'hour');
  add(d.minutes, 'minute');
  add(d.seconds, 'second');
  return parts.join(' ') || '0 days';
}

const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(text: string): boolean {
  const m = dateRe.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A count with its noun: "1 hazard", "2 hazards" (the plural given when it is not the noun and "s"). */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The word that agrees with a count: "is" or "are", "has" or "have". */
export function agrees(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * A date as documents people sign write it ("12 March 2026"); text that is not a calendar date
 * (YYYY-MM-DD) is returned as it is.
 */
export function dateWords(text: string): string {
  if (!isDate(text)) return text;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/** Calendar-exact date + duration (UTC, date part only). Undefined for bad input. */
export function addDuration(date: string, duration: string): string | undefined {
  const d = parseDuration(duration);
  if (!d || !isDate(date)) return undefined;
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const base = new Date(Date.UTC(y + d.years, m - 1 + d.months, 1));
  const lastDay = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + 1, 0)).getUTCDate();
  base.setUTCDate(Math.min(day, lastDay));
  base.setUTCDate(base.getUTCDate() + d.weeks * 7 + d.days + Math.floor((d.hours * 60 + d.minutes) / 1440));
  // Past the year 9999 there is no date to write (toISOString would give "+010000-...").
  const year = base.getUTCFullYear();
  if (Number.isNaN(year) || year > 9999) return undefined;
  return base.toISOString().slice(0, 10);
}

export function isOdsCode(text: string): boolean {
  return /^[A-Z0-9]{3,9}$/.test(text);
}

export function isSemver(text: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/.test(
    text,
  );
}

/** Compare two semantic versions (pre-release and build ignored beyond equality). */
export function compareSemver(a: string, b: string): number {
  const pa = a.split(/[-+]/)[0]!.split('.').map(Number);
  const pb = b.split(/[-+]/)[0]!.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * NHS number modulus 11 check (NHS Data Dictionary): weights 10..2, 11 -> 0, 10 is invalid.
 * 0000000000 passes the arithmetic (a zero sum gives check digit 0) but is not an NHS number: no
 * range starting 000 is allocated, and it is what an empty field padded with zeros looks like.
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = text.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  if (digits === '0000000000') return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

/**
 * NHS England's Personal Demographics Service FHIR API sandbox test patients (NHSDigital/
 * personal-demographics-service-api, sandbox/src/services/patients.js and sandbox/mocks): numbers
 * developers meet in NHS England's own examples, outside the ranges issued to patients.
 */
export const pdsSandboxTestNumbers: readonly string[] = [
  '9000000009',
  '9000000017',
  '9000000025',
  '9000000033',
];

/** A test NHS number: the 999 test range, or one of NHS England's PDS sandbox test patients. */
export function isTestNhsNumber(text: string): boolean {
  const digits = text.replace(/\s+/g, '');
  return digits.startsWith('999') || pdsSandboxTestNumbers.includes(digits);
}

export function isUrl(text: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(text);
}

/** A repository-relative path that cannot escape the repository. */
export function isSafeRepoPath(text: string): boolean {
  if (text.length === 0 || text.includes('\0') || text.includes('\\')) return false;
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text)) return false;
  return !text.split('/').some((seg) => seg === '..');
}

const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Ids become file names: kebab-case, 3-64 characters, not a Windows device name. */
export function isSafeId(text: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/.test(text) && !windowsReserved.test(text);
}
