import { absent, notProduced, defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { hasSlot, slotNames } from '../sources.js';
import { cite } from './citations.js';

/** B4.a Secure by design: design controls are recorded against each integration's hazards. */
export default defineOutcomeUnit({
  id: 'dspt-b4a-design-controls',
  outcome: 'B4.a',
  description: 'Design controls recorded in the hazard decisions of every integration.',
  assess(input) {
    const basis = 'Design controls recorded against hazards in the hazard log, per integration.';
    if (!hasSlot(input.analysis, 'hazards'))
      return absent(basis, cite('hazards'), notProduced(slotNames.hazards));
    return perIntegration(input, {
      basis,
      cites: cite('hazards'),
      scope: designed,
      missing: (i) =>
        i.hazards.some((h) => (h.controls ?? []).some((c) => c.kind === 'design'))
          ? []
          : ['design control on any hazard'],
      emptyReason: 'the estate has no integrations',
    });
  },
});
