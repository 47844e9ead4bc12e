/**
 * Offsets of every node of one YAML document, held compactly: one Int32Array with a fixed
 * number of slots per node instead of an object and a Map per node. Node 0 is the root; the
 * children of a mapping or sequence are a linked list in document order. A key's text is read
 * back from the document (most keys are written plainly); only a key whose text differs from
 * what is written (an escaped quote, or a key from the exact parser) is kept as a string.
 */

const KEY = 0; // offset of the key, -1 for the root and sequence items
const TEXT = 1; // offset of the key's text in the document, -1 when it is in `names`
const TEXT_END = 2;
const VALUE = 3;
const VALUE_END = 4;
const FIRST = 5; // first child, -1 when none
const NEXT = 6; // next sibling, -1 when none
const KIND = 7; // 0 scalar, 1 mapping, 2 sequence
const LAST = 8; // last child, while children are added
const SLOTS = 9;

export const scalarKind = 0;
export const mapKind = 1;
export const seqKind = 2;

export class Positions {
  private data: Int32Array;
  private count = 0;
  private names: Map<number, string> | undefined;

  constructor(
    /** The document the offsets point into (key texts are read from it). */
    private readonly text: string,
    capacity = 64,
  ) {
    this.data = new Int32Array(Math.max(4, capacity) * SLOTS);
    this.add(-1, -1, -1, -1);
  }

  get size(): number {
    return this.count;
  }

  /**
   * A new node under parent (-1 for the root), its key at `key` with its text at
   * [textStart, textEnd) of the document; pass `name` instead when the text is not written as is.
   */
  add(parent: number, key: number, textStart: number, textEnd: number, name?: string): number {
    if ((this.count + 1) * SLOTS > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const id = this.count++;
    const d = this.data;
    const b = id * SLOTS;
    d[b + KEY] = key;
    d[b + TEXT] = name === undefined ? textStart : -1;
    d[b + TEXT_END] = textEnd;
    d[b + VALUE] = 0;
    d[b + VALUE_END] = 0;
    d[b + FIRST] = -1;
    d[b + NEXT] = -1;
    d[b + KIND] = scalarKind;
    d[b + LAST] = -1;
    if (name !== undefined) (this.names ??= new Map()).set(id, name);
    if (parent >= 0) {
      const p = parent * SLOTS;
      const last = d[p + LAST]!;
      if (last < 0) d[p + FIRST] = id;
      else d[last * SLOTS + NEXT] = id;
      d[p + LAST] = id;
    }
    return id;
  }

  setKind(node: number, kind: number): void {
    this.data[node * SLOTS + KIND] = kind;
  }

  setValue(node: number, start: number, end: number): void {
    this.data[node * SLOTS + VALUE] = start;
    this.data[node * SLOTS + VALUE_END] = end;
  }

  /** Drop the room kept for more nodes. */
  trim(): this {
    if (this.data.length > this.count * SLOTS * 1.25) this.data = this.data.slice(0, this.count * SLOTS);
    return this;
  }

  kind(node: number): number {
    return this.data[node * SLOTS + KIND]!;
  }

  key(node: number): number | undefined {
    const k = this.data[node * SLOTS + KEY]!;
    return k < 0 ? undefined : k;
  }

  value(node: number): number {
    return this.data[node * SLOTS + VALUE]!;
  }

  valueEnd(node: number): number {
    return this.data[node * SLOTS + VALUE_END]!;
  }

  first(node: number): number {
    return this.data[node * SLOTS + FIRST]!;
  }

  next(node: number): number {
    return this.data[node * SLOTS + NEXT]!;
  }

  /** The key's text (for mapping entries). */
  keyText(node: number): string {
    const b = node * SLOTS;
    const start = this.data[b + TEXT]!;
    if (start < 0) return this.names?.get(node) ?? '';
    return this.text.slice(start, this.data[b + TEXT_END]!);
  }

  /** True when the node's key text is `name`, without making a string of it. */
  keyIs(node: number, name: string): boolean {
    const b = node * SLOTS;
    const start = this.data[b + TEXT]!;
    if (start < 0) return this.names?.get(node) === name;
    const end = this.data[b + TEXT_END]!;
    return end - start === name.length && this.text.startsWith(name, start);
  }

  /** The mapping entry of `node` whose key is `name` (the first such entry), or -1. */
  entry(node: number, name: string): number {
    for (let c = this.first(node); c >= 0; c = this.next(c)) if (this.keyIs(c, name)) return c;
    return -1;
  }

  /** The sequence item of `node` at `index`, or -1. */
  item(node: number, index: number): number {
    let c = this.first(node);
    for (let i = 0; c >= 0 && i < index; i++) c = this.next(c);
    return c;
  }

  /** True when two entries of the same mapping have the same key text. */
  sameKey(a: number, b: number): boolean {
    const start = this.data[b * SLOTS + TEXT]!;
    if (start < 0) return this.keyIs(a, this.names?.get(b) ?? '');
    const end = this.data[b * SLOTS + TEXT_END]!;
    const sa = this.data[a * SLOTS + TEXT]!;
    if (sa < 0) return this.keyIs(b, this.names?.get(a) ?? '');
    const ea = this.data[a * SLOTS + TEXT_END]!;
    if (ea - sa !== end - start) return false;
    for (let i = 0; i < end - start; i++)
      if (this.text.charCodeAt(sa + i) !== this.text.charCodeAt(start + i)) return false;
    return true;
  }
}
