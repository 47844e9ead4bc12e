import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { SourceLocation } from './diagnostics.js';
import { quickLocate } from './quick-locate.js';

interface Ranges {
  key?: number;
  value: number;
  valueEnd: number;
}

/**
 * JSON pointer → offsets of a key and its value. Built lazily: most specs are never asked for a
 * position, so the exact parse that finds them runs only for files that have a diagnostic.
 */
export class SourceMap {
  private ranges: Map<string, Ranges> | undefined;
  private lineCounter: LineCounter | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    parsed?: { lineCounter: LineCounter; root: Node | null | undefined },
  ) {
    if (parsed) this.index(parsed.lineCounter, parsed.root);
  }

  private ensure(): Map<string, Ranges> {
    if (!this.ranges) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(this.text, {
        lineCounter,
        uniqueKeys: false,
        logLevel: 'silent',
        merge: false,
      });
      this.index(lineCounter, doc.contents);
    }
    return this.ranges!;
  }

  private index(lineCounter: LineCounter, root: Node | null | undefined): void {
    this.lineCounter = lineCounter;
    const ranges = new Map<string, Ranges>();
    this.ranges = ranges;
    if (!root) return;
    const stack: Array<[unknown, string]> = [[root, '']];
    ranges.set('', { value: root.range?.[0] ?? 0, valueEnd: root.range?.[1] ?? 0 });
    while (stack.length > 0) {
      const [node, pointer] = stack.pop()!;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const keyNode = pair.key as Node | null;
          const keyText = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
          const child = `${pointer}/${escapePointer(keyText)}`;
          const valueNode = pair.value as Node | null;
          const keyStart = keyNode?.range?.[0] ?? 0;
          const valueStart = valueNode?.range?.[0] ?? keyStart;
          ranges.set(child, {
            key: keyStart,
            value: valueStart,
            valueEnd: valueNode?.range?.[1] ?? valueStart,
          });
          stack.push([valueNode, child]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const child = `${pointer}/${i}`;
          const n = item as Node | null;
          const start = n?.range?.[0] ?? node.range?.[0] ?? 0;
          ranges.set(child, { value: start, valueEnd: n?.range?.[1] ?? start });
          stack.push([n, child]);
        });
      }
    }
  }

  has(pointer: string): boolean {
    return this.ensure().has(pointer);
  }

  private lines: string[] | undefined;

  private quick(pointer: string, want: 'key' | 'value'): SourceLocation | undefined {
    if (this.ranges) return undefined;
    this.lines ??= this.text.split('\n');
    return quickLocate(this.file, this.lines, pointer, want);
  }

  /** Location of the value at pointer, or of its nearest ancestor that exists. */
  value(pointer: string): SourceLocation {
    const r = this.nearest(pointer);
    return this.loc(r.value, r.valueEnd);
  }

  /** Location of the key at pointer (the value for list items), or its nearest existing ancestor. */
  key(pointer: string): SourceLocation {
    const fast = this.quick(pointer, 'key');
    if (fast) return fast;
    const r = this.nearest(pointer);
    return this.loc(r.key ?? r.value);
  }

  private nearest(pointer: string): Ranges {
    const ranges = this.ensure();
    let p = pointer;
    for (;;) {
      const r = ranges.get(p);
      if (r) return r;
      if (p === '') return { value: 0, valueEnd: 0 };
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  private loc(start: number, end?: number): SourceLocation {
    const lc = this.lineCounter!;
    const s = lc.linePos(start);
    const out: SourceLocation = { file: this.file, line: s.line, column: s.col };
    if (end !== undefined && end > start) {
      const e = lc.linePos(end);
      out.endLine = e.line;
      out.endColumn = e.col;
    }
    return out;
  }
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
