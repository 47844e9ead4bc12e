import { absent, defineOutcomeUnit, designed, notProduced, perIntegration } from '../outcome.js';
import { hazardFacts, slotNames } from '../sources.js';
import { cite } from './citations.js';

/**
 * B4.a Secure by design: every integration with hazards on the log has at least one design
 * control recorded against them (an integration with no hazards has nothing to control).
 */
export default defineOutcomeUnit({
  id: 'dspt-b4a-design-controls',
  outcome: 'B4.a',
  description: 'Design controls recorded against the hazards of every integration that has hazards.',
  assess(input) {
    const basis = 'Design controls recorded against hazards in the hazard log, per integration.';
    const hazards = hazardFacts(input.analysis);
    if (!hazards) return absent(basis, cite('hazards'), notProduced(slotNames.hazards));
    const withHazards = new Set(hazards.map((h) => h.integration));
    const withDesign = new Set(
      hazards.filter((h) => h.controlKinds.includes('design')).map((h) => h.integration),
    );
    return perIntegration(input, {
      basis,
      cites: cite('hazards'),
      scope: (i) => designed(i) && withHazards.has(i.id),
      missing: (i) => (withDesign.has(i.id) ? [] : ['design control on any hazard']),
      emptyReason: 'no integration has hazards on the hazard log',
    });
  },
});
