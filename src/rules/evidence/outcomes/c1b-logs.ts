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

/** C1.b Securing logs: message stores and audit logs have a declared, bounded retention and a purge mechanism. */
export default defineOutcomeUnit({
  id: 'dspt-c1b-logs',
  outcome: 'C1.b',
  description: 'Declared retention and purging for every message store and audit log.',
  assess(input) {
    const basis = 'Retention period and purge mechanism of every engine message store and audit log.';
    const schedule = input.analysis.retention;
    if (!schedule) return absent(basis, cite('retention'), notProduced(slotNames.retention));
    const rowsBy = byIntegration(schedule.rows);
    return perIntegration(input, {
      basis,
      cites: cite('retention'),
      scope: designed,
      missing: (i) =>
        (rowsBy.get(i.id) ?? [])
          .filter((r) => r.copy !== 'record' && bad.has(r.status))
          .map((r) => `${r.copy === 'audit-log' ? 'audit log' : 'message store'}: ${r.statusText}`),
      emptyReason: 'the estate has no integrations',
    });
  },
});
