import { ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { derived } from '../rating.js';

/** Documents carried inside messages that nobody checks will open and match the message. */
export default defineHazardRule({
  id: 'attachment-unreadable',
  number: 11,
  title: 'Attached document missing, unreadable or mismatched',
  description:
    'Documents (PDFs, images) travel inside or alongside messages and the receiver does not check that each one opens and belongs to the message it came with.',
  effect: 'A letter or report is blank, corrupt, truncated, or attached to the wrong message.',
  hazard: 'Clinicians cannot read a report, or read a report about someone else.',
  harm: 'Delayed or wrong treatment because a report was not seen or was misattributed.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Check each document decodes and opens on receipt, and that its metadata (patient, date, type) matches the message.',
    },
    {
      kind: 'test',
      text: 'Test with large, corrupt and multi-page documents and with documents for a different patient.',
    },
    { kind: 'business-process', text: 'Route failed documents to a queue that is worked daily.' },
  ],
  derive(i) {
    const causes: Cause[] = [];
    let inline = false;
    i.data.attachments.forEach((a, index) => {
      if (a.renderChecked === true) return;
      if (a.encoding === 'base64') inline = true;
      causes.push({
        text: `${a.kind} documents${a.encoding ? ` (${a.encoding})` : ''} are not checked to open and match the message.`,
        pointer: ptr('data', 'attachments', index),
      });
    });
    return derived(causes, [], {
      likelihood: inline ? 'medium' : 'low',
      because: inline
        ? 'documents carried inside messages are often cut by field or message size limits, and an unreadable or misattached report is easily missed'
        : 'documents usually arrive intact, so an unseen or misattached report needs a rarer failure',
      severity: 'considerable',
      harm: 'an unseen or misattributed report delays or misdirects treatment',
      patients: 'one',
    });
  },
});
