import { durationWords } from '../../../core/formats.js';
import type { Likelihood } from '../../../model/written.js';
import { caresForPatients, feedsCareDecisions, ptr, returnsResults, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** A request that fails or times out is shown as if there were nothing to show. */
export default defineHazardRule({
  id: 'request-failure-read-as-empty',
  number: 42,
  title: 'A failed or timed-out request looks like "nothing recorded"',
  description:
    'The consumer asks another system for data while someone is being cared for (a search, a lookup or a record view). When the request fails or times out (the provider is down, the network is slow, the provider returns an error), the screen shows an empty list or the process carries on without the answer, instead of saying the data could not be retrieved.',
  effect:
    'A user sees "no allergies", "no medications" or "no match", or a process goes on without the data, when in fact nothing was retrieved.',
  hazard: 'An absence of data is read as an absence of the clinical facts themselves.',
  harm: 'A drug is prescribed to a patient with an allergy the view did not show, or a decision is taken without a record that exists (FHIR: a search that cannot be run is an error, not an empty result).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Tell an error or a timeout apart from an empty result: say that the data could not be retrieved, when it was last tried, and where else to look; never show an empty list or "none recorded" after a failure.',
    },
    {
      kind: 'test',
      text: 'Test with the provider stopped, slow beyond the timeout, and returning HTTP 4xx and 5xx errors, and check each shows a clear "could not retrieve" message and nothing that reads as "none".',
    },
    {
      kind: 'training',
      text: 'Tell users what the "could not retrieve" message looks like and what to do instead (ask the patient, phone the practice, use the downtime procedure).',
    },
  ],
  derive(i) {
    if (!returnsResults(i) || !caresForPatients(i)) return undefined;
    const f = i.response?.onFailure;
    if (f === 'error-shown') return undefined;
    const causes: Cause[] =
      f === undefined
        ? [
            unstated(
              i,
              'what the user sees when the request fails or times out',
              'response.onFailure',
              ptr('response'),
              ptr('interaction', 'shape'),
            ),
          ]
        : [
            {
              text:
                f === 'shown-as-empty'
                  ? 'A failed or timed-out request is shown as an empty result.'
                  : 'When the request fails or times out, the process carries on without the answer and nobody is told.',
              pointer: ptr('response', 'onFailure'),
            },
          ];
    const existingControls: string[] = [];
    if (i.latency?.target !== undefined)
      existingControls.push(`An answer is expected within ${durationWords(i.latency.target)}.`);
    if (i.monitoring) existingControls.push(`Monitoring: ${i.monitoring.view}.`);
    const likelihood: Likelihood = f === undefined ? 'low' : 'medium';
    const decisions = feedsCareDecisions(i);
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'every provider is sometimes down or slow, and here a failure looks the same as an answer with nothing in it'
          : 'failures happen, and the spec does not show whether the user can tell one from an empty answer',
      severity: decisions ? 'major' : 'considerable',
      harm: decisions
        ? 'a clinician acts on "nothing recorded" and misses an allergy, a medication or a record that exists'
        : 'care goes ahead without information the user believed was not there',
      patients: 'many',
    });
  },
});
