import { ptr, shapeOf, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** A robot driving screens with no check that it is where it thinks it is. */
export default defineHazardRule({
  id: 'screen-automation-misentry',
  number: 31,
  title: 'Screen automation enters data in the wrong place after a screen changes',
  description:
    "Software drives a clinical system's user interface (robotic process automation) and does not check it is on the expected screen, for the expected patient, before each entry, so a supplier upgrade, a pop-up or a slow screen sends keystrokes to the wrong field or record.",
  effect:
    "Data is typed into the wrong field, the wrong patient's record, or lost when the robot stops part-way.",
  hazard: 'The record is wrong or incomplete and looks as if a person made the entries.',
  harm: 'Treatment on wrong or missing data (NHS England guidance for designing, delivering and sustaining RPA: bots depend on stable screens and must be revalidated after system changes).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Check the screen, the field and the patient banner before every entry, and stop for a person when anything differs.',
    },
    {
      kind: 'business-process',
      text: 'Pause the robot before every upgrade of the system it drives, and retest before restarting.',
    },
    {
      kind: 'test',
      text: 'Test with pop-ups, slow responses, changed layouts and a different patient open.',
    },
    { kind: 'business-process', text: 'Reconcile what the robot processed against its input every day.' },
  ],
  derive(i) {
    if (shapeOf(i) !== 'screen-automation') return undefined;
    const v = i.interaction?.verifiesScreen;
    if (v === true) return undefined;
    return {
      causes: [
        v === false
          ? {
              text: 'The robot does not check the screen and patient before each entry.',
              pointer: ptr('interaction', 'verifiesScreen'),
            }
          : unstated(
              i,
              'whether the robot checks the screen and patient before each entry',
              'interaction.verifiesScreen',
              ptr('interaction', 'shape'),
            ),
      ],
      existingControls: [],
      initial: rate({
        likelihood: v === false ? 'medium' : 'low',
        because:
          v === false
            ? 'screens change with every supplier release and pop-ups appear without warning, and the robot types on regardless'
            : 'screen changes happen, and whether the robot notices them is not stated',
        severity: 'major',
        harm: 'wrong or misfiled entries can lead to death or permanent harm',
        patients: 'many',
      }),
    };
  },
});
