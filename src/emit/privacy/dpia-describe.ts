import type { Config, Integration } from '../../model/estate.js';
import { secondaryUses } from '../../rules/privacy/facts.js';
import type { Block, Cell } from './document.js';
import { orBlank } from './document.js';
import {
  dataClasses,
  latencyWords,
  protocolWords,
  purposeWords,
  transportWords,
  volumeWords,
} from './describe.js';
import { flowSystems } from './flow-systems.js';
import { authentications, consumerUses, dash, subjectWords } from './words.js';

/** The description of the flow: background, purpose and benefits, the systems, nature, scope, context. */

export const dashNote: Block = {
  kind: 'note',
  text: `A dash (${dash}) means the integration spec does not record it: the IG team should confirm it.`,
};

export function background(i: Integration, config: Config, layout: string): Block[] {
  return [
    {
      kind: 'paragraph',
      text: `The parts of a data protection impact assessment (UK GDPR Art. 35) that describe and assess this data flow, laid out as ${layout}. Generated from the integration spec ${i.file}; do not edit by hand: change the spec, and record IG decisions in it.`,
    },
    {
      kind: 'fields',
      rows: [
        ['What the flow does', orBlank(i.description)],
        ['Status', i.status],
        ['Controller for this assessment', `${config.organisation.name}, ODS ${config.organisation.ods}`],
        [
          'Integration owner',
          i.owner
            ? [i.owner.name, i.owner.team, i.owner.contact].filter(Boolean).join(', ')
            : 'no owner recorded',
        ],
      ],
    },
  ];
}

export function purpose(i: Integration): Block[] {
  return [
    {
      kind: 'fields',
      rows: [
        ['Purpose', purposeWords(i)],
        [
          'Benefits',
          i.benefits.length > 0
            ? i.benefits
            : 'none recorded in the spec: the IG team to add them from the project case',
        ],
      ],
    },
  ];
}

/** Every system and hop with who runs it and its data-protection role. */
export function systems(i: Integration, config: Config): Block[] {
  return [
    {
      kind: 'table',
      headers: [
        'System, in the order the data travels',
        'Run by',
        'Data-protection role',
        'Country',
        'Keeps',
        'Logs',
      ],
      rows: flowSystems(i, config).map((s) => [s.system, s.runBy, s.role, s.country, s.keeps, s.logs]),
      widths: [2.8, 2.5, 1.9, 1.5, 2, 1.8],
    },
    dashNote,
  ];
}

export function nature(i: Integration): Block[] {
  const t = i.transport;
  const rows: Array<[string, Cell]> = [
    [
      'How the data is exchanged',
      [
        protocolWords(i),
        ...(i.protocol.profile ? [`Profile: ${i.protocol.profile}`] : []),
        ...(i.protocol.description ? [i.protocol.description] : []),
      ],
    ],
    [
      'Transport',
      [
        transportWords(i),
        `The receiving end authenticates the sender with ${t.authentication ? authentications[t.authentication] : 'a method not recorded'}`,
      ],
    ],
    ['When it moves', latencyWords(i)],
    [
      'Who uses it',
      i.consumers.length > 0 ? i.consumers.map((c) => `${c.name}: ${consumerUses[c.use]}`) : dash,
    ],
    ['Shown in', i.latency?.shownIn && i.latency.shownIn.length > 0 ? i.latency.shownIn : dash],
  ];
  return [{ kind: 'fields', rows }];
}

export function scope(i: Integration): Block[] {
  const rows: Array<[string, Cell]> = [
    ['Whose data', subjectWords(i)],
    ['Kinds of data', dataClasses(i).join('; ') || 'no data items declared'],
    ['Volume', volumeWords(i)],
    ['Number of individuals', orBlank(i.data.individuals, dash)],
    [
      'Documents carried',
      i.data.attachments.length > 0
        ? i.data.attachments.map((a) => `${a.kind.toUpperCase()} document`)
        : 'none',
    ],
    [
      'Geographical area',
      i.transfers.length > 0
        ? ['United Kingdom, and transfers outside the UK to:', ...i.transfers.map((t) => t.country)]
        : 'United Kingdom (no transfers outside the UK recorded)',
    ],
  ];
  return [{ kind: 'fields', rows }];
}

export function context(i: Integration, config: Config): Block[] {
  const vulnerable = i.data.subjects.filter(
    (s) => s === 'children' || s === 'mental-health' || s === 'maternity',
  );
  const secondary = secondaryUses(i);
  return [
    {
      kind: 'fields',
      rows: [
        [
          'Relationship with individuals',
          `${subjectWords(i)} whose data ${config.organisation.name} and the other organisations in the flow hold to provide or manage their care`,
        ],
        [
          'Reasonable expectations',
          secondary.length > 0
            ? `Individuals may not expect their data to be used for ${secondary.join(', ')}: transparency and the opt-out position matter.`
            : "Sharing for the individual's own care is within reasonable expectations where patients are told about it.",
        ],
        [
          'Children or vulnerable groups',
          vulnerable.length > 0
            ? `Yes: ${vulnerable.join(', ')}. Consider further safeguards.`
            : 'none recorded',
        ],
        ['Prior concerns, public concern, codes of conduct', 'the IG team to complete'],
      ],
    },
  ];
}
