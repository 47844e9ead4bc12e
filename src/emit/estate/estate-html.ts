import { createHash } from 'node:crypto';
import { counted, dateWords, isUrl } from '../../core/formats.js';
import { html } from '../escape.js';
import { defineEmitter } from '../types.js';
import { script, styles } from './estate-html-assets.js';
import { roadmapSection, summarySections } from './estate-html-sections.js';
import { routingHtml } from './estate-html-routing.js';
import { routingSection, type RoutingSection } from './routing-view.js';
import type { EstateRow, EstateView } from './estate-view.js';
import { estateView } from './estate-view.js';
import type { MapColumn } from './honest-map.js';
import { countsBlanks, engineText, protocolText } from './honest-map.js';

export const estateHtmlPath = 'estate/index.html';

const statuses = ['live', 'build', 'retiring', 'proposed', 'retired'];

interface Column {
  title: string;
  cell: (r: EstateRow) => string;
  num?: boolean;
}

const td = (text: string | undefined, sortValue = text ?? '', cls = '') =>
  `<td${cls ? ` class="${cls}"` : ''} data-v="${html(sortValue)}">${html(text)}</td>`;

/** A seed column: shaded and marked "missing" when blank, so it reads the same printed in black and white. */
const seed =
  (c: MapColumn, link = false, cls = '') =>
  (r: EstateRow) => {
    const value = r.values[c];
    // Proposed and retired integrations show their blanks but do not count them: muted, not shaded.
    if (value === undefined)
      return `<td class="blank${countsBlanks(r.integration) ? '' : ' uncounted'}" data-v="">missing</td>`;
    if (link && isUrl(value))
      return `<td data-v="${html(value)}"><a href="${html(value)}" rel="noopener noreferrer">${html(value)}</a></td>`;
    return td(value, value, cls);
  };

/** Owner, with the end-of-life date beside the blank for an integration nobody owns. */
const owner = (r: EstateRow) => {
  const cell = seed('owner')(r);
  if (!r.endOfLife) return cell;
  const eol = `switch off by ${r.endOfLife.date}${r.endOfLife.proposed ? ' (proposed)' : ' (planned)'}`;
  return cell.replace('missing</td>', `missing<br><span class="eol">${html(eol)}</span></td>`);
};

const columns: Column[] = [
  {
    title: 'Integration',
    cell: (r) =>
      `<td class="integration" data-v="${html(r.integration.id)}"><strong>${html(r.integration.title)}</strong><br><span class="id">${html(r.integration.id)}</span></td>`,
  },
  { title: 'Status', cell: (r) => td(r.integration.status, String(statuses.indexOf(r.integration.status))) },
  {
    title: 'Blanks',
    cell: (r) => `<td class="num" data-v="${r.blanks.length}">${r.blanks.length}</td>`,
    num: true,
  },
  { title: 'Owner', cell: owner },
  { title: 'SLA', cell: seed('sla') },
  { title: 'Runbook', cell: seed('runbook', false, 'path') },
  { title: 'Monitoring view', cell: seed('monitoring', true) },
  { title: 'Protocol and version', cell: (r) => td(protocolText(r.integration)) },
  { title: 'Engine', cell: (r) => td(engineText(r.integration)) },
  { title: 'Latency contract', cell: seed('latency') },
  { title: 'Last reviewed', cell: seed('review', false, 'date') },
  {
    title: 'Next review due',
    cell: (r) =>
      td(
        r.reviewDue ? `${r.reviewDue}${r.reviewOverdue ? ' (overdue)' : ''}` : '',
        r.reviewDue ?? '',
        r.reviewOverdue ? 'date overdue' : 'date',
      ),
  },
  { title: 'Direct care', cell: (r) => td(r.directCare ? 'yes' : 'no') },
];

const seedColumns: Partial<Record<string, MapColumn>> = {
  Owner: 'owner',
  SLA: 'sla',
  Runbook: 'runbook',
  'Monitoring view': 'monitoring',
  'Latency contract': 'latency',
  'Last reviewed': 'review',
};

function mapTable(view: EstateView): string {
  const head = columns
    .map(
      (c, i) =>
        `<th scope="col"${c.num ? ' class="num"' : ''} aria-sort="${i === 0 ? 'ascending' : 'none'}"><button type="button">${html(c.title)}</button><span class="print-only" aria-hidden="true">${html(c.title)}</span></th>`,
    )
    .join('');
  const body = view.rows
    .map(
      (r) =>
        `<tr data-status="${html(r.integration.status)}" data-blanks="${r.blanks.length}">${columns.map((c) => c.cell(r)).join('')}</tr>`,
    )
    .join('\n');
  const missing = new Map(view.columns.map((c) => [c.column, c.missing]));
  const foot = columns
    .map((c, i) => {
      if (i === 0) return '<th scope="row">Missing</th>';
      const col = seedColumns[c.title];
      return col ? `<td class="num">${missing.get(col)}</td>` : '<td></td>';
    })
    .join('');
  return `<div class="scroll" role="region" aria-labelledby="map-h" tabindex="0"><table id="estate">
<caption>Every integration, one row each. Blank cells say "missing". The Missing row counts blanks over the ${counted(view.counted.length, 'integration')} in or entering production (live, build, retiring).</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
<tbody class="totals"><tr>${foot}</tr></tbody>
</table></div>`;
}

function controls(): string {
  const options = statuses.map((s) => `<option value="${s}">${s}</option>`).join('');
  return `<div class="controls" role="search" aria-label="Filter the map">
<div><label for="q">Filter</label><input id="q" type="search" placeholder="id, title, owner, engine..."></div>
<div><label for="status">Status</label><select id="status"><option value="">all</option>${options}</select></div>
<div><input id="blanks-only" type="checkbox"><label for="blanks-only"> Only rows with blanks</label></div>
<p id="shown" aria-live="polite"></p>
</div>`;
}

export function renderEstateHtml(view: EstateView, routing?: RoutingSection): string {
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = `Integration estate: ${view.organisation}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${html(title)}</title>
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#map-h">Skip to the map</a>
<header>
<h1>${html(title)} (${html(view.ods)})</h1>
<p class="muted">The honest map: every integration, who owns it, how it is supported, and what is missing. As of ${html(dateWords(view.asOf))}, specs last committed in ${html(view.commit)}. Generated by govspec from the integration specs; do not edit by hand.</p>
</header>
<main>
${summarySections(view).head}
<section aria-labelledby="map-h">
<h2 id="map-h" tabindex="-1">Integrations</h2>
${controls()}
${mapTable(view)}
</section>
${roadmapSection(view)}
${routing ? routingHtml(routing) : ''}
${summarySections(view).tail}
</main>
<footer><p>Sort a column with its header button; filter with the controls above the table. Printing prints the rows shown.</p></footer>
<script>${script}</script>
</body>
</html>
`;
}

/** generated/estate/index.html: the map as one offline page, sortable, filterable and printable. */
export const estateHtml = defineEmitter({
  id: 'estate-html',
  description: 'The estate map as one static HTML page with the roadmap',
  emit(ctx) {
    return [
      {
        path: estateHtmlPath,
        content: renderEstateHtml(
          estateView(ctx.estate, ctx.asOf, ctx.build.commit),
          routingSection(ctx.estate),
        ),
      },
    ];
  },
});
