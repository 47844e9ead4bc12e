import { ptr, shapeOf, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Human-readable text that can disagree with the structured data beside it. */
export default defineHazardRule({
  id: 'narrative-mismatch',
  number: 21,
  title: 'Readable text and structured data can disagree',
  description:
    'The content carries human-readable text (a FHIR narrative, an HTML view, a rendered letter) written separately from its structured data, so the two can say different things and different readers see different facts.',
  effect: 'One system or user reads the text, another the structured data, and they disagree.',
  hazard: 'Clinicians act on the version that is wrong.',
  harm: 'Wrong or omitted treatment where text and data differ (UK Core hazard FHIR003: narrative may not match the structured data).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Generate the readable text from the structured data, or check they agree before sending.',
    },
    { kind: 'test', text: 'Compare text and structured data for every section in test documents.' },
    { kind: 'training', text: 'Tell users which of the two is authoritative.' },
  ],
  derive(i) {
    const n = i.content?.narrative;
    if (n === 'generated-from-data' || n === 'none') return undefined;
    const shape = shapeOf(i);
    const explicit = n === 'may-differ';
    if (!explicit && !(i.protocol.standard === 'fhir' && (shape === 'document' || shape === 'record-view')))
      return undefined;
    return {
      causes: [
        explicit
          ? {
              text: 'The readable text is written separately from the structured data and may differ.',
              pointer: ptr('content', 'narrative'),
            }
          : unstated(
              i,
              'whether the readable text is generated from the structured data',
              'content.narrative',
              ptr('content'),
              ptr('interaction', 'shape'),
            ),
      ],
      existingControls: [],
      initial: rate({
        likelihood: explicit ? 'medium' : 'low',
        because: explicit
          ? 'text and data maintained separately drift apart, and readers do not compare them'
          : 'most senders generate the text from the data, but this is not shown',
        severity: 'considerable',
        harm: 'treatment on the wrong version of a fact',
        patients: 'many',
      }),
    };
  },
});
