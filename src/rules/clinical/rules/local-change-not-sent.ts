import { ptr } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** A change made after sending does not reach the receiver, or needs a new request nobody sends. */
export default defineHazardRule({
  id: 'local-change-not-sent',
  number: 28,
  title: 'A change after sending does not reach the receiver',
  description:
    'After something is sent (a prescription, a referral, an order, a letter), a change to it is not sent on, or reaches the receiver only if the user cancels and sends a new request, so the receiver acts on the original.',
  effect: 'The receiver dispenses, books or acts on the version before the change.',
  hazard: 'Care follows an instruction the sender has changed.',
  harm: 'A wrong dose dispensed or a patient seen for the wrong reason or urgency.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Send changes as updates, or block editing after sending and guide the user to cancel and re-send.',
    },
    {
      kind: 'training',
      text: 'Train users that a change after sending needs a new request, and how to make it.',
    },
    { kind: 'test', text: 'Test editing after sending and check what the receiver holds.' },
  ],
  derive(i) {
    const c = i.content?.changes;
    if (c !== 'not-sent' && c !== 'new-request') return undefined;
    const notSent = c === 'not-sent';
    return {
      causes: [
        {
          text: notSent
            ? 'A change made after sending is not sent to the receiver.'
            : 'A change after sending reaches the receiver only as a cancellation and a new request.',
          pointer: ptr('content', 'changes'),
        },
      ],
      existingControls: [],
      initial: rate({
        likelihood: notSent ? 'medium' : 'low',
        because: notSent
          ? 'changes after sending are routine, and here the receiver never learns of them'
          : 'users may change the local copy and assume the new version was sent',
        severity: 'considerable',
        harm: 'care follows a superseded instruction, with severe but short-term harm',
        patients: 'one',
      }),
    };
  },
});
