import type { SourceLocation } from './diagnostics.js';

/**
 * Finds shallow keys (`/status`, `/review/last`) by scanning lines, without a full parse. It
 * answers only when there is exactly one unambiguous match; otherwise the caller falls back to
 * the exact parser. A test checks it agrees with the exact parser on every key it answers for.
 */
export function quickLocate(
  file: string,
  lines: readonly string[],
  pointer: string,
  want: 'key' | 'value',
): SourceLocation | undefined {
  const segs = pointer.split('/').slice(1);
  // `/consumers/0/use`: a key in a one-line flow mapping that is an item of a top-level list.
  if (segs.length === 3 && /^\d+$/.test(segs[1]!)) return listItemKey(file, lines, segs, want);
  if (segs.length === 0 || segs.length > 2 || !segs.every((s) => /^[A-Za-z][A-Za-z0-9]*$/.test(s)))
    return undefined;
  const topRe = new RegExp(`^${segs[0]}[ \\t]*:(?:[ \\t]|$)`);
  let top = -1;
  for (let i = 0; i < lines.length; i++) {
    if (topRe.test(lines[i]!)) {
      if (top >= 0) return undefined;
      top = i;
    }
  }
  if (top < 0) return undefined;
  if (segs.length === 1) return place(file, lines, top, 0, segs[0]!.length, want);
  let end = top + 1;
  while (end < lines.length && !/^[^\s#]/.test(lines[end]!)) end++;
  const subRe = new RegExp(`(?<![\\w"'$-])${segs[1]}[ \\t]*:(?:[ \\t]|$)`, 'g');
  let found: [number, number] | undefined;
  for (let i = top; i < end; i++) {
    const line = lines[i]!;
    for (const m of line.matchAll(subRe)) {
      if (i === top && m.index <= segs[0]!.length) continue;
      // Anything quoted or commented before the match could hide the real structure: give up.
      const before = i === top ? line.slice(line.indexOf(':') + 1, m.index) : line.slice(0, m.index);
      if (/["'#]/.test(before)) return undefined;
      if (found) return undefined;
      found = [i, m.index];
    }
  }
  if (!found) return undefined;
  return place(file, lines, found[0], found[1], segs[1]!.length, want);
}

function listItemKey(
  file: string,
  lines: readonly string[],
  [top, index, key]: string[],
  want: 'key' | 'value',
): SourceLocation | undefined {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(top!) || !/^[A-Za-z][A-Za-z0-9]*$/.test(key!)) return undefined;
  const topRe = new RegExp(`^${top}[ \\t]*:[ \\t]*$`);
  const starts = lines.flatMap((l, i) => (topRe.test(l) ? [i] : []));
  if (starts.length !== 1) return undefined;
  // The list's items: lines "<indent>- {...}" each holding a whole flow mapping, nothing else.
  const items: number[] = [];
  let indent: string | undefined;
  for (let i = starts[0]! + 1; i < lines.length && !/^[^\s#]/.test(lines[i]!); i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = /^(\s+)- \{[^{}"'#]*\}$/.exec(line);
    if (!m || (indent !== undefined && m[1] !== indent)) return undefined;
    indent = m[1];
    items.push(i);
  }
  const line = items[Number(index)];
  if (line === undefined) return undefined;
  const text = lines[line]!;
  const found = [...text.matchAll(new RegExp(`(?<=[{,][ \\t]*)${key}[ \\t]*:`, 'g'))];
  if (found.length !== 1) return undefined;
  return place(file, lines, line, found[0]!.index, key!.length, want);
}

function place(
  file: string,
  lines: readonly string[],
  line: number,
  col: number,
  keyLength: number,
  want: 'key' | 'value',
): SourceLocation | undefined {
  if (want === 'key') return { file, line: line + 1, column: col + 1 };
  const text = lines[line]!;
  const colon = text.indexOf(':', col + keyLength);
  let v = colon + 1;
  while (v < text.length && (text[v] === ' ' || text[v] === '\t')) v++;
  if (v >= text.length || text[v] === '#' || text[v] === '\r') return undefined;
  return { file, line: line + 1, column: v + 1 };
}
