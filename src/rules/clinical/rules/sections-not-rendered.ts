import { ptr, shapeOf, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Document sections or headings the receiver does not display. */
export default defineHazardRule({
  id: 'sections-not-rendered',
  number: 20,
  title: 'Document sections or headings not displayed by the receiver',
  description:
    'The document or record view is made of sections (for example the PRSB headings of a discharge summary) and the receiver does not show every section it receives, or shows them under unclear headings.',
  effect:
    'A section (actions for the GP, medication changes, allergies) is not shown, or is shown where nobody looks.',
  hazard: 'Clinicians read the document without the part that mattered.',
  harm: 'A requested action or a medication change missed (UK Core hazards FHIR004 unclear headings and FHIR008 no standard presentation layer).',
  suggestedControls: [
    {
      kind: 'design',
      text: "Display every section received, including ones the receiver does not recognise, under the sender's headings.",
    },
    {
      kind: 'test',
      text: 'Test with documents that carry every section of the standard and an unknown one.',
    },
    {
      kind: 'business-process',
      text: 'Agree the section list with receivers, and review it when the standard changes.',
    },
  ],
  derive(i) {
    const shape = shapeOf(i);
    const documentLike = shape === 'document' || shape === 'record-view' || i.content?.sections !== undefined;
    if (!documentLike) return undefined;
    const all = i.content?.sections?.allRendered;
    if (all === true) return undefined;
    const headings = i.content?.sections?.headings ?? [];
    return {
      causes: [
        all === false
          ? {
              text: 'The receiver does not display every section it receives.',
              pointer: ptr('content', 'sections', 'allRendered'),
            }
          : unstated(
              i,
              'whether the receiver displays every section or heading',
              'content.sections.allRendered',
              ptr('content', 'sections'),
              ptr('content'),
              ptr('interaction', 'shape'),
            ),
      ],
      existingControls: headings.length ? [`The sections are named: ${headings.join(', ')}.`] : [],
      initial: rate({
        likelihood: all === false ? 'medium' : 'low',
        because:
          all === false
            ? 'sections the receiver does not know are sent routinely and here they are not shown'
            : 'most receivers render the common sections, but this is not shown for every one',
        severity: 'considerable',
        harm: 'a missed action or medication change delays or misdirects care',
        patients: 'many',
      }),
    };
  },
});
