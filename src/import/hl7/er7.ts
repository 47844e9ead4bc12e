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
}

const segmentId = /^[A-Z][A-Z0-9]{2}$/;

/** Split text into messages (each starting at MSH). Text before the first MSH is ignored. */
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
  for (const { text: raw, line } of lines) {
    const seg = raw.replace(/\s+$/, '');
    if (!seg) continue;
    if (seg.startsWith('MSH') && seg.length >= 8) {
      const separators = readSeparators(seg);
      const pieces = splitAtSpaces(seg, separators.field);
      current = { separators, segments: [], spaceSeparated: pieces.length > 1 };
      messages.push(current);
      for (const p of pieces) current.segments.push(toSegment(p, separators, line));
      continue;
    }
    if (!current) continue;
    current.segments.push(toSegment(seg, current.separators, line));
  }
  return messages;
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

export function isSegmentId(id: string): boolean {
  return segmentId.test(id);
}
