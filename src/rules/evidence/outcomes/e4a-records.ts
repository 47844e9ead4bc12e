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

const bad = new Set(['shortfall', 'unknown-type', 'undeclared', 'unbounded']);

/** E4.a Managing records: every record copy an integration makes is on the retention schedule and meets it. */
export default defineOutcomeUnit({
  id: 'dspt-e4a-records',
  outcome: 'E4.a',
  description: 'Retention schedule rows for every record copy, with no shortfall or undeclared period.',
  assess(input) {
    const basis =
      'Retention schedule: each record copy, message store and audit log with its Code minimum, local period and purge mechanism.';
    const schedule = input.analysis.retention;
    if (!schedule) return absent(basis, cite('retention'), notProduced(slotNames.retention));
    const rowsBy = byIntegration(schedule.rows);
    return perIntegration(input, {
      basis,
      cites: cite('retention'),
      scope: designed,
      missing: (i) =>
        (rowsBy.get(i.id) ?? [])
          .filter((r) => bad.has(r.status))
          .map(
            (r) =>
              `${r.copy === 'record' ? 'record' : r.copy === 'audit-log' ? 'audit log' : 'message store'}: ${r.statusText}`,
          ),
      emptyReason: 'the estate has no integrations',
    });
  },
});
