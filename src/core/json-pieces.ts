/**
 * `JSON.stringify(value, null, 2)` a piece at a time, for files too large to hold as one string
 * (the hazard log of an estate of thousands): objects and arrays down to `depth` levels are
 * written member by member, anything deeper as one piece. The pieces joined are exactly what
 * `JSON.stringify` gives; with `sortKeys`, object keys are written in sorted order at every level.
 */
export interface JsonPiecesOptions {
  /** How many levels of objects and arrays are split into members (default 2). */
  depth?: number;
  sortKeys?: boolean;
}

export function* jsonPieces(value: unknown, options: JsonPiecesOptions = {}): Generator<string> {
  yield* pieces(value, '', options.depth ?? 2, options.sortKeys === true, 0);
}

/** Yields the value's text; returns undefined (yielding nothing) where JSON has no value for it. */
function* pieces(
  raw: unknown,
  key: string,
  depth: number,
  sorted: boolean,
  level: number,
  converted = false,
): Generator<string, true | undefined> {
  // JSON.stringify calls a value's toJSON once: a member's was called already to see if it is written.
  const value = converted ? raw : toJson(raw, key);
  if (value === null || typeof value !== 'object' || level >= depth) {
    const text = leaf(value, sorted, level);
    if (text === undefined) return undefined;
    yield text;
    return true;
  }
  const inner = '\n' + '  '.repeat(level + 1);
  const close = '\n' + '  '.repeat(level);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return true;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[${inner}` : `,${inner}`;
      const wrote = yield* pieces(value[i], String(i), depth, sorted, level + 1);
      if (wrote === undefined) yield 'null';
    }
    yield `${close}]`;
    return true;
  }
  const record = value as Record<string, unknown>;
  const keys = sorted ? sortedOrder(record) : Object.keys(record);
  let first = true;
  for (const k of keys) {
    const member = toJson(record[k], k);
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(k)}: `;
    first = false;
    yield* pieces(member, k, depth, sorted, level + 1, true);
  }
  yield first ? '{}' : `${close}}`;
  return true;
}

/**
 * Keys in the order an object built in sorted order gives them back, as `sortKeys` makes it:
 * sorted, except that keys that are array indices come first in numeric order (JavaScript
 * always orders those first).
 */
function sortedOrder(record: Record<string, unknown>): string[] {
  const order: Record<string, true> = {};
  for (const key of Object.keys(record).sort()) order[key] = true;
  return Object.keys(order);
}

function toJson(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null | undefined;
  return typeof withToJson?.toJSON === 'function' ? withToJson.toJSON(key) : value;
}

function leaf(value: unknown, sorted: boolean, level: number): string | undefined {
  const text = JSON.stringify(sorted ? sortKeys(value) : value, null, 2) as string | undefined;
  if (text === undefined) return undefined;
  return level === 0 ? text : text.replace(/\n/g, '\n' + '  '.repeat(level));
}

/** The value with object keys in sorted order at every level. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
