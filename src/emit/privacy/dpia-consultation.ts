import type { Config, Integration } from '../../model/estate.js';
import type { PersonConfig } from '../../model/written.js';
import type { Block, Cell } from './document.js';

/** Consultation with stakeholders (ICO step 3; NHS England template: consultation with stakeholders). */

function person(p: PersonConfig | undefined): string {
  if (!p) return 'not named in the organisation config';
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
    ['Data Protection Officer', person(o.dpo), 'Compliance with data protection law; advice on this DPIA'],
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
          'the IG team to record them, or the reason for not seeking them',
        ],
      ],
    },
  ];
}
