import { addDuration, durationWords } from '../../core/formats.js';
import type { Estate, Integration } from '../../model/estate.js';
import type { MapColumn } from './honest-map.js';
import { columnTitles, countsBlanks, mapColumns, mapRow } from './honest-map.js';
import type { RoadmapItem } from './roadmap.js';
import { roadmap } from './roadmap.js';
import type { EstateRow } from './estate-row.js';

export type { EstateRow } from './estate-row.js';

export interface TeamBlanks {
  team: string;
  integrations: number;
  blanks: Record<MapColumn, number>;
  total: number;
}

export interface EngineSummary {
  kind: string;
  channels: number;
  live: number;
  withoutOwner: number;
}

export interface EstateView {
  organisation: string;
  ods: string;
  asOf: string;
  commit: string;
  noticePeriod: string;
  rows: EstateRow[];
  /** Rows whose blanks count: live, build and retiring. */
  counted: EstateRow[];
  columns: Array<{ column: MapColumn; title: string; missing: number }>;
  teams: TeamBlanks[];
  engines: EngineSummary[];
  roadmap: RoadmapItem[];
  overdue: number;
}

export const noOwner = '(no owner)';
const noTeam = '(no team)';

export function isDirectCare(i: Integration): boolean {
  return (
    i.purpose === 'direct-care' ||
    i.consumers.some((c) => c.use === 'direct-care-decisions' || c.use === 'direct-care-information')
  );
}

/**
 * The end-of-life date for an integration nobody owns: the spec's own endOfLife when set, else
 * the as-of date plus the configured notice period (the seed's "no owner, then a date to switch
 * it off"). Undefined when owned, retired, or when there is no as-of date to count from.
 */
export function endOfLife(i: Integration, asOf: string, noticePeriod: string): EstateRow['endOfLife'] {
  if (i.owner || i.status === 'retired') return undefined;
  if (i.endOfLife) return { date: i.endOfLife, proposed: false };
  const date = addDuration(asOf, noticePeriod);
  return date ? { date, proposed: true } : undefined;
}

export function estateRow(i: Integration, asOf: string, noticePeriod: string): EstateRow {
  const row: EstateRow = {
    ...mapRow(i, asOf),
    directCare: isDirectCare(i),
    team: i.owner ? (i.owner.team ?? noTeam) : noOwner,
  };
  const eol = endOfLife(i, asOf, noticePeriod);
  if (eol) row.endOfLife = eol;
  return row;
}

export function estateView(estate: Estate, asOf: string, commit: string | undefined): EstateView {
  const noticePeriod = estate.config.estate.noticePeriod;
  const rows = estate.integrations.map((i) => estateRow(i, asOf, noticePeriod));
  const counted = rows.filter((r) => countsBlanks(r.integration));
  return {
    organisation: estate.config.organisation.name,
    ods: estate.config.organisation.ods,
    asOf: asOf || 'not recorded',
    commit: commit ? commit.slice(0, 12) : 'not recorded',
    noticePeriod: durationWords(noticePeriod),
    rows,
    counted,
    columns: mapColumns.map((column) => ({
      column,
      title: columnTitles[column],
      missing: counted.filter((r) => r.blanks.includes(column)).length,
    })),
    teams: teamBlanks(counted),
    engines: engineSummary(rows),
    roadmap: roadmap(counted),
    overdue: rows.filter((r) => r.reviewOverdue).length,
  };
}

function teamBlanks(rows: readonly EstateRow[]): TeamBlanks[] {
  const byTeam = new Map<string, TeamBlanks>();
  for (const r of rows) {
    let t = byTeam.get(r.team);
    if (!t) {
      const blanks = Object.fromEntries(mapColumns.map((c) => [c, 0])) as Record<MapColumn, number>;
      t = { team: r.team, integrations: 0, blanks, total: 0 };
      byTeam.set(r.team, t);
    }
    t.integrations += 1;
    for (const c of r.blanks) t.blanks[c] += 1;
    t.total += r.blanks.length;
  }
  // Most blanks first: the teams the roadmap most depends on.
  return [...byTeam.values()].sort((a, b) => b.total - a.total || a.team.localeCompare(b.team));
}

function engineSummary(rows: readonly EstateRow[]): EngineSummary[] {
  const byKind = new Map<string, EngineSummary>();
  for (const r of rows) {
    if (r.integration.status === 'retired') continue;
    const kind = r.integration.engine.kind === 'none' ? 'none (point-to-point)' : r.integration.engine.kind;
    const e = byKind.get(kind) ?? { kind, channels: 0, live: 0, withoutOwner: 0 };
    e.channels += 1;
    if (r.integration.status === 'live') e.live += 1;
    if (!r.integration.owner) e.withoutOwner += 1;
    byKind.set(kind, e);
  }
  return [...byKind.values()].sort((a, b) => b.channels - a.channels || a.kind.localeCompare(b.kind));
}
