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
  const known = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(...args);
      known.set(key, value);
    }
    return value;
  };
}

/**
 * Texts that recur across an estate (the same diagnostic message or rating reason for many
 * specs) held once instead of once per occurrence.
 */
export function textPool(limit: number): (text: string) => string {
  return boundedMemo(
    limit,
    (text: string) => text,
    (text: string) => text,
  );
}
