import type { Node } from 'yaml';
import { yaml } from './yaml-lib.js';
import { createHash } from 'node:crypto';
import type { SourceLocation } from './diagnostics.js';
import { mapKind, Positions, seqKind } from './positions.js';
import { scanRanges, unescapePointer } from './quick-locate.js';

export { escapePointer, unescapePointer } from './quick-locate.js';

/** What the map is built from: an exact parse already made, or the parsed data to check a scan against. */
export type SourceMapInput =
  | { root: Node | null | undefined }
  /** `scanned`: a scan already made, to check against the data instead of scanning again. */
  | { data: unknown; scanned?: Positions | undefined }
  /** Offsets from a scan the data was built from (nothing to check them against). */
  | { scanned: Positions };

/**
 * JSON pointer → offsets of a key and its value. The offsets come from one scan of the text
 * (quick-locate.ts): either the scan the data was built from (yaml-values.ts), or, for a file
 * js-yaml parsed, a scan checked against that data on the first position asked for; only a
 * document the scan cannot read is parsed again by the `yaml` package. Line and column are computed from an offset only when a position is given.
 *
 * `release()` lets go of the offsets and of what they were built from, and of the text when the
 * file can be read again: a position asked for later is found again the same way (a scan
 * already checked is trusted, any other document goes to the exact parser), so it is the same
 * line and column. A file changed on disk since is not used for that: its positions are then
 * given as its first line.
 */
export class SourceMap {
  private root: Positions | undefined;
  private built = false;
  private lineStarts: Int32Array | undefined;
  /** After release: how the offsets were found, so they are found again the same way. */
  private again: 'scan' | 'exact' | undefined;
  /** Reads the text again after release; the digest tells it is still the text the data came from. */
  private reread: (() => string | undefined) | undefined;
  private digest: string | undefined;

  constructor(
    readonly file: string,
    private text: string | undefined,
    private input?: SourceMapInput,
  ) {}

  /** The text may be let go on release and read again with `read` when a position is asked for. */
  readAgainWith(read: () => string | undefined): void {
    this.reread = read;
  }

  private source(): string | undefined {
    if (this.text !== undefined || !this.reread || this.digest === undefined) return this.text;
    const text = this.reread();
    if (text !== undefined && digestOf(text) === this.digest) this.text = text;
    // A file changed since is not read again for every position asked for.
    else this.reread = undefined;
    return this.text;
  }

  private tree(): Positions | undefined {
    if (this.built) return this.root;
    this.built = true;
    const text = this.source();
    if (text === undefined) return undefined;
    const input = this.input;
    if (this.again === 'scan') return (this.root = scanRanges(text));
    if (input && 'root' in input) return (this.root = yamlTree(text, input.root));
    if (input && !('data' in input)) return (this.root = input.scanned);
    const scanned = this.again === 'exact' ? undefined : (input?.scanned ?? scanRanges(text));
    if (scanned && input && sameShape(scanned, 0, input.data)) return (this.root = scanned);
    const doc = yaml().parseDocument(text, { uniqueKeys: false, logLevel: 'silent', merge: false });
    return (this.root = yamlTree(text, doc.contents));
  }

  /**
   * Drop the offsets, the line table and the parse they were checked against (the text stays).
   * Positions asked for afterwards are computed again, exactly as before.
   */
  release(): void {
    // Data built from a scan: the scan is the data's own offsets.
    if (this.input && !('data' in this.input) && 'scanned' in this.input && this.again === undefined)
      this.again = 'scan';
    else if (this.built && this.root && this.input && 'data' in this.input && this.again === undefined) {
      // The scan was checked against the data (or the exact parser answered): remember which.
      this.again = sameShapeChecked(this.root) ? 'scan' : 'exact';
    } else if (this.again === undefined) this.again = 'exact';
    this.input = undefined;
    this.root = undefined;
    this.built = false;
    this.lineStarts = undefined;
    if (this.reread && this.text !== undefined) {
      this.digest ??= digestOf(this.text);
      this.text = undefined;
    }
  }

  has(pointer: string): boolean {
    const [node, rest] = this.walk(pointer);
    return node >= 0 && rest === 0;
  }

  /** Location of the value at pointer, or of its nearest ancestor that exists. */
  value(pointer: string): SourceLocation {
    const [node] = this.walk(pointer);
    if (node < 0) return this.loc(0, 0);
    return this.loc(this.root!.value(node), this.root!.valueEnd(node));
  }

  /** Location of the key at pointer (the value for list items), or its nearest existing ancestor. */
  key(pointer: string): SourceLocation {
    const [node] = this.walk(pointer);
    if (node < 0) return this.loc(0);
    return this.loc(this.root!.key(node) ?? this.root!.value(node));
  }

  /** The value at pointer as written in the file (undefined when the pointer is not there). */
  written(pointer: string): string | undefined {
    const [node, rest] = this.walk(pointer);
    if (node < 0 || rest > 0) return undefined;
    return this.text!.slice(this.root!.value(node), this.root!.valueEnd(node));
  }

  /** The deepest node on the pointer's path (-1 when there is no tree), and how many segments were left unmatched. */
  private walk(pointer: string): [number, number] {
    const root = this.tree();
    if (!root) return [-1, 0];
    if (pointer === '') return [0, 0];
    let node = 0;
    const segments = pointer.slice(1).split('/');
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i]!;
      const kind = root.kind(node);
      const next =
        kind === mapKind
          ? root.entry(node, unescapePointer(seg))
          : kind === seqKind && /^(?:0|[1-9][0-9]*)$/.test(seg)
            ? root.item(node, Number(seg))
            : -1;
      if (next < 0) return [node, segments.length - i];
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
      // Offsets exist only where the text does (the file's start when it could not be read again).
      const text = this.source() ?? '';
      let lines = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      const starts = new Int32Array(lines);
      let n = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
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

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** A parsed yaml document's nodes with their offsets, in the form the scan gives. */
export function yamlTree(text: string, root: Node | null | undefined): Positions | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  if (!root) return undefined;
  const out = new Positions(text);
  out.setValue(0, root.range?.[0] ?? 0, root.range?.[1] ?? 0);
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, into] = stack.pop()!;
    if (isMap(node)) {
      out.setKind(into, mapKind);
      // A repeated key keeps its first place and takes the last value, as a Map's set does.
      const pairs = new Map<string, [Node | null, Node | null]>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        pairs.set(isScalar(keyNode) ? String(keyNode.value) : String(keyNode), [
          keyNode,
          pair.value as Node | null,
        ]);
      }
      for (const [name, [keyNode, valueNode]] of pairs) {
        const keyStart = keyNode?.range?.[0] ?? 0;
        const valueStart = valueNode?.range?.[0] ?? keyStart;
        const child = out.add(into, keyStart, -1, -1, name);
        out.setValue(child, valueStart, valueNode?.range?.[1] ?? valueStart);
        stack.push([valueNode, child]);
      }
    } else if (isSeq(node)) {
      out.setKind(into, seqKind);
      for (const item of node.items) {
        const n = item as Node | null;
        const start = n?.range?.[0] ?? node.range?.[0] ?? 0;
        const child = out.add(into, -1, -1, -1);
        out.setValue(child, start, n?.range?.[1] ?? start);
        stack.push([n, child]);
      }
    }
  }
  return out;
}

/** Tables that passed the check against the parsed data. */
const checked = new WeakSet<Positions>();

function sameShapeChecked(table: Positions): boolean {
  return checked.has(table);
}

/**
 * The scan and the parser agree on the document's shape: the same keys and the same number of
 * items everywhere. A scan that misread the structure (a key taken for text, say) fails this.
 */
function sameShape(table: Positions, root: number, data: unknown): boolean {
  const ok = sameNode(table, root, data);
  if (ok) checked.add(table);
  return ok;
}

function sameNode(table: Positions, node: number, data: unknown): boolean {
  const kind = table.kind(node);
  if (Array.isArray(data)) {
    if (kind !== seqKind) return false;
    let c = table.first(node);
    for (let i = 0; i < data.length; i++, c = table.next(c))
      if (c < 0 || !sameNode(table, c, data[i])) return false;
    return c < 0;
  }
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    if (kind !== mapKind) return false;
    // Keys usually come in the order they are written: try the next entry before searching.
    let c = table.first(node);
    let count = 0;
    for (const k in data) {
      const child = c >= 0 && table.keyIs(c, k) ? c : table.entry(node, k);
      if (child < 0 || !sameNode(table, child, (data as Record<string, unknown>)[k])) return false;
      c = child === c ? table.next(c) : -1;
      count++;
    }
    let entries = 0;
    for (let e = table.first(node); e >= 0; e = table.next(e)) entries++;
    return count === entries;
  }
  return kind !== mapKind && kind !== seqKind;
}
