import type { RetentionType } from '../../catalogue/retention-types.js';
import { confirmPhrase, factText } from '../../catalogue/retention-types.js';
import { durationWords } from '../../core/formats.js';
import type { SourceLocation } from '../../core/diagnostics.js';
import type { RetentionSchedule } from '../../rules/records/index.js';
import { copyLabels } from '../../rules/records/schedule.js';

/** Columns of the schedule, shared by the Markdown, CSV and Excel outputs so they always agree. */
export const scheduleColumns = [
  'Integration',
  'Copy',
  'System',
  'Record type',
  'Minimum (Code)',
  'Trigger',
  'Local period',
  'Purge mechanism',
  'Status',
  'Source reference',
  'Spec',
] as const;

export function scheduleCells(schedule: RetentionSchedule): string[][] {
  return schedule.rows.map((r) => [
    r.integration,
    copyLabels[r.copy],
    r.system,
    r.recordType,
    r.minimum,
    r.trigger,
    r.localPeriod,
    r.purge,
    r.statusText,
    r.reference,
    where(r.location),
  ]);
}

export const catalogueColumns = [
  'Id',
  'Record type',
  'Minimum',
  'Trigger',
  'Caveats and notes',
  'Reference',
  'Origin',
] as const;

/** One row per record type in force; every unconfirmed fact carries the confirmation phrase. */
export function catalogueCells(types: readonly RetentionType[]): string[][] {
  return types.map((t) => [
    t.id,
    t.title,
    factText(t.minimum) +
      (t.minimum.derivation
        ? `; compared as ${durationWords(t.minimum.comparable ?? '')}: ${t.minimum.derivation}`
        : ''),
    factText(t.trigger),
    [...t.caveats.map(factText), ...(t.note ? [t.note] : [])].join('; '),
    t.sources.length > 0 ? `${t.reference} (checked against: ${t.sources.join('; ')})` : t.reference,
    t.origin === 'code' ? 'Records Management Code' : 'local policy',
  ]);
}

export const scheduleIntro =
  'Periods are minimums from the Records Management Code of Practice 2021 (updated 2023), Appendix II, unless marked as local policy. ' +
  `Facts marked UNCONFIRMED could not be checked against the Code's own text: ${confirmPhrase} (Appendix II online) before relying on them.`;

function where(l: SourceLocation): string {
  return `${l.file}:${l.line}`;
}
