/**
 * A lenient reader of HL7v2 ER7 (pipe-delimited) text. It keeps structure only: the importer
 * reads which segments and fields are present and a few coded values (message type, version,
 * identifier types), never patient data into its results beyond what callers ask for.
 */

export interface Separators {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
  /** v2.7 truncation character, when MSH-2 carries one. */
  truncation?: string;
}

export interface Segment {
  id: string;
  /** fields[n] is SEG-n. For MSH, fields[1] is the field separator and fields[2] the encoding characters. */
  fields: string[];
  /** 1-based line of the segment in the file, for diagnostics. */
  line: number;
}

export interface Er7Message {
  separators: Separators;
  segments: Segment[];
  /** True when segments were split at spaces because the text had no line breaks. */
  spaceSeparated: boolean;
  /** True when the message came inside an HL7 batch or file envelope (FHS/BHS ... BTS/FTS). */
  batched: boolean;
}

/** File and batch header and trailer segments: they wrap messages and belong to none. */
const envelope = new Set(['FHS', 'BHS', 'BTS', 'FTS']);

const segmentId = /^[A-Z][A-Z0-9]{2}$/;

/**
 * Split text into messages (each starting at MSH). Text before the first MSH is ignored, and so
 * are the segments of a batch envelope: a file or batch header or trailer ends the message
 * before it, and what follows a trailer belongs to no message until the next MSH.
 */
export function parseEr7(text: string): Er7Message[] {
  // MLLP framing bytes and a BOM are not part of the message
  const clean = text
    .replace(/^\uFEFF/, '')
    .split('\u000b')
    .join('')
    .split('\u001c')
    .join('');
  const lines = splitLines(clean);
  const messages: Er7Message[] = [];
  let current: Er7Message | undefined;
  let inBatch = false;
  for (const { text: raw, line } of lines.flatMap(headerPieces)) {
    const seg = raw.replace(/\s+$/, '');
    if (!seg) continue;
    const id = seg.slice(0, 3);
    if (envelope.has(id) && (seg.length === 3 || !/[A-Za-z0-9]/.test(seg[3]!))) {
      current = undefined;
      inBatch = id === 'FHS' || id === 'BHS' || (id === 'BTS' && inBatch);
      continue;
    }
    if (seg.startsWith('MSH') && seg.length >= 8) {
      const separators = readSeparators(seg);
      const pieces = splitAtSpaces(seg, separators.field);
      current = { separators, segments: [], spaceSeparated: pieces.length > 1, batched: inBatch };
      messages.push(current);
      for (const p of pieces) current.segments.push(toSegment(p, separators, line));
      continue;
    }
    if (!current) continue;
    current.segments.push(toSegment(seg, current.separators, line));
  }
  return messages;
}

/**
 * A line that holds several messages or envelope segments run together at spaces (a batch file
 * whose line breaks were lost) is cut before each header or trailer, so each message is read.
 */
function headerPieces(l: { text: string; line: number }): Array<{ text: string; line: number }> {
  const field = l.text.trimStart()[3];
  if (!field || /[A-Za-z0-9\s]/.test(field)) return [l];
  const f = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pieces = l.text.split(new RegExp(` (?=(?:MSH|FHS|BHS|BTS|FTS)${f})`));
  return pieces.length === 1 ? [l] : pieces.map((text) => ({ text, line: l.line }));
}

function splitLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n' || i === text.length) {
      out.push({ text: text.slice(start, i), line });
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      start = i + 1;
    }
  }
  return out;
}

function readSeparators(msh: string): Separators {
  const field = msh[3]!;
  const end = msh.indexOf(field, 4);
  const enc = end < 0 ? msh.slice(4) : msh.slice(4, end);
  const s: Separators = {
    field,
    component: enc[0] ?? '^',
    repetition: enc[1] ?? '~',
    escape: enc[2] ?? '\\',
    subcomponent: enc[3] ?? '&',
  };
  if (enc.length >= 5) s.truncation = enc[4]!;
  return s;
}

/**
 * A whole message on one line with segments separated by spaces (seen in real samples): split
 * before every " XXX|" where XXX looks like a segment id. Only done when the line holds a
 * known segment id that way, because a field may legitimately end in a capitalised word.
 */
function splitAtSpaces(line: string, field: string): string[] {
  const f = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const boundary = new RegExp(
    ` (?=(?:EVN|PID|PV1|PV2|PD1|NK1|ORC|OBR|OBX|NTE|MRG|AL1|DG1|PR1|IN1|GT1|SPM|TQ1|TXA|Z[A-Z0-9]{2})${f})`,
    'g',
  );
  if (!boundary.test(line)) return [line];
  return line
    .split(boundary)
    .map((s) => s.trim())
    .filter(Boolean);
}

function toSegment(text: string, sep: Separators, line: number): Segment {
  const parts = text.split(sep.field);
  const id = parts[0]!.trim();
  if (id === 'MSH') {
    // MSH-1 is the separator itself, so MSH-n is parts[n-1]
    return { id, fields: ['MSH', sep.field, ...parts.slice(1)], line };
  }
  return { id: segmentId.test(id) ? id : id.slice(0, 3), fields: parts, line };
}

/** SEG-n.c (1-based component), first repetition unless rep is given. */
export function component(seg: Segment, sep: Separators, field: number, comp = 1, rep = 0): string {
  const value = seg.fields[field] ?? '';
  const r = value.split(sep.repetition)[rep] ?? '';
  return (r.split(sep.component)[comp - 1] ?? '').trim();
}

export function repetitions(seg: Segment, sep: Separators, field: number): string[] {
  const value = seg.fields[field] ?? '';
  return value === '' ? [] : value.split(sep.repetition);
}

/**
 * A value with its HL7 escape sequences decoded: \F\ \S\ \T\ \R\ \E\ (and v2.7 \P\) give the
 * delimiter characters back, \Xhh..\ the bytes it spells; highlighting (\H\ \N\), character
 * set switches and local escapes are dropped and formatting commands (\.br\) become a space.
 */
export function unescapeEr7(value: string, sep: Separators): string {
  const e = sep.escape;
  if (!e || !value.includes(e)) return value;
  const q = e.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return value.replace(new RegExp(`${q}([^${q}]{1,64})${q}`, 'g'), (whole, body: string) => {
    const named: Record<string, string | undefined> = {
      F: sep.field,
      S: sep.component,
      T: sep.subcomponent,
      R: sep.repetition,
      E: e,
      P: sep.truncation,
      H: '',
      N: '',
    };
    const plain = named[body];
    if (plain !== undefined) return plain;
    const hex = /^X((?:[0-9A-Fa-f]{2})+)$/.exec(body);
    if (hex) return hex[1]!.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16)));
    if (body.startsWith('.')) return ' ';
    if (/^[CMZ]/.test(body)) return '';
    return whole;
  });
}

export function isSegmentId(id: string): boolean {
  return segmentId.test(id);
}
