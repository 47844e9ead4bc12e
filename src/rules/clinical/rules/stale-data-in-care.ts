import type { Consequence, Likelihood } from '../../../model/written.js';
import { durationWords } from '../../../core/formats.js';
import { directCareConsumers, isBatch, ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { derived } from '../rating.js';
import { defineHazardRule } from '../rule.js';

const freshContracts = new Set(['realtime', 'near-realtime']);

/** Batch latency feeding a view that clinicians use while caring for patients. */
export default defineHazardRule({
  id: 'stale-data-in-care',
  number: 4,
  title: 'Out-of-date data shown for direct care',
  description:
    'Data arrives in batches (hourly, nightly or less often) but is shown to people caring for patients, who may assume it is current.',
  effect: 'A care view shows data that is hours or days old without saying so.',
  hazard:
    'A clinician acts on information that has since changed (a new result, a discharge, a stopped medicine).',
  harm: 'Delayed or inappropriate treatment based on superseded information.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Move the feed to a real-time or near-real-time contract, or show "data as at <time>" wherever the data is displayed.',
    },
    {
      kind: 'test',
      text: 'Test that the display shows the age of the data and that a failed batch is flagged as stale.',
    },
    {
      kind: 'training',
      text: 'Tell users of the view how fresh the data is and where to check the live source.',
    },
    {
      kind: 'business-process',
      text: 'Alert the service desk when a batch is late, and tell clinical users.',
    },
  ],
  derive(i) {
    const contract = i.latency?.contract;
    if (!isBatch(contract)) return undefined;
    const care = directCareConsumers(i);
    if (care.length === 0) return undefined;
    const causes: Cause[] = [
      { text: `The latency contract is ${contract}.`, pointer: ptr('latency', 'contract') },
    ];
    for (const c of care) {
      const wants = i.consumers[c.index]?.freshness;
      const mismatch = wants !== undefined && freshContracts.has(wants);
      causes.push({
        text: `${c.name} uses it for ${c.decisions ? 'direct-care decisions' : 'direct care'}${mismatch ? ` and needs it ${wants}` : ''}.`,
        pointer: ptr('consumers', c.index, mismatch ? 'freshness' : 'use'),
      });
    }
    const decisions = care.some((c) => c.decisions);
    const likelihood: Likelihood = contract === 'weekly' || contract === 'monthly' ? 'high' : 'medium';
    const severity: Consequence = decisions ? 'major' : 'considerable';
    const existingControls = i.latency?.target
      ? [`End-to-end latency target ${durationWords(i.latency.target)}.`]
      : [];
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'high'
          ? `with a ${contract} contract the data is out of date for most of the time it is shown, and nothing says so`
          : `with a ${contract} contract the data is often out of date when it is looked at`,
      severity,
      harm: decisions
        ? 'clinicians make treatment decisions on it'
        : 'it informs care without being the basis of decisions',
      patients: 'many',
    });
  },
});
