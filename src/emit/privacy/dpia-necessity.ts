import type { Config, Integration } from '../../model/estate.js';
import type { PersonConfig } from '../../model/written.js';
import { secondaryUses } from '../../rules/privacy/facts.js';
import type { Block, Cell } from './document.js';
import { encryptionWords, networkWords } from './describe.js';
import { article6Words, article9Words, confidentialityWords, optOutWords } from './lawful-basis.js';

/** ICO DPIA steps 3 (consultation) and 4 (necessity and proportionality). */

function person(p: PersonConfig | undefined): string {
  if (!p) return 'not named in the govspec config';
  return [p.name, p.role, p.contact].filter(Boolean).join(', ');
}

export function consultation(i: Integration, config: Config): Block[] {
  const o = config.organisation;
  const rows: Cell[][] = [
    [
      'Caldicott Guardian',
      person(o.caldicottGuardian),
      'Confidentiality and the common-law basis; secondary uses',
    ],
    [
      'Data Protection Officer',
      person(o.dpo),
      'Compliance with data protection law; advice on this DPIA (step 7)',
    ],
    ['Senior Information Risk Owner', person(o.siro), 'Acceptance of residual information risk'],
    [
      'Clinical Safety Officer',
      person(o.cso),
      'Clinical safety of the flow (DCB 0129 / DCB 0160 hazard log)',
    ],
    [
      'Integration owner',
      i.owner
        ? [i.owner.name, i.owner.team, i.owner.contact].filter(Boolean).join(', ')
        : 'no owner recorded',
      'How the flow works; security measures',
    ],
    ...i.processors.map((p) => [
      `Processor: ${p.name}`,
      p.service ?? 'service not recorded',
      'Processor compliance (Art. 28) and security',
    ]),
  ];
  return [
    { kind: 'heading', level: 1, text: 'Consultation (ICO step 3)' },
    {
      kind: 'paragraph',
      text: 'Roles to consult. Record the date and a summary of each view; where individuals are not asked for their views, record why.',
    },
    {
      kind: 'table',
      headers: ['Role', 'Who', 'Consulted on', 'Date and views'],
      rows: rows.map((r) => [...r, '']),
      widths: [2.2, 3, 3, 2.6],
    },
    {
      kind: 'fields',
      rows: [
        [
          'Views of individuals or their representatives',
          'IG to record, or give the reason for not seeking them',
        ],
      ],
    },
  ];
}

export function necessity(i: Integration): Block[] {
  const a9 = article9Words(i);
  const optOut = optOutWords(i);
  const basis: Array<[string, Cell]> = [
    ['UK GDPR Art. 6 lawful basis', article6Words(i)],
    ['UK GDPR Art. 9 condition', a9.condition],
    ['DPA 2018 Schedule 1 condition', a9.schedule1],
    ['Common-law duty of confidentiality', confidentialityWords(i)],
    ['National data opt-out: does it apply?', optOut.assessment],
    ['National data opt-out: what the spec records', optOut.recorded],
  ];
  const secondary = secondaryUses(i);
  const items = i.data.items.map((item) => [
    item.name,
    item.needed && item.needed.trim() !== ''
      ? item.needed
      : secondary.length > 0 || item.class === 'special'
        ? 'NO NEED STATED'
        : 'not stated (implied by direct care)',
    item.freeText
      ? `Free text${item.maxLength ? `, up to ${item.maxLength} characters` : ''}: may hold more than the purpose needs`
      : '',
  ]);
  const processors = i.processors.map((p) => [
    p.name,
    p.service ?? 'not recorded',
    p.agreement ?? 'NO AGREEMENT RECORDED',
    p.dspt ?? 'not recorded',
  ]);
  const transfers = i.transfers.map((t) => [t.country, t.safeguard ?? 'NO SAFEGUARD RECORDED']);
  return [
    { kind: 'heading', level: 1, text: 'Necessity and proportionality (ICO step 4)' },
    { kind: 'heading', level: 2, text: 'Lawful basis' },
    { kind: 'fields', rows: basis },
    { kind: 'heading', level: 2, text: 'Data minimisation: each item against the purpose' },
    items.length > 0
      ? {
          kind: 'table',
          headers: ['Data item', 'Why it is needed', 'Free text'],
          rows: items,
          widths: [3, 5, 3],
        }
      : { kind: 'note', text: 'No data items are declared in the spec.' },
    { kind: 'heading', level: 2, text: 'Processors and international transfers' },
    processors.length > 0
      ? {
          kind: 'table',
          headers: ['Processor', 'Service', 'Agreement', 'DSPT status'],
          rows: processors,
          widths: [3, 3, 3, 2],
        }
      : { kind: 'paragraph', text: 'Processors: none recorded in the spec.' },
    transfers.length > 0
      ? { kind: 'table', headers: ['Transfer outside the UK to', 'UK transfer mechanism'], rows: transfers }
      : { kind: 'paragraph', text: 'Transfers outside the UK: none recorded in the spec.' },
    { kind: 'heading', level: 2, text: 'Security of the flow' },
    {
      kind: 'fields',
      rows: [
        ['Encryption in transit', encryptionWords(i)],
        ['Network', networkWords(i)],
        ['Sender authentication', i.transport.authentication ?? 'not recorded'],
        ['Audit logging', i.audit ? i.audit.logs.join(', ') : 'not recorded'],
      ],
    },
    { kind: 'heading', level: 2, text: 'For the IG team to complete' },
    {
      kind: 'bullets',
      items: [
        'Does the processing achieve the purpose, and is there a less intrusive way to achieve it?',
        'How will function creep be prevented?',
        'What information is given to individuals (privacy notice), and how are their rights supported?',
        'How is data quality ensured?',
      ],
    },
  ];
}
