import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { SourceLocation } from './diagnostics.js';
import { scanRanges, unescapePointer } from './quick-locate.js';
import type { Located } from './quick-locate.js';

export { escapePointer, unescapePointer } from './quick-locate.js';

/** What the map is built from: an exact parse already made, or the parsed data to check a scan against. */
export type SourceMapInput = { root: Node | null | undefined } | { data: unknown };

const nowhere: Located = { value: 0, valueEnd: 0 };

/**
 * JSON pointer → offsets of a key and its value. Built lazily, on the first position asked for:
 * most specs are never asked. The offsets come from one scan of the text (quick-locate.ts),
 * checked against the parsed data; only a document the scan cannot read is parsed again by the
 * `yaml` package. Line and column are computed from an offset only when a position is given.
 */
export class SourceMap {
  private root: Located | undefined;
  private built = false;
  private lineStarts: number[] | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly input?: SourceMapInput,
  ) {}

  private tree(): Located | undefined {
    if (this.built) return this.root;
    this.built = true;
    const input = this.input;
    if (input && 'root' in input) return (this.root = yamlTree(input.root));
    const scanned = scanRanges(this.text);
    if (scanned && input && sameShape(scanned, input.data)) return (this.root = scanned);
    const doc = parseDocument(this.text, { uniqueKeys: false, logLevel: 'silent', merge: false });
    return (this.root = yamlTree(doc.contents));
  }

  has(pointer: string): boolean {
    const [node, rest] = this.walk(pointer);
    return node !== undefined && rest === 0;
  }

  /** Location of the value at pointer, or of its nearest ancestor that exists. */
  value(pointer: string): SourceLocation {
    const r = this.walk(pointer)[0] ?? nowhere;
    return this.loc(r.value, r.valueEnd);
  }

  /** Location of the key at pointer (the value for list items), or its nearest existing ancestor. */
  key(pointer: string): SourceLocation {
    const r = this.walk(pointer)[0] ?? nowhere;
    return this.loc(r.key ?? r.value);
  }

  /** The value at pointer as written in the file (undefined when the pointer is not there). */
  written(pointer: string): string | undefined {
    const [node, rest] = this.walk(pointer);
    if (!node || rest > 0) return undefined;
    return this.text.slice(node.value, node.valueEnd);
  }

  /** The deepest node on the pointer's path, and how many segments were left unmatched. */
  private walk(pointer: string): [Located | undefined, number] {
    const root = this.tree();
    if (!root || pointer === '') return [root, 0];
    let node: Located = root;
    const segments = pointer.slice(1).split('/');
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      const next: Located | undefined = node.entries
        ? node.entries.get(unescapePointer(seg))
        : node.items && /^(?:0|[1-9][0-9]*)$/.test(seg)
          ? node.items[Number(seg)]
          : undefined;
      if (!next) return [node, segments.length - i];
      node = next;
    }
    return [node, 0];
  }

  private loc(start: number, end?: number): SourceLocation {
    const s = this.linePos(start);
    const out: SourceLocation = { file: this.file, line: s[0], column: s[1] };
    if (end !== undefined && end > start) {
      const e = this.linePos(end);
      out.endLine = e[0];
      out.endColumn = e[1];
    }
    return out;
  }

  /** 1-based line and column of an offset, as yaml's LineCounter gives them. */
  private linePos(offset: number): [number, number] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - starts[lo]! + 1];
  }
}

/** A parsed yaml document's nodes with their offsets, in the shape the scan gives. */
export function yamlTree(root: Node | null | undefined): Located | undefined {
  if (!root) return undefined;
  const top: Located = { value: root.range?.[0] ?? 0, valueEnd: root.range?.[1] ?? 0 };
  const stack: Array<[unknown, Located]> = [[root, top]];
  while (stack.length > 0) {
    const [node, into] = stack.pop()!;
    if (isMap(node)) {
      into.entries = new Map();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const valueNode = pair.value as Node | null;
        const keyStart = keyNode?.range?.[0] ?? 0;
        const valueStart = valueNode?.range?.[0] ?? keyStart;
        const child: Located = {
          key: keyStart,
          value: valueStart,
          valueEnd: valueNode?.range?.[1] ?? valueStart,
        };
        into.entries.set(isScalar(keyNode) ? String(keyNode.value) : String(keyNode), child);
        stack.push([valueNode, child]);
      }
    } else if (isSeq(node)) {
      into.items = node.items.map((item) => {
        const n = item as Node | null;
        const start = n?.range?.[0] ?? node.range?.[0] ?? 0;
        const child: Located = { value: start, valueEnd: n?.range?.[1] ?? start };
        stack.push([n, child]);
        return child;
      });
    }
  }
  return top;
}

/**
 * The scan and the parser agree on the document's shape: the same keys and the same number of
 * items everywhere. A scan that misread the structure (a key taken for text, say) fails this.
 */
function sameShape(node: Located, data: unknown): boolean {
  if (Array.isArray(data)) {
    if (!node.items || node.entries || node.items.length !== data.length) return false;
    for (let i = 0; i < data.length; i++) if (!sameShape(node.items[i]!, data[i])) return false;
    return true;
  }
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    const entries = node.entries;
    if (!entries || node.items) return false;
    let count = 0;
    for (const k in data) {
      const child = entries.get(k);
      if (!child || !sameShape(child, (data as Record<string, unknown>)[k])) return false;
      count++;
    }
    return count === entries.size;
  }
  return !node.entries && !node.items;
}
