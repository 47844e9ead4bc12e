import { readCharset } from '../draft/character-set.js';
import { governanceBlanks, type Blank, type Draft } from '../draft/draft.js';
import type { MessageShape } from './analyse.js';
import { dataOf, variantLabel } from './data-items.js';

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

  const charsets = [...new Set(feed.shapes.flatMap((m) => (m.charset ? [m.charset] : [])))];
  // HL7 table 0211's bare UNICODE (ISO/IEC 10646, deprecated) names no encoding: UTF-8 or UTF-16
  const bare = charsets.length === 1 && /^unicode$/i.test(charsets[0]!);
  const set = charsets.length === 1 && !bare ? readCharset(charsets[0]) : { kind: 'none' as const };
  spec['source'] = {
    system: (feed.sender ?? 'Sender (MSH-3 empty)').slice(0, 120),
    ...(set.kind === 'stated' ? { characterSet: set.characterSet } : {}),
  };
  notes.push({
    path: ['source', 'system'],
    lines: [
      feed.sender
        ? 'From MSH-3 (sending application): give the system its usual name.'
        : 'MSH-3 and MSH-4 are empty in the samples: name the sending system.',
      ...(set.kind === 'stated' ? [`characterSet: from MSH-18 (${charsets[0]}) in the samples.`] : []),
      ...(bare
        ? [
            `characterSet: left blank: MSH-18 is ${charsets[0]}, which HL7 has deprecated because it names no encoding (UTF-8 or UTF-16): ask the sender which.`,
          ]
        : []),
      ...(charsets.length > 1
        ? [
            `characterSet: left blank: the samples name different character sets in MSH-18 (${charsets.join(', ')}).`,
          ]
        : []),
    ],
  });
  if (!feed.sender) blanks.push({ field: 'source.system', note: 'MSH-3 is empty', placeholder: true });
  spec['target'] = { system: (feed.receiver ?? 'Receiver (MSH-5 empty)').slice(0, 120) };
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
  const batched = shapes.filter((s) => s.batched).length;
  if (batched > 0)
    protocolNotes.push(
      `${batched} of the samples came in HL7 batch files (FHS/BHS ... BTS/FTS envelopes): the receiver must accept batches.`,
    );
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

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)].sort();
}

function mostCommon(xs: string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
}
