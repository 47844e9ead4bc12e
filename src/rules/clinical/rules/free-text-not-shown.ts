import { directCareConsumers, notStated, ptr } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Free text (comments, notes, instructions) the receiver does not show. */
export default defineHazardRule({
  id: 'free-text-not-shown',
  number: 22,
  title: 'Free-text comments or instructions not shown',
  description:
    'The content carries free text (result comments, clinical notes, dosage instructions) and the receiver does not display it, or the spec does not say whether it does.',
  effect: 'A comment or instruction that qualifies the data is not seen.',
  hazard:
    'Clinicians act on a value without its qualifier ("haemolysed sample", "take with food", "query result").',
  harm: 'Treatment given on a misunderstood result or instruction.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Display free text next to the item it qualifies, in full or with a visible link to the rest.',
    },
    { kind: 'test', text: 'Test with long, multi-line and special-character comments.' },
  ],
  derive(i) {
    if (directCareConsumers(i).length === 0) return undefined;
    const f = i.content?.freeText;
    if (f === 'shown') return undefined;
    const freeIndex = i.data.items.findIndex((item) => item.freeText === true);
    if (f === undefined && freeIndex < 0) return undefined;
    const cause =
      f === 'not-shown'
        ? {
            text: 'The receiver does not show the free text it receives.',
            pointer: ptr('content', 'freeText'),
          }
        : f === 'truncated'
          ? { text: 'The receiver shows free text cut short.', pointer: ptr('content', 'freeText') }
          : {
              text: `${i.data.items[freeIndex]!.name} is free text. ${notStated('whether the receiver shows free text in full', 'content.freeText')}`,
              pointer: ptr('data', 'items', freeIndex, 'freeText'),
            };
    return {
      causes: [cause],
      existingControls: [],
      initial: rate({
        likelihood: f === 'not-shown' ? 'medium' : 'low',
        because:
          f === 'not-shown'
            ? 'comments that change the meaning of a value are common and here they are never seen'
            : 'most free text is shown, but whether all of it is seen is not shown',
        severity: 'considerable',
        harm: 'a result or instruction misunderstood without its qualifier',
        patients: 'many',
      }),
    };
  },
});
