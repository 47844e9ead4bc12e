import type { ImportSummary } from './summary.js';

/** Plain-text import summary for a terminal. Holds no secret values and no message content. */
export function renderSummaryText(s: ImportSummary): string {
  const out: string[] = [];
  const written = s.specs.filter((x) => x.action === 'written');
  const planned = s.specs.filter((x) => x.action === 'planned');
  const changed = s.specs.filter((x) => x.action === 'changed');
  const unchanged = s.specs.filter((x) => x.action === 'unchanged');
  out.push(
    `govspec import${s.importer === 'auto' ? '' : ` ${s.importer}`}: ${s.files.read} file(s) read, ${s.files.withErrors} with errors`,
  );
  if (s.formats && s.formats.length > 0) {
    const counts = new Map<string, number>();
    for (const f of s.formats) counts.set(f.format, (counts.get(f.format) ?? 0) + 1);
    out.push('recognised:');
    for (const [format, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push(`  ${format}: ${n} file(s)`);
  }
  if (s.skipped && s.skipped.length > 0) {
    out.push(`skipped (no importer reads them): ${s.skipped.length} file(s)`);
    for (const x of s.skipped) out.push(`  ${x.file}: ${x.reason}`);
  }
  out.push(`${s.foundLabel} found: ${s.found}`);
  out.push(
    `specs written: ${written.length}, unchanged: ${unchanged.length}, changed since import (not overwritten): ${changed.length}`,
  );
  if (planned.length > 0) out.push(`dry run: ${planned.length} spec(s) would be written`);
  for (const spec of [...written, ...planned]) out.push(`  + ${spec.file}  (${spec.origin})`);
  for (const spec of changed) {
    out.push(`  ~ ${spec.file}  (${spec.origin}): proposed edit`);
    for (const c of spec.changes ?? [])
      out.push(`      ${c.fact}: ${c.before ?? '(none)'} -> ${c.after ?? '(removed)'}`);
    for (const e of spec.proposedEdits ?? []) {
      out.push(`      field ${e.pointer}: ${show(e.current)} -> ${show(e.proposed)}`);
    }
  }
  const blanks = Object.entries(s.blanksPerField);
  if (blanks.length > 0) {
    out.push('blanks to fill in (field: specs):');
    for (const [field, n] of blanks) out.push(`  ${field}: ${n}`);
  }
  const stored = s.secretsWithheld.filter((x) => x.stored);
  const refs = s.secretsWithheld.length - stored.length;
  out.push(
    `secrets withheld: ${stored.length} stored in the exports${refs > 0 ? `, ${refs} more are references or unused defaults` : ''} (values never copied)`,
  );
  for (const x of stored) {
    const where = [
      x.channel ? `channel "${x.channel}"` : '',
      x.connector ? `connector "${x.connector}"` : '',
      x.component ?? '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`  ${x.file}:${x.line}  ${x.kind}${where ? `  ${where}` : ''}  ${x.path}`);
  }
  if (s.inventory && s.inventory.length > 0) {
    out.push(`inventory (listeners and endpoints found, not drafted): ${s.inventory.length}`);
    for (const i of s.inventory)
      out.push(`  ${i.file}:${i.line}  ${i.kind}  ${i.name}${i.where ? `  ${i.where}` : ''}`);
  }
  out.push(`unknown connector types: ${s.unknownConnectors.length}`);
  for (const u of s.unknownConnectors)
    out.push(`  ${u.file}  channel "${u.channel}", ${u.connector}: ${u.type}`);
  if (s.specs.length === 0)
    out.push(
      'nothing was drafted: no file held a channel, flow or message to draft (see the diagnostics and skipped files).',
    );
  const count = (sev: string) => s.diagnostics.filter((d) => d.severity === sev).length;
  out.push(
    `diagnostics: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)`,
  );
  return out.join('\n') + '\n';
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}
