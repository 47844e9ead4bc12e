import { aspectOf, identityKeys } from './aspects.js';
import type { FieldChange } from './types.js';

type Plain = Record<string, unknown>;

/** Lists whose entries have an identity, so an edit is told apart from a removal plus an addition. */
const keyedLists: Record<string, (entry: Plain) => string | undefined> = {
  'data.items': (e) => str(e.name),
  'data.attachments': (e) => str(e.kind),
  consumers: (e) => str(e.name),
  mapping: (e) => `${str(e.kind)}: ${str(e.from)} to ${str(e.to)}`,
  processors: (e) => str(e.name),
  transfers: (e) => str(e.country),
  hazards: (e) => str(e.derived) ?? prefixed('local', (e.local as Plain | undefined)?.id),
  privacyRisks: (e) => str(e.derived) ?? prefixed('local', (e.local as Plain | undefined)?.id),
};

/** Lists of values where the order carries meaning (order of preference). */
const orderedLists = new Set(['identity.matchOn']);

function str(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

function prefixed(prefix: string, v: unknown): string | undefined {
  const s = str(v);
  return s === undefined ? undefined : `${prefix} ${s}`;
}

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text for a value in a change list: scalars as written, lists joined, objects as key: value pairs. */
export function describe(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value))
    return value.map((v) => (isPlain(v) ? `{${describe(v)}}` : describe(v))).join(', ');
  if (isPlain(value))
    return Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .map((k) => {
        const v = value[k];
        return `${k}: ${isPlain(v) ? `{${describe(v)}}` : (describe(v) ?? '')}`;
      })
      .join(', ');
  return String(value);
}

/**
 * Every field that differs between two versions of one spec, each with its aspect. The file
 * path and the version are not compared: a moved file is not a governance change and the
 * version is checked separately.
 */
export function diffFields(before: Plain, after: Plain): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => !identityKeys.has(k))
    .sort();
  for (const k of keys) walk([k], [k], before[k], after[k], out);
  return out;
}

function walk(keys: string[], label: string[], a: unknown, b: unknown, out: FieldChange[]): void {
  if (a === undefined && b === undefined) return;
  if (isEmptyList(a) && isEmptyList(b)) return;
  const path = keys.join('.');
  if (Array.isArray(a) || Array.isArray(b)) {
    const la = Array.isArray(a) ? a : [];
    const lb = Array.isArray(b) ? b : [];
    const keyOf = keyedLists[path];
    if (keyOf && [...la, ...lb].every(isPlain))
      return walkKeyed(keys, label, la as Plain[], lb as Plain[], keyOf, out);
    if (!orderedLists.has(path) && [...la, ...lb].every((v) => !isPlain(v) && !Array.isArray(v)))
      return walkSet(keys, label, la, lb, out);
  } else if (isPlain(a) && isPlain(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      walk([...keys, k], [...label, k], a[k], b[k], out);
    return;
  }
  const before = describe(a);
  const after = describe(b);
  if (before === after) return;
  push(out, keys, label, before, after);
}

function walkKeyed(
  keys: string[],
  label: string[],
  a: Plain[],
  b: Plain[],
  keyOf: (e: Plain) => string | undefined,
  out: FieldChange[],
): void {
  const index = (list: Plain[]) => {
    const m = new Map<string, Plain>();
    list.forEach((e, i) => {
      let k = keyOf(e) ?? `#${i + 1}`;
      // Two entries with one name: number the later ones so neither is lost.
      for (let n = 2; m.has(k); n++) k = `${keyOf(e) ?? ''}#${n}`;
      m.set(k, e);
    });
    return m;
  };
  const ma = index(a);
  const mb = index(b);
  const last = label.length - 1;
  const at = (k: string) => [...label.slice(0, last), `${label[last]}[${k}]`];
  for (const [k, entry] of ma) {
    const other = mb.get(k);
    if (!other) push(out, keys, at(k), describe(entry), undefined);
    else
      for (const f of [...new Set([...Object.keys(entry), ...Object.keys(other)])].sort())
        walk([...keys, f], [...at(k), f], entry[f], other[f], out);
  }
  for (const [k, entry] of mb) if (!ma.has(k)) push(out, keys, at(k), undefined, describe(entry));
}

function walkSet(keys: string[], label: string[], a: unknown[], b: unknown[], out: FieldChange[]): void {
  const sa = new Set(a.map(String));
  const sb = new Set(b.map(String));
  for (const v of sa) if (!sb.has(v)) push(out, keys, label, v, undefined);
  for (const v of sb) if (!sa.has(v)) push(out, keys, label, undefined, v);
}

function isEmptyList(v: unknown): boolean {
  return v === undefined || (Array.isArray(v) && v.length === 0);
}

function push(out: FieldChange[], keys: string[], label: string[], before?: string, after?: string): void {
  const change: FieldChange = { aspect: aspectOf(keys).id, field: label.join('.') };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}
