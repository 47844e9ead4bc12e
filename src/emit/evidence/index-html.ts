import { html } from '../escape.js';
import type { EvidenceGroup, IndexView, OutcomeView } from './index-view.js';

/**
 * The page an auditor opens first, offline: one self-contained HTML file with no scripts and no
 * external resources. Every link is relative and points at a file inside the bundle.
 */
export function renderIndexHtml(v: IndexView): string {
  const c = v.counts;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<title>DSPT evidence pack: ${html(v.organisation)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>DSPT evidence pack</h1>
<p class="org">${html(v.organisation)} (ODS ${html(v.ods)})</p>
<dl class="facts">
<dt>Edition</dt><dd>${html(v.edition.title)} (<code>${html(v.edition.id)}</code>)</dd>
<dt>Applies to</dt><dd>${html(v.edition.appliesTo)}</dd>
<dt>Built from</dt><dd>git commit <code>${html(v.build.commit)}</code>${v.build.dirty ? ' <strong class="warn">with uncommitted changes</strong>' : ''}, build date ${html(v.build.date)}, govspec ${html(v.build.version)}</dd>
</dl>
</header>
<main>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<p>${c.listed} of the edition's ${v.edition.outcomeCount} contributing outcomes are listed here: those an integration estate can speak to.
<span class="s-evidenced">${c.evidenced} evidenced</span>, <span class="s-partial">${c.partial} partial</span> (evidence with blanks, named below), <span class="s-none">${c.none} with no evidence</span>.</p>
<p>Status is govspec's reading of the organisation's integration specs, not an assessment against the Toolkit's indicators of good practice: it shows where evidence exists and where it is missing.</p>
</section>
<section aria-labelledby="outcomes">
<h2 id="outcomes">Outcomes</h2>
${v.objectives.map(objective).join('\n')}
</section>
<section aria-labelledby="gaps">
<h2 id="gaps">Gaps by integration</h2>
${missingFiles(v)}
${gaps(v)}
</section>
<section aria-labelledby="check">
<h2 id="check">Checking this pack</h2>
<p><a href="manifest.json">manifest.json</a> lists the size and SHA-256 of every file in the pack; <a href="provenance.json">provenance.json</a> records the organisation, edition, git commit, build date and every spec version it was built from. Run <code>govspec evidence verify &lt;pack.zip&gt;</code> (with <code>--key</code> and the publisher's public key when the pack is signed) to re-check every hash without extracting anything.</p>
<h3>About this edition</h3>
<ul>
<li>${html(v.baseline)}</li>
<li>${html(v.auditNote)}</li>
${v.edition.deadline ? `<li>Deadline: ${html(v.edition.deadline)}</li>` : ''}
${v.edition.notes.map((n) => `<li>${html(n)}</li>`).join('\n')}
</ul>
<h3>Files in this pack</h3>
${v.fileGroups.map(fileGroup).join('\n')}
<h3>Specs</h3>
<table class="specs"><thead><tr><th>Integration</th><th>Version</th><th>Status</th><th>File</th></tr></thead><tbody>
${v.specs.map((s) => `<tr><td>${html(s.id)}</td><td>${html(s.version)}</td><td>${html(s.status)}</td><td><code>${html(s.file)}</code></td></tr>`).join('\n')}
</tbody></table>
</section>
</main>
</body>
</html>
`;
}

function objective(o: IndexView['objectives'][number]): string {
  if (o.outcomes.length === 0) return '';
  return `<h3>${html(o.id)}. ${html(o.title)}</h3>
<table class="outcomes"><thead><tr><th scope="col">Outcome</th><th scope="col">Status</th><th scope="col">Evidence</th><th scope="col">Gaps</th></tr></thead><tbody>
${o.outcomes.map(outcomeRow).join('\n')}
</tbody></table>`;
}

function outcomeRow(o: OutcomeView): string {
  const title = `<strong id="${html(o.id)}">${html(o.id)}</strong> ${html(o.title)}${o.titleNote ? `<br><span class="note">${html(o.titleNote)}</span>` : ''}${o.audit ? `<br><span class="audit">${html(o.audit)}</span>` : ''}`;
  const evidence = `<p>${html(o.basis)}</p>${o.evidence.map(evidenceGroup).join('')}${o.reason ? `<p class="reason">${html(o.reason)}</p>` : ''}`;
  const gapList = o.gaps.length
    ? `<ul>${o.gaps.map((g) => `<li><a href="#gap-${html(g.subject)}">${html(g.subject)}</a>: ${html(g.missing.join('; '))}</li>`).join('')}</ul>`
    : '<span class="muted">none</span>';
  return `<tr class="s-${o.status}"><td>${title}</td><td class="status">${html(o.statusLabel)}</td><td>${evidence}</td><td>${gapList}</td></tr>`;
}

function evidenceGroup(g: EvidenceGroup): string {
  const items = g.shown.map((f) => `<li>${link(f.path, f.source)}</li>`);
  if (g.more > 0) items.push(`<li class="muted"><a href="#${html(g.anchor)}">and ${g.more} more</a></li>`);
  return `<p class="cite">${html(g.label)}</p><ul>${items.join('')}</ul>`;
}

function fileGroup(g: IndexView['fileGroups'][number]): string {
  return `<h4 id="${html(g.id)}">${html(g.title)}</h4>
<ul class="files">
${g.files.map((f) => `<li>${link(f.path, f.path)} <span class="muted">${html(f.label)}</span></li>`).join('\n')}
</ul>`;
}

function missingFiles(v: IndexView): string {
  if (v.missingFiles.length === 0) return '';
  const rows = v.missingFiles.map(
    (m) =>
      `<tr><td><code>${html(m.source)}</code></td><td>${html(m.label)}</td><td>${m.subjects.map((s) => (s === 'organisation' ? 'the configuration' : `<a href="#gap-${html(s)}">${html(s)}</a>`)).join(', ')}</td><td>${html(m.reason)}</td></tr>`,
  );
  return `<h3 id="missing-files">Cited files not in this pack</h3>
<p>The specs cite these files as evidence, but the pack could not include them. Each is a gap until the file is in the repository.</p>
<table class="missing"><thead><tr><th scope="col">File</th><th scope="col">Cited as</th><th scope="col">Cited by</th><th scope="col">Why it is not here</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function gaps(v: IndexView): string {
  if (v.gaps.length === 0) return '<p>No integration leaves a blank in any listed outcome.</p>';
  return v.gaps
    .map(
      (
        g,
      ) => `<h3 id="gap-${html(g.subject)}">${html(g.subject)}${g.subject !== g.title ? ` <span class="muted">${html(g.title)}</span>` : ''}</h3>
<ul>${g.items.map((i) => `<li><a href="#${html(i.anchor ?? i.outcome)}">${html(i.outcome)}</a>: ${html(i.missing.join('; '))}</li>`).join('')}</ul>`,
    )
    .join('\n');
}

/** A relative link to a file in the bundle: each path segment percent-encoded, then HTML-escaped. */
function link(path: string, text: string): string {
  const href = path.split('/').map(encodeURIComponent).join('/');
  return `<a href="${html(href)}">${html(text)}</a>`;
}

const css = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1d1d1d;margin:0 auto;max-width:1200px;padding:1.5rem}
h1{margin:0 0 .25rem;font-size:1.7rem}h2{margin-top:2rem;border-bottom:2px solid #005eb8;padding-bottom:.2rem}h3{margin:1.4rem 0 .4rem}
.org{font-size:1.15rem;margin:0 0 .75rem}.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}.facts dt{font-weight:600}.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #c8cdd2;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#e8edf2}
table.outcomes{table-layout:fixed}table.outcomes th:nth-child(1){width:24%}table.outcomes th:nth-child(2){width:7.5em}table.outcomes th:nth-child(4){width:30%}table.outcomes td.status{font-weight:600;overflow-wrap:normal;word-break:normal;hyphens:manual}td{overflow-wrap:break-word}table.missing{table-layout:fixed}table.missing th:nth-child(1){width:36%}table.missing th:nth-child(2){width:20%}table.missing th:nth-child(3){width:19%}
td p{margin:0 0 .3rem}td ul,section ul{margin:.2rem 0;padding-left:1.2rem}
.s-evidenced .status,span.s-evidenced{color:#00703c}.s-partial .status,span.s-partial{color:#8a5300}.s-none .status,span.s-none{color:#b10e1e}
tr.s-evidenced td.status{background:#e3f2e8}tr.s-partial td.status{background:#fdf1dc}tr.s-none td.status{background:#f9e1e3}
.note,.muted{color:#5a6168;font-size:.88em}.audit{display:inline-block;margin-top:.2rem;font-size:.8em;font-weight:600;color:#fff;background:#005eb8;padding:0 .35rem;border-radius:3px}
.reason{color:#5a6168;font-style:italic}.cite{margin:.35rem 0 0;font-size:.85em;font-weight:600;color:#425563}h4{margin:1rem 0 .2rem}.warn{color:#b10e1e}code{font-size:.9em;word-break:break-all}a{color:#005eb8}
@media print{body{max-width:none;padding:0;font-size:11px}td li,td p,h3,h4{break-inside:avoid}h3,h4{break-after:avoid}a{color:inherit}}
`;
