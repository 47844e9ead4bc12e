/**
 * A unified diff (as `diff -u` and git print it) of two texts, with three lines of context.
 * The common start and end are set aside first, so a few local edits cost little.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Array<[' ' | '-' | '+', string]> = [
    ...a.slice(0, start).map((l) => [' ', l] as [' ', string]),
    ...middle(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((l) => [' ', l] as [' ', string]),
  ];
  return `--- a/${path}\n+++ b/${path}\n${hunks(ops, context)}`;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Longest common subsequence of the changed middle; a plain replacement when it is too large. */
function middle(a: string[], b: string[]): Array<[' ' | '-' | '+', string]> {
  if (a.length * b.length > 4_000_000)
    return [...a.map((l) => ['-', l] as ['-', string]), ...b.map((l) => ['+', l] as ['+', string])];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: Array<[' ' | '-' | '+', string]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push([' ', a[i]!]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      out.push(['-', a[i++]!]);
    else out.push(['+', b[j++]!]);
  }
  return out;
}

function hunks(ops: Array<[' ' | '-' | '+', string]>, context: number): string {
  const changed = ops.map((o, n) => (o[0] === ' ' ? -1 : n)).filter((n) => n >= 0);
  let out = '';
  let k = 0;
  while (k < changed.length) {
    let first = changed[k]!;
    let last = first;
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * context) last = changed[++k]!;
    k++;
    first = Math.max(0, first - context);
    last = Math.min(ops.length - 1, last + context);
    let lineA = 1;
    let lineB = 1;
    for (let n = 0; n < first; n++) {
      if (ops[n]![0] !== '+') lineA++;
      if (ops[n]![0] !== '-') lineB++;
    }
    const slice = ops.slice(first, last + 1);
    const countA = slice.filter((o) => o[0] !== '+').length;
    const countB = slice.filter((o) => o[0] !== '-').length;
    out += `@@ -${countA === 0 ? lineA - 1 : lineA},${countA} +${countB === 0 ? lineB - 1 : lineB},${countB} @@\n`;
    out += slice.map(([op, line]) => `${op}${line}\n`).join('');
  }
  return out;
}
