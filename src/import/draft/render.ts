import { Document, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { specKeyOrder, type Draft } from './draft.js';

export const factsMarker = 'Imported facts (compared on re-import; leave these lines as they are):';

/**
 * Write a draft as YAML text: schema modeline first, keys in schema order, comments for every
 * blank and assumption, lists of scalars in flow style. The same draft always gives the same bytes.
 */
export function renderDraft(draft: Draft, schemaPath: string): string {
  const ordered: Record<string, unknown> = {};
  // Every imported spec starts as a draft: gates warn until a person has reviewed it.
  const spec: Record<string, unknown> = { ...draft.spec, draft: true };
  for (const key of specKeyOrder) if (spec[key] !== undefined) ordered[key] = spec[key];
  const doc = new Document(ordered);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('draft spec must be a mapping');
  flowScalarLists(root);

  const before = new Map<string, string[]>();
  const addBefore = (key: string, lines: string[]) => before.set(key, [...(before.get(key) ?? []), ...lines]);
  let trailing: string[] = [];

  // Each blank goes before the next key that is present, so it sits where the field would be.
  const present = specKeyOrder.filter((k) => ordered[k] !== undefined);
  const rank = (field: string) => specKeyOrder.indexOf(field.split('.')[0] as (typeof specKeyOrder)[number]);
  const blanks = [...draft.blanks].sort((a, b) => rank(a.field) - rank(b.field));
  for (const blank of blanks) {
    if (blank.placeholder) continue;
    const top = blank.field.split('.')[0]!;
    const index = specKeyOrder.indexOf(top as (typeof specKeyOrder)[number]);
    const next = present.find((k) => specKeyOrder.indexOf(k) > index);
    const line = `${blank.field}: left blank: ${blank.note}.`;
    if (next) addBefore(next, [line]);
    else trailing = [...trailing, line];
  }
  const facts: Array<[string, string]> = draft.matchKey
    ? [['import.key', draft.matchKey], ...draft.facts]
    : draft.facts;
  if (facts.length > 0) {
    addBefore('engine', [factsMarker, ...facts.map(([k, v]) => `  ${k} = ${v}`)]);
  }

  for (const note of draft.notes) {
    if (note.path.length === 1) addBefore(String(note.path[0]), note.lines);
    else {
      const target = commentTarget(root, note.path);
      if (target) setCommentBefore(target, note.lines);
    }
  }
  addBefore('draft', [
    'draft: true keeps governance gates as warnings until this spec is reviewed; delete the line then.',
  ]);
  for (const [key, lines] of before) {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair) setCommentBefore(pair.key as Scalar, lines);
  }
  const first = root.items[0];
  if (first) {
    const header = [`yaml-language-server: $schema=${schemaPath}`, ...draft.header];
    const existing = (first.key as Scalar).commentBefore;
    (first.key as Scalar).commentBefore = [header.map((l) => ` ${l}`).join('\n'), existing]
      .filter(Boolean)
      .join('\n');
  }
  // appended by hand: the yaml library puts a blank line before a document's closing comment
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return text + trailing.map((l) => `# ${l}\n`).join('');
}

function setCommentBefore(node: Node, lines: string[]): void {
  const text = lines.map((l) => ` ${l}`).join('\n');
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
}

/** The node a comment attaches to: a map key, or a list item itself. */
function commentTarget(root: Node, path: Array<string | number>): Node | undefined {
  let node: unknown = root;
  let target: Node | undefined;
  for (const part of path) {
    if (isMap(node) && typeof part === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair) return undefined;
      target = pair.key as Scalar;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item || typeof item !== 'object') return undefined;
      target = item as Node;
      node = item;
    } else return undefined;
  }
  return target;
}

/** [a, b] and { k: v } read better than blocks for lists of scalars and small flat items. */
function flowScalarLists(node: unknown): void {
  if (isMap(node)) for (const p of node.items) flowScalarLists(p.value);
  if (isSeq(node)) {
    if (node.items.every((i) => isScalar(i))) node.flow = true;
    for (const i of node.items) {
      if (isMap(i) && i.items.every((p) => isScalar(p.value))) i.flow = true;
      else flowScalarLists(i);
    }
  }
}
