/**
 * Tcl lists as Cloverleaf writes NetConfig: words, {braced groups} nested to any depth, and
 * "quoted words". A keyed list is a list of {KEY value...} lists. Only data is read; nothing
 * is ever evaluated.
 */
export type TclValue = string | TclList;
export interface TclList {
  items: TclValue[];
  line: number;
}

export interface TclLimits {
  maxDepth: number;
}

export class TclError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Parse a text into top-level words and lists. */
export function parseTcl(text: string, limits: TclLimits = { maxDepth: 100 }): TclValue[] {
  let i = 0;
  let line = 1;
  const n = text.length;
  const skipSpace = (inList: boolean) => {
    while (i < n) {
      const c = text[i]!;
      if (c === '\n') line += 1;
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ';') i++;
      else if (!inList && c === '#') {
        while (i < n && text[i] !== '\n') i++;
      } else break;
    }
  };
  const word = (): string => {
    let out = '';
    while (i < n && !/[\s{}]/.test(text[i]!)) {
      if (text[i] === '\\' && i + 1 < n) i++;
      out += text[i++];
    }
    return out;
  };
  const quoted = (): string => {
    i++;
    let out = '';
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < n) i++;
      if (text[i] === '\n') line += 1;
      out += text[i++];
    }
    if (i >= n) throw new TclError('a quoted word is not closed', line);
    i++;
    return out;
  };
  const list = (depth: number): TclList => {
    if (depth > limits.maxDepth)
      throw new TclError(`lists are nested more than ${limits.maxDepth} deep`, line);
    const start = line;
    i++;
    const items: TclValue[] = [];
    for (;;) {
      skipSpace(true);
      if (i >= n) throw new TclError('a { has no matching }', start);
      const c = text[i];
      if (c === '}') {
        i++;
        return { items, line: start };
      }
      if (c === '{') items.push(list(depth + 1));
      else if (c === '"') items.push(quoted());
      else items.push(word());
    }
  };
  const out: TclValue[] = [];
  for (;;) {
    skipSpace(false);
    if (i >= n) return out;
    const c = text[i];
    if (c === '{') out.push(list(1));
    else if (c === '}') {
      i++;
      continue;
    } else if (c === '"') out.push(quoted());
    else {
      const w = word();
      if (w) out.push(w);
      else i++;
    }
  }
}

export function isList(v: TclValue | undefined): v is TclList {
  return typeof v === 'object' && v !== null;
}

/** The value of KEY in a keyed list: {KEY v} gives v, {KEY a b} gives a list of a and b. */
export function keyed(list: TclValue | undefined, key: string): TclValue | undefined {
  if (!isList(list)) return undefined;
  for (const e of list.items) {
    if (isList(e) && e.items[0] === key)
      return e.items.length === 2 ? e.items[1] : { items: e.items.slice(1), line: e.line };
  }
  return undefined;
}

/** A keyed value as text ("" for an empty {}). */
export function keyedText(list: TclValue | undefined, ...path: string[]): string | undefined {
  let cur: TclValue | undefined = list;
  for (const k of path) cur = keyed(cur, k);
  if (cur === undefined) return undefined;
  if (isList(cur))
    return cur.items.every((x) => typeof x === 'string') ? (cur.items as string[]).join(' ') : undefined;
  return cur;
}

/** The elements of a list value ({ {..} {..} } gives each inner list). */
export function elements(v: TclValue | undefined): TclValue[] {
  return isList(v) ? v.items : v === undefined || v === '' ? [] : [v];
}

/** Every leaf KEY value pair of a keyed list, with dotted paths, for the secret scan. */
export function leaves(
  list: TclValue,
  path = '',
): Array<{ key: string; path: string; value: string; line: number }> {
  const out: Array<{ key: string; path: string; value: string; line: number }> = [];
  if (!isList(list)) return out;
  for (const e of list.items) {
    if (!isList(e)) continue;
    const [k, ...rest] = e.items;
    if (typeof k === 'string' && /^[A-Z][A-Z0-9_]*$/.test(k)) {
      const p = path ? `${path}.${k}` : k;
      if (rest.length === 1 && typeof rest[0] === 'string')
        out.push({ key: k, path: p, value: rest[0], line: e.line });
      else for (const r of rest) out.push(...leaves(r, p));
    } else out.push(...leaves(e, path));
  }
  return out;
}
