import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { LineCounter, Node } from 'yaml';
import type { SourceLocation } from '../core/diagnostics.js';

interface Ranges {
  key?: number;
  value: number;
  valueEnd: number;
}

/** JSON pointer → offsets of a key and its value; line/column only computed when asked. */
export class SourceMap {
  private readonly ranges = new Map<string, Ranges>();

  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter,
  ) {}

  index(root: Node | null | undefined): void {
    if (!root) return;
    const stack: Array<[unknown, string]> = [[root, '']];
    this.ranges.set('', { value: root.range?.[0] ?? 0, valueEnd: root.range?.[1] ?? 0 });
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
          this.ranges.set(child, {
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
          this.ranges.set(child, { value: start, valueEnd: n?.range?.[1] ?? start });
          stack.push([n, child]);
        });
      }
    }
  }

  has(pointer: string): boolean {
    return this.ranges.has(pointer);
  }

  /** Location of the value at pointer, or of its nearest ancestor that exists. */
  value(pointer: string): SourceLocation {
    const r = this.nearest(pointer);
    return this.loc(r.value, r.valueEnd);
  }

  /** Location of the key at pointer (the value for list items), or its nearest existing ancestor. */
  key(pointer: string): SourceLocation {
    const r = this.nearest(pointer);
    return this.loc(r.key ?? r.value);
  }

  private nearest(pointer: string): Ranges {
    let p = pointer;
    for (;;) {
      const r = this.ranges.get(p);
      if (r) return r;
      if (p === '') return { value: 0, valueEnd: 0 };
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  private loc(start: number, end?: number): SourceLocation {
    const s = this.lineCounter.linePos(start);
    const out: SourceLocation = { file: this.file, line: s.line, column: s.col };
    if (end !== undefined && end > start) {
      const e = this.lineCounter.linePos(end);
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
