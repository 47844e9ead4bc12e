import type { Integration } from '../../../model/estate.js';
import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

const directCare = (i: Integration): boolean =>
  i.purpose === 'direct-care' ||
  (i.purpose === undefined && i.consumers.some((c) => c.use.startsWith('direct-care')));

/** E3.a Using and sharing information for direct care: direct-care flows have Article 6, Article 9 and confidentiality bases. */
export default defineOutcomeUnit({
  id: 'dspt-e3a-direct-care',
  outcome: 'E3.a',
  description: 'Article 6, Article 9 and confidentiality bases for every direct-care flow.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Direct-care flows with their UK GDPR Article 6 basis, Article 9 condition and common-law basis.',
      cites: cite('privacy', 'model'),
      scope: (i) => designed(i) && directCare(i),
      missing: (i) => {
        const b = i.lawfulBasis;
        const health = i.data.items.some((d) => d.class === 'health' || d.class === 'special');
        return [
          ...(b?.article6 ? [] : ['Article 6 basis']),
          ...(health && !b?.article9 ? ['Article 9 condition'] : []),
          ...(b?.confidentiality ? [] : ['confidentiality basis']),
        ];
      },
      emptyReason: 'the estate has no direct-care flows',
    });
  },
});
