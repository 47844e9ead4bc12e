import { ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { derived } from '../rating.js';

/** A message processed twice, or events applied in the wrong order. */
export default defineHazardRule({
  id: 'duplicate-or-out-of-order',
  number: 7,
  title: 'Duplicate or out-of-order messages',
  description:
    'The spec does not show that repeated messages are detected (e.g. by HL7 MSH-10 control id) or that messages are applied in the order they were sent (e.g. MSH-13 sequence numbers).',
  effect:
    'Duplicate orders or results; an older update overwrites a newer one (a discharge followed by a stale transfer).',
  hazard:
    'The record shows a duplicated or superseded state: wrong location, repeated order, old result as latest.',
  harm: 'Repeated tests or doses, or care delivered to the wrong place.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Detect duplicates by sender and message control id; process the messages for each patient in sequence (sequence numbers or a single ordered queue).',
    },
    {
      kind: 'test',
      text: 'Replay the same message twice and deliver a pair of updates in reverse order; check the target ends in the right state.',
    },
    {
      kind: 'business-process',
      text: 'Investigate duplicate alerts from the engine as part of daily checks.',
    },
  ],
  derive(i) {
    const t = i.transport;
    const causes: Cause[] = [];
    if (t.duplicates !== 'detected' && t.duplicates !== 'idempotent') {
      causes.push({
        text:
          t.duplicates === 'not-handled'
            ? 'Duplicate messages are not detected.'
            : 'The spec does not say how a message delivered twice is handled.',
        pointer: ptr('transport', t.duplicates ? 'duplicates' : 'kind'),
      });
    }
    // Order only matters for a stream of updates; an on-demand query stands alone.
    const stream = i.latency?.contract !== 'on-demand';
    if (stream && t.ordering !== 'guaranteed' && t.ordering !== 'sequence-checked') {
      causes.push({
        text:
          t.ordering === 'not-guaranteed'
            ? 'Messages may be processed out of order.'
            : 'The spec does not say messages are processed in the order sent.',
        pointer: ptr('transport', t.ordering ? 'ordering' : 'kind'),
      });
    }
    if (causes.length === 0) return undefined;
    const explicit = t.duplicates === 'not-handled' || (stream && t.ordering === 'not-guaranteed');
    const existingControls: string[] = [];
    if (t.duplicates === 'detected') existingControls.push('Duplicate messages are detected.');
    if (t.duplicates === 'idempotent')
      existingControls.push('Processing a message twice has no further effect (idempotent).');
    if (t.ordering === 'guaranteed') existingControls.push('Messages are processed in the order sent.');
    if (t.ordering === 'sequence-checked') existingControls.push('Sequence numbers are checked.');
    return derived(causes, existingControls, {
      likelihood: explicit ? 'medium' : 'low',
      because: explicit
        ? 'the spec says duplicates or ordering are not handled, retries and reconnections produce both, and a stale or repeated state is then shown as current'
        : 'handling is not stated; engines often preserve order by default, but this is not shown',
      severity: 'considerable',
      harm: 'a wrong current state (a repeated order, a cancelled appointment shown as booked) leads to repeated or misdirected care',
      patients: 'one',
    });
  },
});
