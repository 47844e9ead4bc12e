import { counted, dateWords } from '../../core/formats.js';
import type { EstateView } from './estate-view.js';
import { priorityTitles } from './roadmap.js';

/** Spec text on a terminal: no control characters (escape sequences could rewrite the screen). */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function table(rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) =>
    r
      .map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** `govspec estate`: the map's headline numbers, blanks, engines and the top of the roadmap, as text. */
export function estateSummaryText(view: EstateView, roadmapItems = 10): string {
  const withBlanks = view.counted.filter((r) => r.blanks.length > 0).length;
  const unowned = view.rows.filter((r) => r.endOfLife).length;
  const out = [
    `Integration estate: ${plain(view.organisation)} (${plain(view.ods)}), as of ${dateWords(view.asOf)}`,
    `${counted(view.rows.length, 'integration')}; ${view.counted.length} in or entering production, ${withBlanks} with blanks; ${unowned} nobody owns; ${counted(view.overdue, 'review')} overdue.`,
    '',
    ...table([['Blanks', 'Missing'], ...view.columns.map((c) => [c.title, c.missing])]),
    '',
    ...table([
      ['Engine', 'Channels', 'Live', 'Without an owner'],
      ...view.engines.map((e) => [e.kind, e.channels, e.live, e.withoutOwner]),
    ]),
    '',
  ];
  if (view.roadmap.length === 0) out.push('Roadmap: no blanks and no overdue reviews.');
  else {
    const shown = view.roadmap.slice(0, roadmapItems);
    out.push(`Roadmap (${shown.length} of ${view.roadmap.length}, most urgent first):`);
    for (const item of shown) {
      out.push(
        `${String(item.rank).padStart(3)}. ${plain(item.row.integration.id)} (priority ${item.priority}: ${priorityTitles[item.priority].toLowerCase()})`,
      );
      for (const a of item.actions) out.push(`       - ${plain(a)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `govspec estate --json`: the same numbers for other tools. */
export function estateSummaryJson(view: EstateView): string {
  return `${JSON.stringify(
    {
      organisation: view.organisation,
      ods: view.ods,
      asOf: view.asOf,
      commit: view.commit,
      integrations: view.rows.length,
      counted: view.counted.length,
      reviewsOverdue: view.overdue,
      blanks: Object.fromEntries(view.columns.map((c) => [c.column, c.missing])),
      teams: view.teams,
      engines: view.engines,
      noOwner: view.rows
        .filter((r) => r.endOfLife)
        .map((r) => ({ id: r.integration.id, status: r.integration.status, endOfLife: r.endOfLife })),
      roadmap: view.roadmap.map((i) => ({
        rank: i.rank,
        priority: i.priority,
        id: i.row.integration.id,
        title: i.row.integration.title,
        reasons: i.reasons,
        actions: i.actions,
      })),
    },
    null,
    2,
  )}\n`;
}
