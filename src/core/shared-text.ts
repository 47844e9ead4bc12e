/**
 * Values worked out once and held while they recur: a bounded memo. Each is cleared whole when it
 * holds `limit` keys, so a long-lived process does not keep values from earlier runs without end;
 * a use of its own gets a memo of its own, so one that sees many distinct keys does not push out
 * another's.
 */
export function boundedMemo<A extends unknown[], V>(
  limit: number,
  keyOf: (...args: A) => string,
  compute: (...args: A) => V,
): (...args: A) => V {
  const known = bounded<V>(limit);
  return (...args) => {
    const key = keyOf(...args);
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(...args)));
    return value;
  };
}

/** A map of at most `limit` keys, emptied when it is full. */
function bounded<V>(limit: number): Pick<Map<string, V>, 'get' | 'set'> {
  const map = new Map<string, V>();
  return {
    get: (key) => map.get(key),
    set(key, value) {
      if (map.size >= limit) map.clear();
      return map.set(key, value);
    },
  };
}

/**
 * Texts that recur across an estate (the same diagnostic message or rating reason for many
 * specs) held once instead of once per occurrence.
 */
export function textPool(limit: number): (text: string) => string {
  // Called for every message and cause text: one argument, no arguments array.
  const known = bounded<string>(limit);
  return (text) => {
    const held = known.get(text);
    if (held !== undefined) return held;
    known.set(text, text);
    return text;
  };
}
