import { feedsCareDecisions, ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { derived } from '../rating.js';

/** Messages can be lost: no acknowledgement, or nothing holds and resends a failed delivery. */
export default defineHazardRule({
  id: 'message-loss',
  number: 6,
  title: 'Messages lost in transit',
  description:
    'The spec does not show both an acknowledgement of delivery and a queue or retry, so a message that fails to arrive can be lost without anyone knowing.',
  effect: 'A result, referral or event never reaches the target system.',
  hazard: 'Clinicians do not see information they expect to be there and may assume there is none.',
  harm: 'Delayed or missed treatment (HSSIB: referrals delayed, missed or rejected between systems).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Use application-level acknowledgements (HL7 AA/AE/AR, FHIR OperationOutcome) and a persistent queue that resends in order.',
    },
    {
      kind: 'test',
      text: 'Test delivery when the target is down, slow, and returns errors; check nothing is lost and nothing is resent out of order.',
    },
    {
      kind: 'business-process',
      text: 'Reconcile counts sent and received daily for high-risk message types.',
    },
  ],
  derive(i) {
    const t = i.transport;
    const causes: Cause[] = [];
    if (t.acknowledgement !== 'application' && t.acknowledgement !== 'transport') {
      causes.push({
        text:
          t.acknowledgement === 'none'
            ? 'The receiver does not acknowledge messages.'
            : 'The spec does not say the receiver acknowledges messages.',
        pointer: ptr('transport', t.acknowledgement ? 'acknowledgement' : 'kind'),
      });
    }
    if (t.retry !== 'queue' && t.retry !== 'retry') {
      causes.push({
        text:
          t.retry === 'none'
            ? 'Failed deliveries are not retried or queued.'
            : 'The spec does not say failed deliveries are queued or retried.',
        pointer: ptr('transport', t.retry ? 'retry' : 'kind'),
      });
    }
    if (causes.length === 0) return undefined;
    const both = causes.length === 2;
    const decisions = feedsCareDecisions(i);
    const existingControls: string[] = [];
    if (t.acknowledgement === 'application')
      existingControls.push(
        'The receiver confirms each message was processed (application acknowledgement).',
      );
    if (t.acknowledgement === 'transport')
      existingControls.push('The receiver confirms delivery (transport acknowledgement).');
    if (t.retry === 'queue')
      existingControls.push('Failed deliveries are held in a queue and resent in order.');
    if (t.retry === 'retry') existingControls.push('Failed deliveries are retried.');
    return derived(causes, existingControls, {
      likelihood: both ? 'medium' : 'low',
      because: both
        ? 'neither acknowledgement nor retry is shown, so any outage loses messages, and a clinician is unlikely to know that something expected is missing'
        : 'one safeguard is shown, so loss needs a failure the other does not catch',
      severity: decisions ? 'major' : 'considerable',
      harm: decisions
        ? 'clinicians make decisions on this data, and a missing result or referral can lead to serious harm'
        : 'missing data delays care',
      patients: 'many',
    });
  },
});
