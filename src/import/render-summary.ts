import type { ImportSummary } from './summary.js';

/** Plain-text import summary for a terminal. Holds no secret values and no message content. */
export function renderSummaryText(s: ImportSummary): string {
  const out: string[] = [];
  const written = s.specs.filter((x) => x.action === 'written');
  const planned = s.specs.filter((x) => x.action === 'planned');
  const changed = s.specs.filter((x) => x.action === 'changed');
  const unchanged = s.specs.filter((x) => x.action === 'unchanged');
  out.push(`govspec import ${s.importer}: ${s.files.read} file(s) read, ${s.files.withErrors} with errors`);
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
  out.push(`unknown connector types: ${s.unknownConnectors.length}`);
  for (const u of s.unknownConnectors)
    out.push(`  ${u.file}  channel "${u.channel}", ${u.connector}: ${u.type}`);
  const count = (sev: string) => s.diagnostics.filter((d) => d.severity === sev).length;
  out.push(
    `diagnostics: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)`,
  );
  return out.join('\n') + '\n';
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}
