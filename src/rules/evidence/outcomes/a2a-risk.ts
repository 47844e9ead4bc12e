import { absent, defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { hasSlot, slotNames } from '../sources.js';
import { cite } from './citations.js';

/** A2.a Risk management process: hazard log and DPIA risks per integration, each with a recorded decision. */
export default defineOutcomeUnit({
  id: 'dspt-a2a-risk',
  outcome: 'A2.a',
  description: 'Hazard log and DPIA risk register per integration, with every recorded risk decided.',
  assess(input) {
    const basis =
      'Clinical hazard log (DCB 0129/0160) and DPIA risk register per integration, with residual-risk decisions.';
    const cites = cite('hazards', 'privacy');
    const hazards = hasSlot(input.analysis, 'hazards');
    const privacy = hasSlot(input.analysis, 'privacy');
    if (!hazards && !privacy)
      return absent(
        basis,
        cites,
        `neither ${slotNames.hazards} nor ${slotNames.privacy} was produced in this build`,
      );
    return perIntegration(input, {
      basis,
      cites: [...(hazards ? cite('hazards') : []), ...(privacy ? cite('privacy') : [])],
      scope: designed,
      missing: (i) => [
        ...i.hazards
          .filter((h) => !h.decision)
          .map((h) => `decision on hazard ${h.derived ?? h.local?.id ?? ''}`.trim()),
        ...i.privacyRisks
          .filter((r) => !r.effect || r.approved === undefined)
          .map((r) => `decision on privacy risk ${r.derived ?? r.local?.id ?? ''}`.trim()),
      ],
      emptyReason: 'the estate has no integrations',
      organisation: [
        ...(hazards ? [] : [`${slotNames.hazards} (not produced)`]),
        ...(privacy ? [] : [`${slotNames.privacy} (not produced)`]),
      ],
    });
  },
});
