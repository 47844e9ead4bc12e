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
    // Grouped once: per-integration lookups stay linear on estates of thousands.
    const missingBy = new Map<string, string[]>();
    const add = (id: string, text: string) => missingBy.set(id, [...(missingBy.get(id) ?? []), text]);
    for (const h of hazards ?? []) if (h.undecided) add(h.integration, `CSO decision on hazard ${h.label}`);
    for (const r of privacy ?? [])
      if (r.undecided) add(r.integration, `IG decision on privacy risk: ${r.label}`);
    return perIntegration(input, {
      basis,
      cites: [...(hazards ? cite('hazards') : []), ...(privacy ? cite('privacy') : [])],
      scope: designed,
      missing: (i) => missingBy.get(i.id) ?? [],
      emptyReason: 'the estate has no integrations',
      organisation: [
        ...(hazards ? [] : [`${slotNames.hazards} (not produced)`]),
        ...(privacy ? [] : [`${slotNames.privacy} (not produced)`]),
      ],
    });
  },
});
