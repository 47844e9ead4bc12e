/**
 * The page's only style sheet and script, inlined: the map must open from a file share or an
 * email attachment with no network. The script is allowed by its hash in the page's Content
 * Security Policy, so nothing else can run even if some text escaped its escaping.
 */

export const styles = `
:root { --ink: #1d2733; --muted: #52606d; --line: #c8d1db; --head: #dce6f2; --blank-bg: #fde2e1; --blank-ink: #9c1c1c; --focus: #ffbf47; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { padding: 0 1.5rem; max-width: 110rem; margin: 0 auto; }
header { border-bottom: 4px solid #005eb8; padding-top: 1rem; padding-bottom: .75rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
p, li { max-width: 70rem; }
.muted { color: var(--muted); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--focus); padding: .5rem; z-index: 2; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.stats { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; }
.stats div { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .9rem; min-width: 10rem; }
.stats dt { font-size: .85rem; color: var(--muted); }
.stats dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.controls { display: none; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin: .5rem 0 .75rem; }
.js .controls { display: flex; }
.controls label { font-weight: 600; margin-right: .35rem; }
.controls input[type=search], .controls select { font: inherit; padding: .3rem .45rem; border: 2px solid var(--ink); border-radius: 3px; }
.controls input[type=search] { width: 18rem; }
#shown { margin: 0; color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .85rem; }
#estate { width: 100%; font-size: .8rem; }
#estate td { max-width: 16rem; overflow-wrap: break-word; }
#estate td a, #estate td.path { overflow-wrap: anywhere; }
#estate td.integration { min-width: 12rem; }
#estate td.date { white-space: nowrap; }
#estate td.date.overdue { white-space: normal; }
.eol { font-weight: 400; }
.scroll:focus-visible { outline-offset: 3px; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort=ascending] button::after { content: " \\2191"; color: var(--ink); }
th[aria-sort=descending] button::after { content: " \\2193"; color: var(--ink); }
td.num, th.num { text-align: right; }
td.blank { background: var(--blank-bg); color: var(--blank-ink); font-weight: 700; }
td.blank.uncounted { background: none; color: var(--muted); font-weight: 400; font-style: italic; }
td.overdue { color: var(--blank-ink); font-weight: 700; }
tbody.totals th, tbody.totals td { background: #f3f5f8; font-weight: 700; }
.print-only { display: none; }
.id { font-family: ui-monospace, Consolas, monospace; font-size: .85rem; white-space: nowrap; }
ol.roadmap > li { margin-bottom: .6rem; }
ol.roadmap ul { margin: .2rem 0 0; }
footer { margin-top: 2.5rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 9pt; }
  header, main, footer { padding: 0; max-width: none; }
  .controls, .skip { display: none !important; }
  thead th { position: static; }
  thead { display: table-header-group; }
  th button { display: none; }
  .print-only { display: inline; }
  tr, li { break-inside: avoid; }
  h2 { break-after: avoid; }
  td.blank, thead th, tbody.totals td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
}
`;

/** Sorting (buttons in the header, aria-sort kept in step) and filtering (text, status, blanks only). */
export const script = `(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var table = document.getElementById('estate');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var shown = document.getElementById('shown');
  var query = document.getElementById('q');
  var status = document.getElementById('status');
  var blanksOnly = document.getElementById('blanks-only');
  var sortCol = 0, dir = 1;
  function key(row, col) {
    var cell = row.cells[col];
    var v = cell.getAttribute('data-v');
    return v === null ? cell.textContent.trim() : v;
  }
  function compare(a, b, col) {
    var x = key(a, col), y = key(b, col);
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    var nx = Number(x), ny = Number(y);
    var c = isNaN(nx) || isNaN(ny) ? x.localeCompare(y, 'en-GB', { numeric: true }) : nx - ny;
    return c * dir;
  }
  function sortBy(col) {
    dir = col === sortCol ? -dir : 1;
    sortCol = col;
    rows.sort(function (a, b) { return compare(a, b, col) || key(a, 0).localeCompare(key(b, 0)); });
    rows.forEach(function (r) { body.appendChild(r); });
    heads.forEach(function (h, i) {
      h.setAttribute('aria-sort', i === col ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    announce('Sorted by ' + heads[col].querySelector('button').textContent.trim() + (dir > 0 ? ', ascending' : ', descending') + '.');
  }
  function announce(extra) {
    var n = rows.filter(function (r) { return !r.hidden; }).length;
    shown.textContent = 'Showing ' + n + ' of ' + rows.length + ' integrations.' + (extra ? ' ' + extra : '');
  }
  function filter() {
    var q = query.value.trim().toLowerCase();
    rows.forEach(function (r) {
      r.hidden = !((!q || r.textContent.toLowerCase().indexOf(q) >= 0) &&
        (!status.value || r.getAttribute('data-status') === status.value) &&
        (!blanksOnly.checked || r.getAttribute('data-blanks') !== '0'));
    });
    announce('');
  }
  heads.forEach(function (h, i) {
    var b = h.querySelector('button');
    if (b) b.addEventListener('click', function () { sortBy(i); });
  });
  query.addEventListener('input', filter);
  status.addEventListener('change', filter);
  blanksOnly.addEventListener('change', filter);
  announce('');
})();
`;
