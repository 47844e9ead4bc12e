import type { Consequence, Likelihood } from '../../../model/written.js';
import { feedsCareDecisions, ptr, shapeOf, unstated } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** A live board that looks current after its feed has stopped. */
export default defineHazardRule({
  id: 'live-display-stale',
  number: 32,
  title: 'Live display looks current after its feed has stopped',
  description:
    'A live display (an ED board, a bed board, a ward whiteboard) is driven by this integration and does not say when it has lost its connection or how old its data is, so a frozen board looks current.',
  effect: 'The board shows patients, beds or alerts as they were when the feed stopped.',
  hazard: 'Staff allocate beds, prioritise patients or respond to alerts from a frozen picture.',
  harm: 'A deteriorating or newly arrived patient not seen in time (HSSIB: risks from loss of functionality of EPR systems).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Show "last updated hh:mm" on the display and an unmistakable banner when updates stop.',
    },
    { kind: 'test', text: 'Stop the feed and the network in test and check what the display shows.' },
    { kind: 'training', text: 'Train staff to check the update time and what to do when the banner shows.' },
  ],
  derive(i) {
    const d = i.runtime?.display;
    const shape = shapeOf(i);
    // A subscription that feeds a named display is a live board; other feeds update a stored record.
    const liveFeed = shape === 'subscription' && (i.latency?.shownIn ?? []).length > 0;
    if (!d && !liveFeed) return undefined;
    if (d?.showsConnectionLost === true && d.showsDataAge === true) return undefined;
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    if (d?.showsConnectionLost === false) {
      causes.push({
        text: 'The display does not show when it has lost its connection.',
        pointer: ptr('runtime', 'display', 'showsConnectionLost'),
      });
      likelihood = 'medium';
    }
    if (d?.showsDataAge === false) {
      causes.push({
        text: 'The display does not show how old its data is.',
        pointer: ptr('runtime', 'display', 'showsDataAge'),
      });
      likelihood = 'medium';
    }
    if (d?.showsConnectionLost === undefined || d.showsDataAge === undefined) {
      causes.push(
        unstated(
          i,
          'whether the live display shows lost connection and the age of its data',
          'runtime.display',
          ptr('runtime', 'display'),
          ptr('latency', 'shownIn'),
        ),
      );
    }
    const severity: Consequence = feedsCareDecisions(i) ? 'major' : 'considerable';
    return {
      causes,
      existingControls: [
        ...(d?.showsConnectionLost ? ['The display shows when it has lost its connection.'] : []),
        ...(d?.showsDataAge ? ['The display shows how old its data is.'] : []),
      ],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? 'feeds and networks drop several times a year, and a frozen board is indistinguishable from a quiet one'
            : 'boards usually show staleness somehow, but this is not shown',
        severity,
        harm:
          severity === 'major'
            ? 'decisions on who to see first or where to put a patient are made from a frozen picture'
            : 'staff are misdirected by out-of-date information',
        patients: 'many',
      }),
    };
  },
});
