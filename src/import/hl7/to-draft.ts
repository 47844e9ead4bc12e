import { governanceBlanks, type Blank, type Draft } from '../draft/draft.js';
import type { IdentifierVariant, MessageShape } from './analyse.js';
import { fieldItems } from './fields.js';

/** A feed: sample messages from one sender to one receiver. */
export interface Feed {
  key: string;
  sender?: string;
  receiver?: string;
  shapes: MessageShape[];
}

export function groupFeeds(shapes: MessageShape[]): Feed[] {
  const feeds = new Map<string, Feed>();
  for (const s of shapes) {
    const sender = s.sendingApp ?? s.sendingFacility;
    const receiver = s.receivingApp ?? s.receivingFacility;
    const key = `${sender ?? ''}|${receiver ?? ''}`;
    if (!feeds.has(key))
      feeds.set(key, { key, ...(sender ? { sender } : {}), ...(receiver ? { receiver } : {}), shapes: [] });
    feeds.get(key)!.shapes.push(s);
  }
  return [...feeds.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const variantLabel = (v: IdentifierVariant) =>
  v.authority || v.type ? `^^^${v.authority}${v.type ? `^${v.type}` : ''}` : '^^^ (no authority or type)';

export function feedToDraft(feed: Feed, id: string, files: string[]): Draft {
  const shapes = feed.shapes;
  const notes: Draft['notes'] = [];
  const blanks: Blank[] = [];
  const types = unique(shapes.map((s) => s.type).filter((t): t is string => !!t));
  const versions = unique(shapes.map((s) => s.version).filter((v): v is string => !!v));
  const spec: Record<string, unknown> = {
    govspec: 1,
    id,
    version: '0.1.0',
    title:
      `${types.join(', ') || 'HL7v2 messages'} from ${feed.sender ?? 'an unnamed sender'} to ${feed.receiver ?? 'an unnamed receiver'}`.slice(
        0,
        200,
      ),
    status: 'live',
  };
  notes.push({
    path: ['status'],
    lines: [
      'Drafted as live because sample messages exist; use build or proposed if the feed is not in service yet.',
    ],
  });

  spec['source'] = { system: feed.sender ?? 'Sender (MSH-3 empty)' };
  notes.push({
    path: ['source', 'system'],
    lines: [
      feed.sender
        ? 'From MSH-3 (sending application): give the system its usual name.'
        : 'MSH-3 and MSH-4 are empty in the samples: name the sending system.',
    ],
  });
  if (!feed.sender) blanks.push({ field: 'source.system', note: 'MSH-3 is empty', placeholder: true });
  spec['target'] = { system: feed.receiver ?? 'Receiver (MSH-5 empty)' };
  notes.push({
    path: ['target', 'system'],
    lines: [
      feed.receiver
        ? 'From MSH-5 (receiving application): give the system its usual name.'
        : 'MSH-5 and MSH-6 are empty in the samples: name the receiving system.',
    ],
  });
  if (!feed.receiver) blanks.push({ field: 'target.system', note: 'MSH-5 is empty', placeholder: true });

  spec['engine'] = { kind: 'none' };
  notes.push({
    path: ['engine', 'kind'],
    lines: [
      'Sample messages do not show an engine: set mirth, rhapsody, ensemble, cloverleaf or bespoke if the feed passes through one.',
    ],
  });
  blanks.push({ field: 'engine.kind', note: 'unknown from sample messages', placeholder: true });

  const protocol: Record<string, unknown> = { standard: 'hl7v2' };
  if (versions.length > 0)
    protocol['version'] = mostCommon(shapes.map((s) => s.version).filter((v): v is string => !!v));
  if (types.length > 0) protocol['messages'] = types;
  const zones = unique(shapes.map((s) => s.timestamp).filter((t) => t === 'offset' || t === 'no-offset'));
  if (zones.length === 1)
    protocol['timezone'] = zones[0] === 'offset' ? 'local-with-offset' : 'local-no-offset';
  spec['protocol'] = protocol;
  const protocolNotes = [
    `Read from ${shapes.length} sample message(s): MSH-9 (types), MSH-12 (version), MSH-7 (time zone form).`,
  ];
  if (versions.length > 1) protocolNotes.push(`The samples carry several versions: ${versions.join(', ')}.`);
  if (shapes.some((s) => s.timestamp === 'invalid'))
    protocolNotes.push('Some MSH-7 values are not HL7 timestamps (see the import diagnostics).');
  notes.push({ path: ['protocol', 'standard'], lines: protocolNotes });

  spec['transport'] = { kind: 'other' };
  notes.push({
    path: ['transport', 'kind'],
    lines: [
      'Sample messages do not say how they travel: most HL7v2 feeds use mllp. Fill in network, encryption and acknowledgement too.',
    ],
  });
  blanks.push({ field: 'transport.kind', note: 'unknown from sample messages', placeholder: true });

  const data = dataOf(shapes);
  spec['data'] = data.value;
  notes.push(...data.notes);

  blanks.push(...governanceBlanks);
  const merge = shapes.some((s) => s.merge);
  blanks.push({
    field: 'identity',
    note: `how the target matches a message to a patient${merge ? '; MRG segments (merges) are present, so also say whether merges are applied: identity.merges' : ''}`,
  });
  blanks.push({
    field: 'retention',
    note: 'the record type written in the target and how long message logs are kept',
  });
  blanks.push({ field: 'audit', note: 'what is audit-logged and for how long: audit: { logs, retention }' });

  const header = [
    `Draft proposed by govspec import hl7 from ${files.length} sample file(s): ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', ...' : ''}.`,
    'Only structure was read (segments, fields present, codes): no message content is copied. Check every line.',
  ];
  const facts: Array<[string, string]> = [
    ['messages', types.join(', ')],
    ['version', versions.join(', ')],
    ['segments', unique(shapes.flatMap((s) => s.segments)).join(' ')],
    [
      'identifiers',
      unique(shapes.flatMap((s) => s.identifiers.map((v) => `${v.field}${variantLabel(v)}`))).join(' '),
    ],
  ].filter(([, v]) => v !== '') as Array<[string, string]>;
  return {
    id,
    spec,
    header,
    notes,
    blanks,
    facts,
    origin: `HL7v2 samples from ${feed.sender ?? '?'} to ${feed.receiver ?? '?'}`,
    matchKey: `hl7:${feed.key}`,
  };
}

function dataOf(shapes: MessageShape[]): { value: Record<string, unknown>; notes: Draft['notes'] } {
  const fields = new Set(shapes.flatMap((s) => [...s.fields]));
  const items: Array<Record<string, unknown>> = [];
  const itemNotes: Array<{ index: number; lines: string[] }> = [];
  const variants = uniqueBy(
    shapes.flatMap((s) => s.identifiers.filter((v) => v.field !== 'MRG-1')),
    (v) => `${v.field}${variantLabel(v)}`,
  );
  const nhs = variants.filter((v) => v.nhsNumber);
  const local = variants.filter((v) => !v.nhsNumber);
  if (nhs.length > 0) {
    const where = unique(nhs.map((v) => v.field));
    items.push({ name: 'NHS number', class: 'identifier', field: where.join(', ') });
    const forms = unique(nhs.map(variantLabel));
    itemNotes.push({
      index: items.length - 1,
      lines: [
        `NHS number encoded as ${forms.join(', ')}${forms.length > 1 ? ': several forms, so the receiver must accept all of them' : ''}.`,
      ],
    });
  }
  if (local.length > 0) {
    items.push({
      name: 'Local patient identifier',
      class: 'identifier',
      field: unique(local.map((v) => v.field)).join(', '),
    });
    itemNotes.push({
      index: items.length - 1,
      lines: [`Local identifiers encoded as ${unique(local.map(variantLabel)).join(', ')}.`],
    });
  }
  if (shapes.some((s) => s.merge)) {
    items.push({ name: 'Prior patient identifier (merge)', class: 'identifier', field: 'MRG-1' });
    itemNotes.push({
      index: items.length - 1,
      lines: ['MRG present: the feed carries patient merges (hazard: merges not applied in the target).'],
    });
  }
  const freeText = shapes.some((s) => s.freeTextValues);
  let staff = false;
  let othersNoted = false;
  for (const [field, item] of Object.entries(fieldItems).sort(([a], [b]) => compareField(a, b))) {
    if (!fields.has(field)) continue;
    const entry: Record<string, unknown> = { name: item.name, class: item.class, field };
    if (item.freeText || (field === 'OBX-5' && freeText)) entry['freeText'] = true;
    items.push(entry);
    if (item.staff) staff = true;
    if (item.others && !othersNoted) {
      othersNoted = true;
      itemNotes.push({
        index: items.length - 1,
        lines: ['Next of kin items are about another person, not the patient.'],
      });
    }
  }
  const zsegs = unique(shapes.flatMap((s) => s.segments.filter((id) => id.startsWith('Z'))));
  zsegs.forEach((z, i) => {
    items.push({ name: `${z} local segment`, class: 'health', field: z });
    if (i === 0) {
      itemNotes.push({
        index: items.length - 1,
        lines: [
          `Z-segments (${zsegs.join(', ')}) hold local data the standard does not define: drafted as health data until someone says what they hold.`,
        ],
      });
    }
  });
  const subjects = ['patients', ...(staff ? ['staff'] : [])];
  const value: Record<string, unknown> = { subjects, items };
  const attachments = uniqueBy(
    shapes.flatMap((s) => s.attachments),
    (a) => `${a.kind}|${a.encoding ?? ''}`,
  );
  if (attachments.length > 0) value['attachments'] = attachments.map((a) => ({ ...a }));
  const notes: Draft['notes'] = [
    {
      path: ['data', 'subjects'],
      lines: [
        'Proposed from the segments and fields present in the samples; the whole message is carried, so remove nothing that is sent.',
        `Segments seen: ${unique(shapes.flatMap((s) => s.segments)).join(' ')}.`,
      ],
    },
    ...itemNotes.map((n) => ({ path: ['data', 'items', n.index] as Array<string | number>, lines: n.lines })),
  ];
  if (attachments.length > 0)
    notes.push({
      path: ['data', 'attachments'],
      lines: [
        'Documents carried inside OBX-5 (ED or long base64 values): say whether the receiver checks they render.',
      ],
    });
  return { value, notes };
}

function compareField(a: string, b: string): number {
  const [sa, na] = a.split('-');
  const [sb, nb] = b.split('-');
  const order = [
    'MSH',
    'EVN',
    'PID',
    'PD1',
    'NK1',
    'PV1',
    'PV2',
    'AL1',
    'DG1',
    'PR1',
    'ORC',
    'OBR',
    'OBX',
    'NTE',
    'SPM',
    'TXA',
  ];
  const oa = order.indexOf(sa!);
  const ob = order.indexOf(sb!);
  return oa === ob ? Number(na) - Number(nb) : oa - ob;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)].sort();
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, x]) => x);
}

function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
}
