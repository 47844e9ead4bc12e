import type { ConsumerUse, Purpose } from '../../../model/written.js';
import { isIdentifiable } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * Purpose limitation (UK GDPR Art. 5(1)(b)): a consumer whose use is not the spec's purpose is
 * further processing that needs its own compatibility assessment and basis. NHS England's GP
 * Connect DPIA records use "for purposes other than direct care" as a risk.
 */
const compatible: Partial<Record<Purpose, readonly ConsumerUse[]>> = {
  'direct-care': ['direct-care-decisions', 'direct-care-information', 'administration'],
  administration: ['administration', 'direct-care-decisions', 'direct-care-information', 'billing'],
  planning: ['planning', 'commissioning'],
  commissioning: ['commissioning', 'planning', 'billing'],
  research: ['research'],
};

const useWords: Record<ConsumerUse, string> = {
  'direct-care-decisions': 'direct care',
  'direct-care-information': 'direct care',
  administration: 'administration',
  planning: 'planning',
  research: 'research',
  commissioning: 'commissioning',
  billing: 'billing',
  other: 'another purpose',
};

export default definePrivacyRule({
  id: 'privacy-use-beyond-purpose',
  check(i) {
    if (!i.purpose || !isIdentifiable(i)) return undefined;
    const allowed = compatible[i.purpose];
    if (!allowed) return undefined;
    const index = i.consumers.findIndex((c) => !allowed.includes(c.use));
    if (index < 0) return undefined;
    const c = i.consumers[index]!;
    const purpose = i.purpose.replace(/-/g, ' ');
    const problem = `${c.name} uses the data for ${useWords[c.use]}, but the flow's purpose is ${purpose}`;
    return riskHit({
      pointer: `/consumers/${index}/use`,
      problem,
      impact:
        'Using personal data for a purpose other than the one it was collected for, without assessing compatibility and a basis of its own, breaches purpose limitation and surprises the people it is about.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        'Stop the other use, or assess it as a separate purpose with its own lawful basis, confidentiality basis and opt-out position.',
        'Where the use is needed, give it a separate flow with only the data it needs.',
      ],
    });
  },
});
