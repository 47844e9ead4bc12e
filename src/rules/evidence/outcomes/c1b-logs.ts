import type { Integration } from '../../../model/estate.js';
import {
  absent,
  byIntegration,
  notProduced,
  defineOutcomeUnit,
  designed,
  perIntegration,
} from '../outcome.js';
import { slotNames } from '../sources.js';
import { cite } from './citations.js';

const bad = new Set(['undeclared', 'unbounded']);

/** What the spec says about who can read its audit logs and whether entries can be changed. */
function protection(i: Integration): string[] {
  const a = i.audit;
  if (!a) return [];
  const out: string[] = [];
  if (a.readAccess !== 'business-need-only') {
    out.push(
      a.readAccess === 'wider'
        ? 'audit log: read access wider than accounts with a business need'
        : 'audit log: who can read it',
    );
  }
  if (a.integrity !== 'tamper-protected') {
    out.push(
      a.integrity === 'not-protected'
        ? 'audit log: entries can be changed or deleted'
        : 'audit log: protection against change or deletion',
    );
  }
  return out;
}

/**
 * C1.b Securing logs. The NCSC CAF outcome asks that logging data is held securely, read only by
 * accounts with a business need, and never modified or deleted within an agreed retention period,
 * after which it is deleted: integrity and access control first, then a bounded retention.
 */
export default defineOutcomeUnit({
  id: 'dspt-c1b-logs',
  outcome: 'C1.b',
  description:
    'Audit logs read only by accounts with a business need, protected from change or deletion, with a declared retention and purge.',
  assess(input) {
    const basis =
      'Who can read each audit log, whether its entries are protected from change or deletion, and the retention period and purge of every audit log and message store.';
    const schedule = input.analysis.retention;
    if (!schedule) return absent(basis, cite('retention'), notProduced(slotNames.retention));
    const rowsBy = byIntegration(schedule.rows);
    return perIntegration(input, {
      basis,
      cites: cite('retention'),
      scope: designed,
      missing: (i) => [
        ...protection(i),
        ...(rowsBy.get(i.id) ?? [])
          .filter((r) => r.copy !== 'record' && bad.has(r.status))
          .map((r) => `${r.copy === 'audit-log' ? 'audit log' : 'message store'}: ${r.statusText}`),
      ],
      emptyReason: 'the estate has no integrations',
    });
  },
});
