import type { Integration } from '../../../model/estate.js';
import { defineOutcomeUnit, designed, patientData, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

const secondary = new Set(['planning', 'research', 'commissioning', 'public-health', 'audit', 'other']);
const isSecondary = (i: Integration): boolean => i.purpose !== undefined && secondary.has(i.purpose);

/**
 * E3.b Using and sharing information for other purposes: identifiable secondary-use flows rest on a
 * basis that covers them (implied consent covers direct care only) and have the opt-out assessed.
 */
export default defineOutcomeUnit({
  id: 'dspt-e3b-secondary-use',
  outcome: 'E3.b',
  description:
    'A basis other than implied consent, and an opt-out assessment, for identifiable secondary-use flows.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Identifiable flows for planning, research, commissioning and other secondary purposes with their lawful and common-law bases.',
      cites: cite('privacy', 'model'),
      scope: (i) => designed(i) && isSecondary(i) && patientData(i),
      missing: (i) => {
        const b = i.lawfulBasis;
        return [
          ...(b?.article6 ? [] : ['Article 6 basis']),
          ...(!b?.confidentiality ? ['confidentiality basis'] : []),
          ...(b?.confidentiality === 'implied-consent' ? ['a basis other than implied consent'] : []),
          ...(b?.optOut && b.optOut.applies !== 'not-assessed' ? [] : ['national data opt-out assessment']),
        ];
      },
      emptyReason: 'the estate has no identifiable secondary-use flows',
    });
  },
});
