/**
 * A top-level JSON object cut into the raw bytes of its members, with the elements of one array
 * member cut apart too, without decoding or parsing the whole: a hazard log of tens of megabytes
 * is then parsed one element at a time. Only the structure is scanned (strings, brackets, commas);
 * every piece must still be parsed strictly by the caller. Undefined when the structure is not
 * what a JSON object looks like: the caller then parses the whole text, which gives the exact error.
 */
export interface SplitObject {
  /** Each member's value, by key. */
  members: Map<string, Uint8Array>;
  /** The elements of the array member named, when its value is an array. */
  elements?: Uint8Array[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const endsLiteral = (b: number) => b === COMMA || b === CLOSE_OBJECT || b === CLOSE_ARRAY;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export function splitObject(bytes: Uint8Array, arrayKey: string): SplitObject | undefined {
  const n = bytes.length;
  const skipSpace = (i: number) => {
    while (isSpace(bytes[i])) i++;
    return i;
  };
  /** End (exclusive) of the string that starts at `i`, or -1. */
  const stringEnd = (i: number): number => {
    for (i++; i < n; i++) {
      const b = bytes[i]!;
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) return i + 1;
      else if (b < 0x20) return -1;
    }
    return -1;
  };
  /** End (exclusive) of the value that starts at `i`, or -1. */
  const valueEnd = (i: number): number => {
    const first = bytes[i];
    if (first === QUOTE) return stringEnd(i);
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (; i < n; i++) {
        const b = bytes[i];
        if (b === QUOTE) {
          const end = stringEnd(i);
          if (end < 0) return -1;
          i = end - 1;
        } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
          depth--;
          if (depth === 0) return i + 1;
        }
      }
      return -1;
    }
    const start = i;
    while (i < n && !isSpace(bytes[i]) && !endsLiteral(bytes[i]!)) i++;
    return i > start ? i : -1;
  };
  /** The elements of the array from `start` to `end` (its brackets included), or undefined. */
  const arrayElements = (start: number, end: number): Uint8Array[] | undefined => {
    const out: Uint8Array[] = [];
    let i = skipSpace(start + 1);
    if (bytes[i] === CLOSE_ARRAY) return i === end - 1 ? out : undefined;
    for (;;) {
      i = skipSpace(i);
      const stop = valueEnd(i);
      if (stop < 0 || stop > end) return undefined;
      out.push(bytes.subarray(i, stop));
      i = skipSpace(stop);
      if (bytes[i] === COMMA) i++;
      else return bytes[i] === CLOSE_ARRAY && i === end - 1 ? out : undefined;
    }
  };

  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A byte-order mark, as TextDecoder drops it.
  let i = skipSpace(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  if (bytes[i] !== OPEN_OBJECT) return undefined;
  const members = new Map<string, Uint8Array>();
  let elements: Uint8Array[] | undefined;
  i = skipSpace(i + 1);
  if (bytes[i] === CLOSE_OBJECT) i++;
  else
    for (;;) {
      i = skipSpace(i);
      if (bytes[i] !== QUOTE) return undefined;
      const keyEnd = stringEnd(i);
      if (keyEnd < 0) return undefined;
      let key: string;
      try {
        key = JSON.parse(decoder.decode(bytes.subarray(i, keyEnd))) as string;
      } catch {
        return undefined;
      }
      i = skipSpace(keyEnd);
      if (bytes[i] !== COLON) return undefined;
      i = skipSpace(i + 1);
      const end = valueEnd(i);
      if (end < 0) return undefined;
      // A repeated key is left to the whole parse (JSON.parse keeps the last).
      if (members.has(key)) return undefined;
      members.set(key, bytes.subarray(i, end));
      if (key === arrayKey) {
        elements = bytes[i] === OPEN_ARRAY ? arrayElements(i, end) : undefined;
        if (bytes[i] === OPEN_ARRAY && !elements) return undefined;
      }
      i = skipSpace(end);
      if (bytes[i] === COMMA) i++;
      else if (bytes[i] === CLOSE_OBJECT) {
        i++;
        break;
      } else return undefined;
    }
  if (skipSpace(i) !== n) return undefined;
  return elements ? { members, elements } : { members };
}
