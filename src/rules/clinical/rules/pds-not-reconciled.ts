import type { WrittenEndpoint } from '../../../model/written.js';
import { ptr } from '../facts.js';
import { defineHazardRule } from '../rule.js';
import { derived } from '../rating.js';

/** Local demographics drift from the national record when nobody reconciles them with PDS. */
export default defineHazardRule({
  id: 'pds-not-reconciled',
  number: 2,
  title: 'Patient demographics out of date (no PDS reconciliation)',
  description:
    'The receiving system keeps its own copy of patient demographics but the spec shows no regular reconciliation with the Personal Demographics Service, so changes of address, GP, name or date of death are not picked up.',
  effect: 'Local records show an old address, GP or name, or a deceased patient as alive.',
  hazard:
    'Letters, results and invitations go to the wrong place, and matching on stale details becomes less reliable.',
  harm: 'Missed appointments and delayed care; distress to families contacted about a patient who has died.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Reconcile local demographics with PDS on a schedule (or subscribe to PDS change notifications) and queue mismatches for review.',
    },
    {
      kind: 'test',
      text: 'Test that a PDS change of address, GP and date of death reaches the local record.',
    },
    {
      kind: 'business-process',
      text: 'Work the PDS mismatch queue to an agreed turnaround, owned by a named team.',
    },
  ],
  derive(i) {
    const id = i.identity;
    if (!id) return undefined;
    if (!id.matchOn.includes('nhs-number') && !id.matchOn.includes('demographics')) return undefined;
    // The hazard is in a kept copy of demographics: a query shown on demand keeps none, and a
    // flow that reads from PDS itself is the reconciliation.
    if (!i.data.items.some((item) => item.class === 'personal')) return undefined;
    if (i.latency?.contract === 'on-demand' || readsFromPds(i.source)) return undefined;
    const recon = id.pdsReconciliation;
    if (recon && recon.onMismatch !== 'ignore') return undefined;
    const causes = recon
      ? [
          {
            text: 'Mismatches found by PDS reconciliation are ignored.',
            pointer: ptr('identity', 'pdsReconciliation', 'onMismatch'),
          },
        ]
      : [
          {
            text: 'The spec shows no reconciliation of local demographics with PDS.',
            pointer: ptr('identity'),
          },
        ];
    const existingControls =
      id.nhsNumberVerified === true ? ['NHS numbers are traced against PDS when a message arrives.'] : [];
    return derived(causes, existingControls, {
      likelihood: 'medium',
      because:
        'demographics change every day across a population, and without reconciliation letters, calls and visits go to out-of-date details',
      severity: 'significant',
      harm: 'the usual result is delay, a missed appointment or distress rather than physical injury',
      patients: 'many',
    });
  },
});

/** PDS is named by its system name (its ODS code, X26, is NHS England's and covers many services). */
function readsFromPds(source: WrittenEndpoint): boolean {
  return /\bPDS\b|personal demographics/i.test(source.system);
}
