import type { HazardView, OutcomeView, PrivacyRiskView } from './findings.js';
import type { DsptChange, FindingChange } from './types.js';

const closed = (h: HazardView) => h.status === 'closed';

function rated(h: HazardView): string {
  return `initial ${h.initial}${h.residual !== undefined ? `, residual ${h.residual}` : ''}`;
}

function hazardState(h: HazardView): string {
  return [h.status, h.decision && `decision ${h.decision}`, rated(h), h.derivedNow ? '' : 'no longer derived']
    .filter(Boolean)
    .join('; ');
}

/** Hazard log changes, by integration id. Hazards are matched by their stable id. */
export function hazardChanges(
  base: readonly HazardView[],
  head: readonly HazardView[],
): Map<string, FindingChange[]> {
  const out = new Map<string, FindingChange[]>();
  const add = (integration: string, c: FindingChange) => {
    const list = out.get(integration) ?? [];
    list.push(c);
    out.set(integration, list);
  };
  const before = new Map(base.map((h) => [h.id, h]));
  const after = new Map(head.map((h) => [h.id, h]));
  for (const h of head) {
    const b = before.get(h.id);
    const label = `${h.number}: ${h.title}`;
    if (!b) {
      if (!closed(h)) add(h.integration, { kind: 'raised', id: h.id, title: label, after: hazardState(h) });
      continue;
    }
    const kind =
      closed(b) && !closed(h)
        ? 'reopened'
        : !closed(b) && closed(h)
          ? 'closed'
          : b.initial !== h.initial || b.residual !== h.residual
            ? 're-rated'
            : b.decision !== h.decision
              ? 'decided'
              : b.status !== h.status || b.derivedNow !== h.derivedNow
                ? 'changed'
                : undefined;
    if (kind)
      add(h.integration, { kind, id: h.id, title: label, before: hazardState(b), after: hazardState(h) });
  }
  for (const b of base)
    if (!after.has(b.id) && !closed(b))
      add(b.integration, {
        kind: 'dropped',
        id: b.id,
        title: `${b.number}: ${b.title}`,
        before: hazardState(b),
      });
  return out;
}

function riskState(r: PrivacyRiskView): string {
  return [`${r.overall} (${r.likelihood}, ${r.severity})`, r.decision].filter(Boolean).join('; ');
}

/** Privacy risk changes, by integration id. Risks are matched by integration and risk id. */
export function privacyChanges(
  base: readonly PrivacyRiskView[],
  head: readonly PrivacyRiskView[],
): Map<string, FindingChange[]> {
  const out = new Map<string, FindingChange[]>();
  const key = (r: PrivacyRiskView) => `${r.integration}\0${r.id}`;
  const add = (r: PrivacyRiskView, c: FindingChange) =>
    out.set(r.integration, [...(out.get(r.integration) ?? []), c]);
  const before = new Map(base.map((r) => [key(r), r]));
  const after = new Map(head.map((r) => [key(r), r]));
  for (const r of head) {
    const b = before.get(key(r));
    if (!b) {
      add(r, { kind: 'raised', id: r.id, title: r.title, after: riskState(r) });
      continue;
    }
    const kind =
      b.overall !== r.overall || b.likelihood !== r.likelihood || b.severity !== r.severity
        ? 're-rated'
        : b.decision !== r.decision
          ? 'decided'
          : undefined;
    if (kind) add(r, { kind, id: r.id, title: r.title, before: riskState(b), after: riskState(r) });
  }
  for (const b of base)
    if (!after.has(key(b)))
      add(b, { kind: 'closed', id: b.id, title: b.title, before: riskState(b), after: 'no longer raised' });
  return out;
}

export function dsptChanges(
  base: ReadonlyMap<string, OutcomeView> | undefined,
  head: ReadonlyMap<string, OutcomeView>,
): DsptChange[] {
  const ids = [...new Set([...(base?.keys() ?? []), ...head.keys()])].sort();
  const out: DsptChange[] = [];
  for (const outcome of ids) {
    const before = base?.get(outcome);
    const after = head.get(outcome);
    if (before?.status === after?.status) continue;
    const c: DsptChange = { outcome, title: (after ?? before)!.title };
    if (before) c.before = before.status;
    if (after) c.after = after.status;
    out.push(c);
  }
  return out;
}
