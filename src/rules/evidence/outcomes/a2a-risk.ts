import { absent, defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { hazardFacts, privacyFacts, slotNames } from '../sources.js';
import { cite } from './citations.js';

/**
 * A2.a Risk management process: every integration's clinical hazards and privacy risks are on
 * the hazard log and DPIA risk register, and every one that needs a decision has one.
 */
export default defineOutcomeUnit({
  id: 'dspt-a2a-risk',
  outcome: 'A2.a',
  description:
    'Hazard log and DPIA risk register per integration, with every risk that needs a decision decided.',
  assess(input) {
    const basis =
      'Clinical hazard log (DCB 0129/0160) and DPIA risk register per integration, with residual-risk decisions.';
    const hazards = hazardFacts(input.analysis);
    const privacy = privacyFacts(input.analysis);
    if (!hazards && !privacy) {
      const reason = `neither ${slotNames.hazards} nor ${slotNames.privacy} was produced in this build`;
      return absent(basis, cite('hazards', 'privacy'), reason);
    }
    return perIntegration(input, {
      basis,
      cites: [...(hazards ? cite('hazards') : []), ...(privacy ? cite('privacy') : [])],
      scope: designed,
      missing: (i) => [
        ...(hazards ?? [])
          .filter((h) => h.integration === i.id && h.undecided)
          .map((h) => `CSO decision on hazard ${h.label}`),
        ...(privacy ?? [])
          .filter((r) => r.integration === i.id && r.undecided)
          .map((r) => `IG decision on privacy risk: ${r.label}`),
      ],
      emptyReason: 'the estate has no integrations',
      organisation: [
        ...(hazards ? [] : [`${slotNames.hazards} (not produced)`]),
        ...(privacy ? [] : [`${slotNames.privacy} (not produced)`]),
      ],
    });
  },
});
