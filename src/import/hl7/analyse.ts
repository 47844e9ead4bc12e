import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import {
  component,
  parseEr7,
  repetitions,
  unescapeEr7,
  type Er7Message,
  type Segment,
  type Separators,
} from './er7.js';
import { maxFields, standardSegments } from './fields.js';

/** How one identifier is encoded: the CX shape with the value removed, e.g. ^^^NHS^NH. */
export interface IdentifierVariant {
  field: string;
  authority: string;
  type: string;
  nhsNumber: boolean;
}

/** What a sample message shows about a feed. Only structure and codes: never patient data. */
export interface MessageShape {
  file: string;
  line: number;
  version?: string;
  type?: string;
  sendingApp?: string;
  sendingFacility?: string;
  receivingApp?: string;
  receivingFacility?: string;
  /** Segment ids in order of first appearance. */
  segments: string[];
  /** Populated fields, as SEG-n. */
  fields: Set<string>;
  timestamp: 'offset' | 'no-offset' | 'invalid' | 'absent';
  identifiers: IdentifierVariant[];
  merge: boolean;
  attachments: Array<{ kind: string; encoding?: 'base64' | 'reference' | 'binary' }>;
  freeTextValues: boolean;
  multipleIdentifiers: boolean;
  /** Sent inside an HL7 batch or file envelope (FHS/BHS). */
  batched: boolean;
  /** MSH-18, the character set the sender says the message is in (its first repetition). */
  charset?: string;
}

const ts = /^\d{4}(\d{2}(\d{2}(\d{2}(\d{2}(\d{2}(\.\d{1,4})?)?)?)?)?)?([+-]\d{4})?$/;

export function analyseText(file: string, text: string): [MessageShape[], Diagnostic[]] {
  const messages = parseEr7(text);
  if (messages.length === 0)
    return [[], [importCodes['import-hl7-not-a-message'].at({ file, line: 1, column: 1 })]];
  const diagnostics: Diagnostic[] = [];
  return [messages.map((m) => analyseMessage(file, m, diagnostics)), diagnostics];
}

function analyseMessage(file: string, m: Er7Message, diagnostics: Diagnostic[]): MessageShape {
  const sep = m.separators;
  const msh = m.segments[0]!;
  const at = (seg: Segment) => ({ file, line: seg.line, column: 1 });
  const shape: MessageShape = {
    file,
    line: msh.line,
    segments: [],
    fields: new Set(),
    timestamp: 'absent',
    identifiers: [],
    merge: false,
    attachments: [],
    freeTextValues: false,
    multipleIdentifiers: false,
    batched: m.batched,
  };
  if (m.spaceSeparated) diagnostics.push(importCodes['import-hl7-space-separated'].at(at(msh)));
  if (sep.truncation) {
    diagnostics.push(importCodes['import-hl7-truncation-character'].at(at(msh), msh.fields[2] ?? ''));
  }
  // names are used as system names, so escaped delimiters (ST\T\ANDREWS) are decoded first
  const setIf = (key: 'sendingApp' | 'sendingFacility' | 'receivingApp' | 'receivingFacility', v: string) => {
    const name = unescapeEr7(v, sep).replace(/\s+/g, ' ').trim();
    if (name) shape[key] = name;
  };
  // an HD with no namespace id (^2.16.840.1.113883.3.1^ISO) is named by its universal id
  const hd = (field: number) => component(msh, sep, field, 1) || component(msh, sep, field, 2);
  setIf('sendingApp', hd(3));
  setIf('sendingFacility', hd(4));
  setIf('receivingApp', hd(5));
  setIf('receivingFacility', hd(6));
  const charset = component(msh, sep, 18).trim();
  if (charset) shape.charset = charset;
  const version = component(msh, sep, 12);
  if (/^\d+(\.\d+){0,3}$/.test(version)) shape.version = version;
  const type = component(msh, sep, 9, 1);
  const event = component(msh, sep, 9, 2);
  if (/^[A-Z][A-Z0-9]{2}$/.test(type)) shape.type = /^[A-Z0-9]{3}$/.test(event) ? `${type}^${event}` : type;

  const time = (msh.fields[7] ?? '').trim();
  if (time) {
    if (!ts.test(time)) {
      shape.timestamp = 'invalid';
      diagnostics.push(importCodes['import-hl7-bad-timestamp'].at(at(msh), time.replace(/\d/g, 'n')));
    } else shape.timestamp = /[+-]\d{4}$/.test(time) ? 'offset' : 'no-offset';
  }

  for (const seg of m.segments) {
    if (!shape.segments.includes(seg.id)) shape.segments.push(seg.id);
    seg.fields.forEach((value, n) => {
      if (n > 0 && value.trim() !== '' && !(seg.id === 'MSH' && n <= 2)) shape.fields.add(`${seg.id}-${n}`);
    });
    boundaryCheck(seg, diagnostics, at(seg));
    if (seg.id === 'PID') identifiers(seg, sep, shape);
    if (seg.id === 'MRG') {
      shape.merge = true;
      for (const rep of repetitions(seg, sep, 1)) shape.identifiers.push(variant('MRG-1', rep, sep));
    }
    if (seg.id === 'OBX') observation(seg, sep, shape);
  }
  return shape;
}

/** PID-2 (old external id), PID-3 (identifier list) and PID-4 (alternate id). */
function identifiers(seg: Segment, sep: Separators, shape: MessageShape): void {
  let count = 0;
  for (const n of [2, 3, 4]) {
    for (const rep of repetitions(seg, sep, n)) {
      if (!rep.split(sep.component)[0]?.trim()) continue;
      shape.identifiers.push(variant(`PID-${n}`, rep, sep));
      count += 1;
    }
  }
  if (count > 1) shape.multipleIdentifiers = true;
}

function variant(field: string, rep: string, sep: Separators): IdentifierVariant {
  const parts = rep.split(sep.component);
  const authority = (parts[3] ?? '').split(sep.subcomponent)[0]!.trim();
  const type = (parts[4] ?? '').trim();
  const nhsNumber = /^nhs$/i.test(authority) || /^(NH|NHS|NI)$/.test(type);
  return { field, authority, type, nhsNumber };
}

function observation(seg: Segment, sep: Separators, shape: MessageShape): void {
  const valueType = (seg.fields[2] ?? '').trim().toUpperCase();
  const value = seg.fields[5] ?? '';
  if (valueType === 'TX' || valueType === 'FT') shape.freeTextValues = true;
  if (valueType === 'ED') {
    const parts = value.split(sep.component);
    const kind = (parts[2] || parts[1] || 'document').trim().toLowerCase();
    const enc = (parts[3] ?? '').trim().toLowerCase();
    shape.attachments.push({ kind, ...(enc === 'base64' ? { encoding: 'base64' as const } : {}) });
  } else if (valueType === 'RP') {
    shape.attachments.push({
      kind: (value.split(sep.component)[2] || 'document').trim().toLowerCase(),
      encoding: 'reference',
    });
  } else if (/[A-Za-z0-9+/]{400,}={0,2}/.test(value)) {
    shape.attachments.push({ kind: 'document', encoding: 'base64' });
  }
}

/**
 * A segment has lost its separator when a field ends in a segment id (a one or two character
 * value run into "TQ1|...") or when it has more fields than the standard defines.
 */
function boundaryCheck(
  seg: Segment,
  diagnostics: Diagnostic[],
  loc: { file: string; line: number; column: number },
): void {
  const max = maxFields[seg.id];
  if (max === undefined) return;
  // trailing empty fields (PID|1||123^^^X||) are only separators a sender pads with
  let last = seg.fields.length - 1;
  while (last > 0 && seg.fields[last]!.trim() === '') last -= 1;
  const glued = seg.fields.findIndex(
    (f, n) =>
      n > 0 && n < last && /^[A-Z0-9]{1,2}[A-Z][A-Z0-9]{2}$/.test(f) && standardSegments.has(f.slice(-3)),
  );
  if (glued > 0) {
    const where = `field ${seg.id}-${glued} ends in the segment id ${seg.fields[glued]!.slice(-3)}`;
    diagnostics.push(importCodes['import-hl7-segment-boundary'].at(loc, seg.id, where));
  } else if (last > max) {
    diagnostics.push(
      importCodes['import-hl7-segment-boundary'].at(
        loc,
        seg.id,
        `has ${last} fields where the standard defines ${max}`,
      ),
    );
  }
}
