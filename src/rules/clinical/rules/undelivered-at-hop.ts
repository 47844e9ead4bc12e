import type { Likelihood } from '../../../model/written.js';
import { durationWords } from '../../../core/formats.js';
import { ptr } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

const holding = new Set(['mesh', 'broker']);

/** A hop that holds messages until collected, where an uncollected one expires unreported. */
export default defineHazardRule({
  id: 'undelivered-at-hop',
  number: 39,
  title: 'Message held at a hop and never collected, with nobody told',
  description:
    'The data passes through a service that holds messages until the receiver collects them (MESH, a message broker), and a message nobody collects expires, or the spec does not say the sender hears about it.',
  effect: 'A discharge summary, result or referral waits in a mailbox and then disappears.',
  hazard: 'The receiver never sees it and the sender believes it was delivered.',
  harm: "Follow-up care missed (MESH API: a message waits in the recipient's inbox until it is downloaded and acknowledged, and the sender learns its fate only by tracking its outbox).",
  suggestedControls: [
    {
      kind: 'design',
      text: 'Track every sent message to delivery; alert the sender when a non-delivery report arrives or delivery is overdue.',
    },
    {
      kind: 'business-process',
      text: 'Check mailboxes that have not collected for a day, and phone the receiving organisation.',
    },
    { kind: 'test', text: 'Test with a receiving mailbox that never collects.' },
  ],
  derive(i) {
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    const existingControls: string[] = [];
    i.route.forEach((hop, index) => {
      if (!holding.has(hop.kind) && hop.stores !== true) return;
      if (hop.undelivered === 'reported-to-sender' || hop.undelivered === 'not-applicable') {
        if (hop.undelivered === 'reported-to-sender')
          existingControls.push(`${hop.name} reports uncollected messages to the sender.`);
        return;
      }
      const after = hop.expiresAfter ? ` after ${durationWords(hop.expiresAfter)}` : '';
      if (hop.undelivered === 'expires-unreported') {
        causes.push({
          text: `A message ${hop.name} holds expires${after} if nobody collects it, and the sender is not told.`,
          pointer: ptr('route', index, 'undelivered'),
        });
        likelihood = 'medium';
      } else {
        causes.push({
          text: `${hop.name} holds messages until they are collected. Not stated in the spec: whether the sender is told when one is never collected${after ? ` (it expires${after})` : ''}. Add undelivered to the hop.`,
          pointer: ptr('route', index),
        });
      }
    });
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'mailboxes stop collecting when systems or staff change, and expired messages vanish silently'
          : 'most messages are collected, but nothing shown catches the ones that are not',
      severity: 'major',
      harm: 'follow-up care that never happens can lead to serious harm',
      patients: 'many',
    });
  },
});
