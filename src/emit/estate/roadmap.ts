import { dateWords } from '../../core/formats.js';
import type { MapColumn } from './honest-map.js';
import type { EstateRow } from './estate-row.js';

/**
 * The blanks as next quarter's roadmap. Priority 1 is a live integration used in direct care that
 * nobody owns; then live and direct care; then live; then integrations still being built.
 * "Live" includes retiring: it is still running.
 */
export type Priority = 1 | 2 | 3 | 4;

export interface RoadmapItem {
  rank: number;
  priority: Priority;
  row: EstateRow;
  /** Why it ranks where it does, in words. */
  reasons: string[];
  /** What to do, one line per blank (and for an overdue review). */
  actions: string[];
}

export const priorityTitles: Record<Priority, string> = {
  1: 'Live, used in direct care, nobody owns it',
  2: 'Live and used in direct care',
  3: 'Live',
  4: 'Entering production',
};

const isLive = (r: EstateRow) => r.integration.status === 'live' || r.integration.status === 'retiring';

function priorityOf(r: EstateRow): Priority {
  if (!isLive(r)) return 4;
  if (r.directCare && !r.integration.owner) return 1;
  return r.directCare ? 2 : 3;
}

function actionFor(column: MapColumn, r: EstateRow): string {
  switch (column) {
    case 'owner':
      return r.endOfLife
        ? `Name an owner, or switch it off by ${dateWords(r.endOfLife.date)}${r.endOfLife.proposed ? ' (proposed)' : ' (planned)'}`
        : 'Name an owner';
    case 'sla':
      return 'Agree an SLA: support hours, response and restore times';
    case 'runbook':
      return 'Write a runbook';
    case 'monitoring':
      return 'Set up a monitoring view and alerts';
    case 'latency':
      return 'Agree a latency contract with the people who use the data';
    case 'review':
      return 'Review it for the first time';
  }
}

/** Every integration in or entering production with a blank or an overdue review, most urgent first. */
export function roadmap(rows: readonly EstateRow[]): RoadmapItem[] {
  const items = rows
    .filter((r) => r.blanks.length > 0 || r.reviewOverdue)
    .map((row) => {
      const actions = row.blanks.map((c) => actionFor(c, row));
      if (row.reviewOverdue) actions.push(`Review it: it was due on ${dateWords(row.reviewDue ?? '')}`);
      const reasons = [
        isLive(row) ? row.integration.status : `${row.integration.status} (not yet live)`,
        row.directCare ? 'direct care' : '',
        row.integration.owner ? '' : 'no owner',
      ].filter(Boolean);
      return { rank: 0, priority: priorityOf(row), row, reasons, actions };
    });
  const unowned = (item: RoadmapItem) => (item.row.integration.owner ? 0 : 1);
  items.sort(
    (a, b) =>
      a.priority - b.priority ||
      unowned(b) - unowned(a) ||
      b.actions.length - a.actions.length ||
      (a.row.integration.id < b.row.integration.id ? -1 : 1),
  );
  items.forEach((item, i) => (item.rank = i + 1));
  return items;
}

/** The roadmap grouped by priority, for the Markdown map's template (strings are escaped there). */
export function roadmapGroups(items: readonly RoadmapItem[]) {
  return ([1, 2, 3, 4] as Priority[])
    .map((priority) => ({
      priority,
      heading: priorityTitles[priority],
      items: items
        .filter((i) => i.priority === priority)
        .map((i) => ({
          rank: i.rank,
          id: i.row.integration.id,
          title: i.row.integration.title,
          reasons: i.reasons.join(', '),
          actions: i.actions,
        })),
    }))
    .filter((g) => g.items.length > 0);
}
