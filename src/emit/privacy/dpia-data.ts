import type { Integration } from '../../model/estate.js';
import type { Block, Cell } from './document.js';
import { duration, engineNames } from './describe.js';
import { art9NotRequired } from './lawful-basis.js';
import { dash, list, orDash } from './words.js';

/** The data items with their justification, identifiers and where they are logged, matching, accuracy. */

type Item = Integration['data']['items'][number];
const personal = new Set(['identifier', 'personal', 'pseudonymised']);
const special = new Set(['health', 'special']);
const kinds: Record<string, string> = {
  identifier: 'identifier',
  personal: 'personal details',
  pseudonymised: 'pseudonymised',
  health: 'health',
  special: 'other special category',
};

function row(item: Item): Cell[] {
  const notes = [
    ...(item.freeText ? [`free text${item.maxLength ? `, up to ${item.maxLength} characters` : ''}`] : []),
    ...(item.inUrl ? ['carried in request URLs'] : []),
  ];
  return [
    item.name,
    kinds[item.class] ?? item.class,
    orDash(item.field),
    orDash(item.needed),
    notes.length > 0 ? notes : dash,
  ];
}

const headers = ['Data item', 'Kind', 'Where in the message', 'Why it is needed', 'Notes'];
const widths = [2.4, 1.5, 2.7, 3.8, 1.6];

export function items(i: Integration): Block[] {
  const p = i.data.items.filter((x) => personal.has(x.class));
  const s = i.data.items.filter((x) => special.has(x.class));
  const other = i.data.items.filter((x) => !personal.has(x.class) && !special.has(x.class));
  const out: Block[] = [];
  out.push(
    p.length > 0
      ? { kind: 'table', headers: ['Personal data: item', ...headers.slice(1)], rows: p.map(row), widths }
      : { kind: 'paragraph', text: 'Personal data: no personal data items are declared.' },
    s.length > 0
      ? {
          kind: 'table',
          headers: ['Special category data: item', ...headers.slice(1)],
          rows: s.map(row),
          widths,
        }
      : { kind: 'paragraph', text: `Special category data: none. ${art9NotRequired}.` },
  );
  if (other.length > 0)
    out.push({
      kind: 'paragraph',
      text: `Also carried, not personal data: ${list(other.map((x) => x.name))}.`,
    });
  out.push(
    {
      kind: 'note',
      text: `A dash under "Why it is needed" means the spec states no reason (data.items[].needed). For direct care the need follows from caring for the patient; the IG team should still confirm each item.`,
    },
    { kind: 'fields', rows: identifiers(i) },
  );
  return out;
}

/** Which identifiers travel, and every place the spec says they are recorded. */
function identifiers(i: Integration): Array<[string, Cell]> {
  const ids = i.data.items.filter((x) => x.class === 'identifier');
  const where: string[] = [];
  const inUrl = ids.filter((x) => x.inUrl);
  if (inUrl.length > 0)
    where.push(
      `${list(inUrl.map((x) => x.name))} in request URLs, which web servers, gateways and proxies record in their logs`,
    );
  for (const h of i.route)
    if (h.logs?.includes('identifiers'))
      where.push(`${h.name} logs identifiers${h.retention ? ` (kept ${duration(h.retention)})` : ''}`);
  if (i.engine.kind !== 'none' && i.retention?.messageLog !== 'none')
    where.push(
      `the ${engineNames[i.engine.kind] ?? 'engine'} message store keeps whole messages, identifiers included${i.retention?.messageLog ? `, for ${duration(i.retention.messageLog)}` : ''}`,
    );
  if (i.audit?.logs.includes('access'))
    where.push(
      `the access audit log records which patient's data was requested${i.audit.retention ? `, kept ${duration(i.audit.retention)}` : ''}`,
    );
  if (i.identity?.logsMatchedIdentifier) where.push('the identifier used for each match is logged');
  return [
    ['Identifiers carried', ids.length > 0 ? list(ids.map((x) => x.name)) : 'none declared'],
    [
      'Where identifiers are recorded',
      where.length > 0 ? where : 'nowhere beyond the records at each end, as far as the spec records',
    ],
  ];
}

const matchOn: Record<string, string> = {
  'nhs-number': 'NHS number',
  mrn: 'local hospital number (MRN)',
  'local-id': 'another local identifier',
  demographics: 'demographics (name, date of birth, postcode)',
};
const onNoMatch: Record<string, string> = {
  create: 'a new patient record is created',
  reject: 'the message or request is rejected',
  'queue-for-review': 'it is held for a person to review',
};
const onMismatch: Record<string, string> = {
  alert: 'an alert is raised',
  'queue-for-review': 'it is held for a person to review',
  'overwrite-local': 'the local details are overwritten with PDS',
  ignore: 'nothing happens',
};

export function matching(i: Integration): Block[] {
  const id = i.identity;
  if (!id)
    return [
      {
        kind: 'paragraph',
        text: 'The spec records no matching or linkage of records: the IG team to confirm none takes place.',
      },
    ];
  const rows: Array<[string, Cell]> = [
    ['Matched on, in order', id.matchOn.map((m) => matchOn[m] ?? m)],
    [
      'NHS number traced against PDS before it is trusted',
      id.nhsNumberVerified === undefined ? dash : id.nhsNumberVerified ? 'yes' : 'no',
    ],
    ['When no patient matches', id.onNoMatch ? onNoMatch[id.onNoMatch]! : dash],
    ['Patient merges', id.merges ? id.merges.replace(/-/g, ' ') : dash],
  ];
  return [{ kind: 'fields', rows }];
}

export function accuracy(i: Integration): Block[] {
  const id = i.identity;
  const r = id?.pdsReconciliation;
  const lossy = i.mapping.filter((m) => m.lossy);
  return [
    {
      kind: 'fields',
      rows: [
        [
          'Demographics kept up to date',
          r
            ? `reconciled with PDS every ${duration(r.every)}${r.onMismatch ? `; on a mismatch ${onMismatch[r.onMismatch]}` : ''}`
            : dash,
        ],
        [
          'NHS number verified',
          id?.nhsNumberVerified === undefined ? dash : id.nhsNumberVerified ? 'yes, against PDS' : 'no',
        ],
        [
          'Codes or values that cannot be carried exactly',
          lossy.length > 0 ? lossy.map((m) => `${m.from} to ${m.to}`) : 'none recorded',
        ],
        [
          'Errors',
          i.errors?.surfacedTo && i.errors.surfacedTo.length > 0
            ? `reported to ${list(i.errors.surfacedTo.map((e) => e.replace(/-/g, ' ')))}`
            : dash,
        ],
      ],
    },
  ];
}
