import { defineOutcomeUnit, designed, patientData, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** E2.c National data opt-out: every flow of patient data says whether the opt-out applies and, if so, that it is applied. */
export default defineOutcomeUnit({
  id: 'dspt-e2c-opt-out',
  outcome: 'E2.c',
  description: 'National data opt-out assessed for every flow of patient data, and applied where it applies.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Whether the national data opt-out applies to each identifiable flow, and that opted-out patients are removed where it does.',
      cites: cite('privacy', 'model'),
      scope: (i) => designed(i) && patientData(i),
      missing: (i) => {
        const o = i.lawfulBasis?.optOut;
        if (!o) return ['national data opt-out assessment'];
        if (o.applies === 'not-assessed') return ['national data opt-out (not assessed)'];
        if (o.applies === 'yes' && o.applied !== true)
          return ['national data opt-out applies but is not applied'];
        return [];
      },
      emptyReason: 'no flow carries identifiable patient data',
    });
  },
});
