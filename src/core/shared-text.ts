/**
 * Texts that recur across an estate (the same diagnostic message or rating reason for many
 * specs) held once instead of once per occurrence. Each pool is bounded, so a long-lived
 * process does not keep texts from earlier runs without end; a use of its own gets a pool of
 * its own, so one that sees many distinct texts does not push out another's.
 */
export function textPool(limit: number): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const held = known.get(text);
    if (held !== undefined) return held;
    if (known.size >= limit) known.clear();
    known.set(text, text);
    return text;
  };
}
