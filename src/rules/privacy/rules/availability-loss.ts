import { careUsers, carriesPersonalData } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * UK GDPR Art. 32(1)(b)-(c): security includes the availability of personal data and restoring
 * access in a timely manner. Where clinicians act on the data, losing it is a risk to the people
 * it is about; NHS England's GP Connect DPIA records "loss of availability" as a risk.
 */
const roundTheClock = /24\s*[x×*/]\s*7|24\s*hours|24\/7|around the clock/i;
const immediate = new Set(['realtime', 'near-realtime', 'on-demand']);

export default definePrivacyRule({
  id: 'privacy-availability-loss',
  check(i) {
    if (!carriesPersonalData(i)) return undefined;
    const deciders = careUsers(i).filter(({ consumer }) => consumer.use === 'direct-care-decisions');
    if (deciders.length === 0) return undefined;
    const first = deciders[0]!;
    let problem: string;
    let pointer: string;
    if (!i.sla) {
      problem = `${first.consumer.name} act on the data for care, and the spec records no service level`;
      pointer = `/consumers/${first.index}/use`;
    } else if (!i.sla.restore) {
      problem = `${first.consumer.name} act on the data for care, and no time to restore the service is recorded`;
      pointer = '/sla';
    } else {
      const urgent = deciders.find(
        ({ consumer }) =>
          (consumer.freshness !== undefined && immediate.has(consumer.freshness)) ||
          (i.latency !== undefined && immediate.has(i.latency.contract)),
      );
      if (!urgent || roundTheClock.test(i.sla.hours)) return undefined;
      problem = `${urgent.consumer.name} need the data when they act, but the service is supported ${i.sla.hours}`;
      pointer = '/sla/hours';
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'When the service fails out of hours or is not restored in time, clinicians act without information about the patient, or fall back to less secure ways of getting it.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        'Agree support hours and a restore time that match when the data is used, or tell users when it is unsupported.',
        'Give users a fallback (a telephone route, another record) and make a failed request visible, never an empty record.',
      ],
    });
  },
});
