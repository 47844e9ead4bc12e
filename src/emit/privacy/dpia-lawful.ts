import type { Integration } from '../../model/estate.js';
import { secondaryUses } from '../../rules/privacy/facts.js';
import type { Block, Cell } from './document.js';
import {
  article6Words,
  article9Words,
  confidentialityWords,
  optOutWords,
  statutoryWords,
} from './lawful-basis.js';
import { consumerUses } from './words.js';

/** Legal basis, fairness and the national data opt-out. */

export function legalBasis(i: Integration): Block[] {
  const a9 = article9Words(i);
  const rows: Array<[string, Cell]> = [
    ['UK GDPR Art. 6 lawful basis', article6Words(i)],
    ['UK GDPR Art. 9 condition', a9.condition],
    ['DPA 2018 Schedule 1 condition', a9.schedule1],
    ['Common-law duty of confidentiality', confidentialityWords(i)],
    ['Statutory routes', statutoryWords(i)],
  ];
  return [{ kind: 'fields', rows }];
}

export function optOut(i: Integration): Block[] {
  const o = optOutWords(i);
  return [
    {
      kind: 'fields',
      rows: [
        ['Does the national data opt-out apply?', o.assessment],
        ['What the spec records', o.recorded],
      ],
    },
  ];
}

export function fairness(i: Integration): Block[] {
  const secondary = secondaryUses(i);
  const uses = i.consumers.map((c) => `${c.name}: ${consumerUses[c.use]}`);
  const rows: Array<[string, Cell]> = [
    [
      'Is the processing what individuals would expect?',
      secondary.length > 0
        ? `It goes beyond the individual's own care (${secondary.join(', ')}): individuals would not expect it unless they are told, and the basis above must cover it.`
        : 'It supports the individual’s own care, which patients expect where they are told how their information is shared.',
    ],
    ['Uses of the data', uses.length > 0 ? uses : 'no consumers are recorded in the spec'],
    [
      'Adverse effects on individuals',
      'The risks section lists the ways this flow could harm individuals and what reduces them.',
    ],
  ];
  return [{ kind: 'fields', rows }];
}
