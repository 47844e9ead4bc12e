import { addDuration, durationWords } from '../../core/formats.js';
import type { Integration } from '../../model/estate.js';
import { blanksOf, countsBlanks, readinessFacts } from '../../rules/lint/readiness.js';
import type { ReadinessFact } from '../../rules/lint/readiness.js';

/**
 * The seed's "honest map" columns: what every integration in production must have. They are the
 * readiness facts `validate` warns about, so the map and validate count the same blanks.
 */
export const mapColumns = readinessFacts;
export type MapColumn = ReadinessFact;

export const columnTitles: Record<MapColumn, string> = {
  owner: 'Owner',
  sla: 'SLA',
  runbook: 'Runbook',
  monitoring: 'Monitoring',
  latency: 'Latency contract',
  review: 'Last reviewed',
};

export interface MapRow {
  integration: Integration;
  /** Column → display text, or undefined when blank. */
  values: Record<MapColumn, string | undefined>;
  blanks: MapColumn[];
  reviewDue?: string;
  reviewOverdue: boolean;
}

/** Blanks matter for what is in or entering production; proposed and retired rows are shown but not counted. */
export { countsBlanks };

export function mapRow(i: Integration, asOf: string): MapRow {
  const values: Record<MapColumn, string | undefined> = {
    owner: i.owner ? `${i.owner.name}${i.owner.team ? ` (${i.owner.team})` : ''}` : undefined,
    sla: i.sla
      ? [
          i.sla.hours,
          i.sla.response && `respond within ${durationWords(i.sla.response)}`,
          i.sla.restore && `restore within ${durationWords(i.sla.restore)}`,
        ]
          .filter(Boolean)
          .join(', ')
      : undefined,
    runbook: i.runbook,
    monitoring: i.monitoring?.view,
    latency: i.latency
      ? `${i.latency.contract}${i.latency.target ? ` (within ${durationWords(i.latency.target)})` : ''}`
      : undefined,
    review: i.review?.last,
  };
  const blanks = countsBlanks(i) ? blanksOf(i) : readinessFacts.filter((c) => values[c] === undefined);
  const reviewDue = i.review ? addDuration(i.review.last, i.review.every) : undefined;
  const row: MapRow = {
    integration: i,
    values,
    blanks,
    reviewOverdue: !!reviewDue && reviewDue < asOf && i.status !== 'retired',
  };
  if (reviewDue) row.reviewDue = reviewDue;
  return row;
}

export function protocolText(i: Integration): string {
  const p = i.protocol;
  const detail = p.messages?.length
    ? ` ${p.messages.join(', ')}`
    : p.resources?.length
      ? ` ${p.resources.join(', ')}`
      : '';
  return `${p.standard}${p.version ? ` ${p.version}` : ''}${detail}`;
}

export function engineText(i: Integration): string {
  return i.engine.kind === 'none'
    ? 'point-to-point'
    : `${i.engine.kind}${i.engine.channel ? `: ${i.engine.channel}` : ''}`;
}
