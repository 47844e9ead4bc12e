import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify } from 'yaml';

/**
 * Edits to one spec's decision entries, made as text replacements of exactly the values that
 * change, so every comment, blank line, key order and quoting style elsewhere in the file stays
 * byte for byte as it was. A value `null` removes the key.
 */
export type EditValue =
  string | boolean | string[] | { [key: string]: string } | Array<{ [key: string]: string }> | null;

export interface EntryEdit {
  /** The list key the entry sits in: hazards or privacyRisks. */
  list: 'hazards' | 'privacyRisks';
  /** Index of the entry in that list; absent to add a new entry. */
  index?: number;
  /** The key and value a new entry starts with, e.g. ["derived", "silent-failure"]. */
  first?: [string, string];
  set: Array<[string, EditValue]>;
}

type Range = [number, number, number];
interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** The spec text with the edits made, or a reason it cannot be edited safely. */
export function editSpec(text: string, edits: readonly EntryEdit[]): { text: string } | { problem: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { problem: 'the spec no longer parses as YAML' };
  const root = doc.contents;
  const out: Replacement[] = [];
  const added = new Map<string, string[]>();
  for (const edit of edits) {
    const seq = root.get(edit.list, true);
    if (edit.index === undefined) {
      const lines = added.get(edit.list) ?? [];
      lines.push(newEntry(edit));
      added.set(edit.list, lines);
      continue;
    }
    const item = isSeq(seq) ? seq.items[edit.index] : undefined;
    if (!isMap(item))
      return { problem: `${edit.list} entry ${edit.index + 1} is not where the workbook says` };
    const r = editMap(text, item, edit.set);
    if ('problem' in r) return r;
    out.push(...r.replacements);
  }
  for (const [list, entries] of added) {
    const r = appendEntries(text, root, list, entries);
    if ('problem' in r) return r;
    out.push(r);
  }
  return { text: apply(text, out) };
}

function apply(text: string, replacements: Replacement[]): string {
  let result = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start))
    result = result.slice(0, r.start) + r.text + result.slice(r.end);
  return result;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** End of the line `pos` is on, past its newline. */
function pastLine(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

function editMap(
  text: string,
  map: YAMLMap,
  set: ReadonlyArray<[string, EditValue]>,
): { replacements: Replacement[] } | { problem: string } {
  const pairs = map.items as Pair<Node, Node | null>[];
  if (map.flow) {
    // A one-line entry, e.g. "- { derived: x, status: closed }": written again in the same style.
    const value = (map.toJSON() ?? {}) as Record<string, unknown>;
    for (const [k, v] of set) {
      if (v === null) delete value[k];
      else value[k] = v;
    }
    const [start, end] = map.range as Range;
    return {
      replacements: [
        { start, end, text: stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd() },
      ],
    };
  }
  const first = pairs[0]?.key?.range;
  if (!first) return { problem: 'an entry is empty' };
  const indent = ' '.repeat(first[0] - lineStart(text, first[0]));
  const replacements: Replacement[] = [];
  const inserts: string[] = [];
  for (const [k, v] of set) {
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === k);
    if (pair && (!pair.value || !pair.key?.range)) return { problem: `the value of ${k} is empty` };
    if (pair) {
      const start = pair.key!.range![0];
      const end = (pair.value!.range as Range)[1];
      const newline = text[end - 1] === '\n';
      if (v === null)
        replacements.push({ start: lineStart(text, start), end: pastLine(text, end), text: '' });
      else replacements.push({ start, end, text: renderPair(k, v, indent) + (newline ? '\n' : '') });
    } else if (v !== null) inserts.push(`${indent}${renderPair(k, v, indent)}\n`);
  }
  if (inserts.length > 0) {
    const last = pairs[pairs.length - 1]!;
    const end = ((last.value ?? last.key)!.range as Range)[1];
    const at = pastLine(text, end);
    replacements.push({
      start: at,
      end: at,
      text: (at === text.length && !text.endsWith('\n') ? '\n' : '') + inserts.join(''),
    });
  }
  return { replacements };
}

function appendEntries(
  text: string,
  root: YAMLMap,
  list: string,
  entries: readonly string[],
): Replacement | { problem: string } {
  const pair = (root.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && p.key.value === list);
  const seq = pair?.value;
  if (isSeq(seq) && !seq.flow && seq.items.length > 0) {
    const firstItem = (seq as YAMLSeq<Node>).items[0]!;
    const dash = lineStart(text, firstItem.range![0]);
    const indent = ' '.repeat(text.slice(dash).search(/-/));
    const at = pastLine(text, (seq.range as Range)[1]);
    const block = entries.map((e) => indentBlock(e, indent)).join('');
    return { start: at, end: at, text: (at === text.length && !text.endsWith('\n') ? '\n' : '') + block };
  }
  const block = `${list}:\n${entries.map((e) => indentBlock(e, '  ')).join('')}`;
  if (pair) {
    // "hazards: []" or an empty key: the list is written again as a block.
    if (isSeq(seq) && seq.items.length > 0)
      return { problem: `${list} is written on one line; write it as a block list first` };
    const start = lineStart(text, pair.key!.range![0]);
    if (start !== pair.key!.range![0]) return { problem: `${list} is not at the top level` };
    const end = pastLine(text, ((seq ?? pair.key)!.range as Range)[1]);
    return { start, end, text: block };
  }
  return {
    start: text.length,
    end: text.length,
    text: (text === '' || text.endsWith('\n') ? '' : '\n') + block,
  };
}

function newEntry(edit: EntryEdit): string {
  const [k, v] = edit.first!;
  const lines = [`- ${k}: ${scalar(v)}`];
  for (const [key, value] of edit.set) if (value !== null) lines.push(`  ${renderPair(key, value, '  ')}`);
  return `${lines.join('\n')}\n`;
}

function indentBlock(block: string, indent: string): string {
  return block
    .split('\n')
    .map((l) => (l === '' ? l : indent + l))
    .join('\n');
}

/** "key: value" for a scalar or a flat map (flow style), or a block list of maps. */
function renderPair(key: string, value: Exclude<EditValue, null>, indent: string): string {
  if (typeof value === 'string') return `${key}: ${scalar(value)}`;
  if (typeof value === 'boolean') return `${key}: ${value}`;
  if (!Array.isArray(value))
    return `${key}: { ${Object.entries(value)
      .map(([k, v]) => `${k}: ${scalar(v)}`)
      .join(', ')} }`;
  if (value.length === 0) return `${key}: []`;
  if (value.every((v) => typeof v === 'string'))
    return `${key}:\n${value.map((v) => `${indent}  - ${scalar(v)}`).join('\n')}`;
  const items = (value as Array<{ [key: string]: string }>).map((item) =>
    Object.entries(item)
      .map(([k, v], n) => `${indent}${n === 0 ? '  - ' : '    '}${k}: ${scalar(v)}`)
      .join('\n'),
  );
  return `${key}:\n${items.join('\n')}`;
}

/** A plain scalar when YAML reads it back as the same string, else a double-quoted one. */
export function scalar(value: string): string {
  if (!value.includes('\n')) {
    const plain = stringify(value, { lineWidth: 0 }).trimEnd();
    if (!plain.includes('\n') && !/^[|>]/.test(plain) && parse(plain) === value) return plain;
  }
  return JSON.stringify(value);
}
