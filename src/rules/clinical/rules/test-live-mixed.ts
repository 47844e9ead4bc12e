import { nearest, notStated, ptr, shapeOf, writesIntoRecord } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Test and live traffic can meet: shared endpoints, or test patients in live systems. */
export default defineHazardRule({
  id: 'test-live-mixed',
  number: 36,
  title: 'Test and live not separated',
  description:
    'Test and live share an engine, endpoint or mailbox, or test patients are kept in live systems, so test messages can reach real records or real data can be taken for test data.',
  effect:
    "A test result or letter appears in a real patient's record, or real messages are sent to a test system and lost.",
  hazard: 'Clinicians act on test data, or real data never arrives.',
  harm: 'Treatment on fictitious data, or missed real results.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Separate test and live engines, endpoints, mailboxes and credentials; make it impossible to point a test system at live.',
    },
    {
      kind: 'business-process',
      text: 'Where test patients must exist in live, use NHS England test NHS numbers and mark them on every screen.',
    },
    { kind: 'test', text: 'Check every live endpoint rejects test credentials.' },
  ],
  derive(i) {
    const e = i.runtime?.environments;
    const writes = writesIntoRecord(i) || shapeOf(i) === 'migration';
    if (e !== 'shared' && e !== 'test-patients-in-live' && !(e === undefined && writes)) return undefined;
    return {
      causes: [
        e === undefined
          ? {
              text: `The integration writes into a live clinical system. ${notStated('whether test and live are kept apart', 'runtime.environments')}`,
              pointer: nearest(i, ptr('runtime'), ptr('interaction', 'shape')),
            }
          : {
              text:
                e === 'shared'
                  ? 'Test and live share an engine, endpoint or mailbox.'
                  : 'Test patients are kept in live systems.',
              pointer: ptr('runtime', 'environments'),
            },
      ],
      existingControls: [],
      initial: rate({
        likelihood: e === undefined ? 'very-low' : 'low',
        because:
          e === undefined
            ? 'mix-ups need a configuration mistake, and whether anything prevents one is not stated'
            : 'mix-ups need a configuration mistake, but nothing prevents one',
        severity: 'major',
        harm: 'treatment on fictitious data, or a real result lost, can cause death or permanent harm',
        patients: 'many',
      }),
    };
  },
});
