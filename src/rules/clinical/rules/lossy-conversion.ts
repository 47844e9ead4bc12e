import type { Likelihood } from '../../../model/written.js';
import { ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { derived } from '../rating.js';

/** Values cut short or degraded (free text truncated, codes degraded to text). */
export default defineHazardRule({
  id: 'lossy-conversion',
  number: 9,
  title: 'Information truncated or lost in conversion',
  description:
    'The target accepts shorter values than the source sends, or a mapping cannot carry some values exactly, so part of the information is silently dropped.',
  effect: 'A free-text comment ends mid-sentence, or a coded value becomes plain text or a rounded value.',
  hazard: 'The part of the message that mattered (a caveat, a warning, a qualifier) is not shown.',
  harm: 'Treatment given without a clinical caveat, or a value misread after manual transcription (UK Core FHIR009).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Raise the field size to the source maximum, or mark truncated values visibly and keep the full text available.',
    },
    {
      kind: 'test',
      text: 'Send maximum-length and multi-byte free text and unmappable codes; check what the user sees.',
    },
    { kind: 'training', text: 'Tell users where truncation can happen and where to find the full text.' },
  ],
  derive(i) {
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    i.data.items.forEach((item, index) => {
      if (item.maxLength === undefined) return;
      causes.push({
        text: `${item.name}${item.freeText ? ' (free text)' : ''} is cut at ${item.maxLength} characters in the target.`,
        pointer: ptr('data', 'items', index, 'maxLength'),
      });
      if (item.freeText) likelihood = 'medium';
    });
    i.mapping.forEach((m, index) => {
      if (m.lossy !== true) return;
      causes.push({
        text: `The ${m.kind} map ${m.from} to ${m.to} cannot carry every value exactly.`,
        pointer: ptr('mapping', index, 'lossy'),
      });
    });
    return derived(causes, [], {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'clinicians routinely write free text longer than a fixed field, and the cut is not visible to the reader'
          : 'only some values are affected, and only some of those carry a caveat that matters',
      severity: 'considerable',
      harm: 'the lost part can carry a clinical caveat, and treatment goes ahead without it',
      patients: 'many',
    });
  },
});
