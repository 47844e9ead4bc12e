import { counted } from '../../core/formats.js';
import { html } from '../escape.js';
import type { EstateView } from './estate-view.js';
import { mapColumns } from './honest-map.js';
import type { Priority } from './roadmap.js';
import { priorityTitles } from './roadmap.js';

const num = (n: number) => `<td class="num">${n}</td>`;

function stats(view: EstateView): string {
  const withBlanks = view.counted.filter((r) => r.blanks.length > 0).length;
  const unowned = view.rows.filter((r) => !r.integration.owner && r.integration.status !== 'retired').length;
  const items: Array<[string, number]> = [
    ['Integrations', view.rows.length],
    ['In or entering production', view.counted.length],
    ['…with at least one blank', withBlanks],
    ['Nobody owns', unowned],
    ['Reviews overdue', view.overdue],
  ];
  return `<dl class="stats">${items.map(([k, v]) => `<div><dt>${html(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

function blanksByField(view: EstateView): string {
  const rows = view.columns
    .map((c) => `<tr><th scope="row">${html(c.title)}</th>${num(c.missing)}</tr>`)
    .join('\n');
  return `<h3 id="blanks-field">By field</h3>
<table aria-labelledby="blanks-field"><thead><tr><th scope="col">Field</th><th scope="col" class="num">Missing</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function blanksByTeam(view: EstateView): string {
  const head = view.columns.map((c) => `<th scope="col" class="num">${html(c.title)}</th>`).join('');
  const rows = view.teams
    .map(
      (t) =>
        `<tr><th scope="row">${html(t.team)}</th>${num(t.integrations)}${mapColumns.map((c) => num(t.blanks[c])).join('')}${num(t.total)}</tr>`,
    )
    .join('\n');
  return `<h3 id="blanks-team">By owner team</h3>
<table aria-labelledby="blanks-team"><thead><tr><th scope="col">Owner team</th><th scope="col" class="num">Integrations</th>${head}<th scope="col" class="num">Total</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function engines(view: EstateView): string {
  const rows = view.engines
    .map(
      (e) =>
        `<tr><th scope="row">${html(e.kind)}</th>${num(e.channels)}${num(e.live)}${num(e.withoutOwner)}</tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="engines-h">
<h2 id="engines-h">Engines</h2>
<p>Channels on each integration engine (retired integrations left out), and how many of them nobody owns.</p>
<table><thead><tr><th scope="col">Engine</th><th scope="col" class="num">Channels</th><th scope="col" class="num">Live</th><th scope="col" class="num">Without an owner</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

function endOfLife(view: EstateView): string {
  const rows = view.rows.filter((r) => r.endOfLife);
  if (rows.length === 0) return '';
  const body = rows
    .map(
      (r) =>
        `<tr><td class="id">${html(r.integration.id)}</td><td>${html(r.integration.title)}</td><td>${html(r.integration.status)}</td><td>${html(r.endOfLife!.date)}</td><td>${r.endOfLife!.proposed ? 'proposed: as of date plus notice period' : 'planned in the spec'}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="eol-h">
<h2 id="eol-h">Nobody owns these</h2>
<p>An integration nobody owns is not really in production. Name an owner, or switch it off by the date below (notice period ${html(view.noticePeriod)}).</p>
<table><thead><tr><th scope="col">Id</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">End of life</th><th scope="col">Date</th></tr></thead>
<tbody>
${body}
</tbody></table>
</section>`;
}

export function summarySections(view: EstateView): { head: string; tail: string } {
  const head = `<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>${stats(view)}</section>`;
  const tail = `<section aria-labelledby="blanks-h">
<h2 id="blanks-h">Blanks</h2>
<p>Counted over the ${counted(view.counted.length, 'integration')} in or entering production. Each blank is next quarter's roadmap.</p>
${blanksByField(view)}
${blanksByTeam(view)}
</section>
${engines(view)}
${endOfLife(view)}`;
  return { head, tail };
}

export function roadmapSection(view: EstateView): string {
  if (view.roadmap.length === 0)
    return '<section aria-labelledby="roadmap-h"><h2 id="roadmap-h">Roadmap</h2><p>No blanks and no overdue reviews.</p></section>';
  const groups = ([1, 2, 3, 4] as Priority[])
    .map((p) => ({ p, items: view.roadmap.filter((i) => i.priority === p) }))
    .filter((g) => g.items.length > 0);
  const parts = groups.map(({ p, items }) => {
    const li = items
      .map(
        (i) =>
          `<li><strong>${html(i.row.integration.title)}</strong> <span class="id">(${html(i.row.integration.id)})</span>, ${html(i.reasons.join(', '))}<ul>${i.actions.map((a) => `<li>${html(a)}</li>`).join('')}</ul></li>`,
      )
      .join('\n');
    return `<h3>Priority ${p}: ${html(priorityTitles[p])}</h3>
<ol class="roadmap" start="${items[0]!.rank}">
${li}
</ol>`;
  });
  return `<section aria-labelledby="roadmap-h">
<h2 id="roadmap-h">Roadmap</h2>
<p>The blanks as a plan for next quarter, most urgent first: live integrations used in direct care that nobody owns, then live and direct care, then live, then those still being built.</p>
${parts.join('\n')}
</section>`;
}
