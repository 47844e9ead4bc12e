import type { SourceLocation } from '../core/diagnostics.js';

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
