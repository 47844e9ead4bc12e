import { ptr } from '../facts.js';
import { defineHazardRule } from '../rule.js';
import { rate } from '../rating.js';

/** Local times without an offset are ambiguous for an hour every autumn and shift in spring. */
export default defineHazardRule({
  id: 'time-zone-ambiguity',
  number: 10,
  title: 'Times misread around clock changes',
  description:
    'Date-times are sent as local time without a UTC offset, so times in the hour when clocks go back are ambiguous and systems in different zones or with different settings can shift them.',
  effect:
    'An event, dose or sample time is recorded an hour early or late, or events are shown in the wrong order.',
  hazard: 'Clinicians misjudge timing: when a dose was given or a sample taken.',
  harm: 'A dose repeated or delayed; a time-critical result interpreted against the wrong time.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Send date-times with a UTC offset (or in UTC) and render them unambiguously (FHIR safety checklist items 12-13).',
    },
    {
      kind: 'test',
      text: 'Test messages timed in the hour after the autumn clock change and across the spring change.',
    },
  ],
  derive(i) {
    if (i.protocol.timezone !== 'local-no-offset') return undefined;
    return {
      causes: [
        {
          text: 'Date-times are carried as local time with no offset.',
          pointer: ptr('protocol', 'timezone'),
        },
      ],
      existingControls: [],
      initial: rate({
        likelihood: 'low',
        because: 'only times near a clock change, or crossing systems with different settings, are affected',
        severity: 'considerable',
        harm: 'dose and sample timing errors can cause severe short-term harm',
        patients: 'many',
      }),
    };
  },
});
