// Hazard recall on the project's own benchmark: for each integration pattern, the share of
// publicly logged hazard themes (themes.yaml) that a rule derives from the pattern's spec
// (specs/<pattern>.yaml, written only from public technical descriptions).
// Usage: npm run compile && node bench/recall/recall.js [--write]
//   --write replaces the "## Hazard recall" section of bench/RESULTS.md with the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compile } from '../../dist/pipeline/compile.js';
import { FsHost } from '../../dist/core/host.js';
import { hazardRules } from '../../dist/rules/clinical/rules/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const results = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

const themes = parse(readFileSync(`${here}themes.yaml`, 'utf8'));
const known = new Set(hazardRules.map((r) => r.id));
const result = compile({ host: new FsHost(here), asOf: '2026-12-01', readPrevious: () => undefined });
if (!result.analysis?.hazards) {
  console.error(
    result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => d.message)
      .join('\n'),
  );
  process.exit(1);
}
const derived = new Map();
for (const h of result.analysis.hazards.hazards) {
  if (!derived.has(h.integration)) derived.set(h.integration, new Set());
  if (h.rule) derived.get(h.integration).add(h.rule);
}

const rows = [];
const missed = [];
let covered = 0;
let total = 0;
for (const [pattern, list] of Object.entries(themes)) {
  if (!result.estate.integrations.some((i) => i.id === pattern))
    throw new Error(`no spec for pattern ${pattern}`);
  const fired = derived.get(pattern) ?? new Set();
  let hit = 0;
  for (const t of list) {
    for (const r of t.rules) if (!known.has(r)) throw new Error(`${pattern}: unknown rule ${r}`);
    if (t.rules.some((r) => fired.has(r))) hit++;
    else missed.push(`${pattern}: ${t.theme} (${t.rules.join(', ') || 'no rule'})`);
  }
  covered += hit;
  total += list.length;
  rows.push(`| ${pattern} | ${list.length} | ${hit} | ${Math.round((100 * hit) / list.length)}% |`);
}
const lowest = Math.min(...rows.map((r) => Number(r.split('|')[4].trim().replace('%', ''))));
const table = [
  '| pattern | published themes | covered | recall |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  `| all patterns | ${total} | ${covered} | ${Math.round((100 * covered) / total)}% |`,
].join('\n');
const section = `## Hazard recall

Command (compiles first):

\`\`\`sh
npm run compile && node bench/recall/recall.js --write
\`\`\`

\`bench/recall/specs/\` holds one spec per integration pattern, each written only from the public
technical description cited at its top: facts the description does not give are left out, as a
new user would. \`bench/recall/themes.yaml\` lists the hazard themes that public NHS material logs
for each pattern (UK Core hazard log, HL7 UK Core Access, the FHIR implementer safety checklist,
GP Connect, HSSIB and HSIB investigations, NHS England RPA, MESH, PDS, NEMS and e-RS
documentation), each with its source and the rules that would cover it. A theme counts as covered
only when one of those rules derives a hazard from the pattern's spec. The same people wrote the
rules and this set, so it shows what the rules reach, not what they would reach on unseen logs.

${table}

Lowest pattern: ${lowest}%. Themes not covered:

${missed.map((m) => `- ${m}`).join('\n') || '- none'}
`;
console.log(section);
if (process.argv.includes('--write')) {
  const text = readFileSync(results, 'utf8');
  const start = text.indexOf('## Hazard recall');
  const rest = start >= 0 ? text.slice(start + 1).search(/\n## /) : -1;
  const next = start >= 0 && rest >= 0 ? start + 1 + rest + 1 : -1;
  const updated =
    start < 0
      ? `${text.trimEnd()}\n\n${section}`
      : `${text.slice(0, start)}${section}${next > 0 ? `\n${text.slice(next)}` : ''}`;
  writeFileSync(results, updated);
}
