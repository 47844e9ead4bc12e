import { parseEr7, component } from '../hl7/er7.js';
import { children, descendants, textAt, type XmlElement } from '../xml/tree.js';

/**
 * Message types read as data, never by running the channel's JavaScript:
 * - rule-builder filter rules on MSH.9 with an "equals" condition,
 * - comparisons of msg['MSH']['MSH.9']... with a string literal in filter scripts,
 * - literal 'TYP^EVT' strings in filter and transformer scripts (object keys included),
 * - MSH-9 and MSH-12 of the sample message templates saved with the connector.
 * All of it is a heuristic and the draft says so.
 */
export interface MessageTypeEvidence {
  messages: string[];
  /** Where they were read from: 'filter', 'transformer' and/or 'template'. */
  from: string[];
  /** Events compared without a message type (cannot be paired). */
  unpairedEvents: string[];
  version?: string;
}

const field91 = /\[\s*['"]MSH\.9['"]\s*\](?:\s*\[\s*['"]MSH\.9\.(\d)['"]\s*\])?/;
const comparison =
  /msg\s*\[\s*['"]MSH['"]\s*\]\s*\[\s*['"]MSH\.9['"]\s*\](?:\s*\[\s*['"]MSH\.9\.(\d)['"]\s*\])?(?:\s*\.toString\(\))?\s*(?:===?\s*|\.equals\(\s*)(['"])([A-Z0-9_]{2,7})\2/g;
const literal = /(['"])([A-Z][A-Z0-9]{2})\^([A-Z0-9]{3})(?:\^[A-Z0-9_]{3,7})?\1/g;

export function readMessageTypes(connectors: XmlElement[]): MessageTypeEvidence {
  const types = new Set<string>();
  const events = new Set<string>();
  const full = new Set<string>();
  const from = new Set<string>();
  let version: string | undefined;

  for (const connector of connectors) {
    const filter = children(connector, 'filter')[0];
    if (filter) {
      for (const el of descendants(filter)) {
        if (isRuleBuilder(el)) ruleBuilder(el, types, events, from);
        if (el.name === 'script') scriptComparisons(el.text, types, events, full, from);
      }
    }
    const transformer = children(connector, 'transformer')[0];
    if (transformer) {
      // steps test or build message types too: if (type == 'ADT^A01'), var keep = { 'ORU^R01': true }
      const seen = new Set<string>();
      for (const el of descendants(transformer)) {
        if (el.name !== 'script' && el.attrs['name'] !== 'Script') continue;
        scriptComparisons(el.text, types, events, full, seen);
      }
      if (seen.size > 0) from.add('transformer');
    }
    for (const name of ['inboundTemplate', 'outboundTemplate']) {
      const t = template(transformer, name);
      if (!t) continue;
      for (const m of parseEr7(t)) {
        const msh = m.segments[0]!;
        const type = component(msh, m.separators, 9, 1);
        const event = component(msh, m.separators, 9, 2);
        if (/^[A-Z][A-Z0-9]{2}$/.test(type)) {
          full.add(/^[A-Z0-9]{3}$/.test(event) ? `${type}^${event}` : type);
          from.add('template');
        }
        const v = component(msh, m.separators, 12, 1);
        if (!version && /^2\.\d+(\.\d+)?$/.test(v)) version = v;
      }
    }
  }

  // A single compared type pairs with every compared event; several types cannot be paired safely.
  if (types.size === 1 && events.size > 0) {
    const t = [...types][0]!;
    for (const e of events) full.add(`${t}^${e}`);
    events.clear();
  } else {
    for (const t of types) full.add(t);
  }
  const messages = [...full].filter((m) => !(m.length === 3 && [...full].some((o) => o.startsWith(`${m}^`))));
  const out: MessageTypeEvidence = {
    messages: messages.sort(),
    from: [...from].sort(),
    unpairedEvents: [...events].sort(),
  };
  if (version) out.version = version;
  return out;
}

function isRuleBuilder(el: XmlElement): boolean {
  if (el.name.endsWith('RuleBuilderRule')) return true;
  // 3.0-3.4 and 2.x: <rule><type>Rule Builder</type><data>...</data></rule>
  return el.name === 'rule' && textAt(el, 'type') === 'Rule Builder';
}

function ruleBuilder(el: XmlElement, types: Set<string>, events: Set<string>, from: Set<string>): void {
  let field: string | undefined;
  let equals = false;
  let values: string[] = [];
  if (el.name === 'rule') {
    const entries = children(children(el, 'data')[0], 'entry');
    for (const entry of entries) {
      const key = entry.children[0]?.text.trim();
      const val = entry.children[1];
      if (key === 'Field') field = val?.text;
      if (key === 'Equals') equals = val?.text.trim() === '1';
      if (key === 'Values') values = (val?.children ?? []).map((c) => c.text);
    }
  } else {
    field = textAt(el, 'field');
    equals = textAt(el, 'condition') === 'EQUALS';
    values = children(children(el, 'values')[0], 'string').map((c) => c.text);
  }
  const m = field ? field91.exec(field) : null;
  if (!m || !equals) return;
  const part = m[1] ?? '1';
  for (const raw of values) {
    const v = raw.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (part === '1' && /^[A-Z][A-Z0-9]{2}$/.test(v)) types.add(v);
    else if (part === '2' && /^[A-Z0-9]{3}$/.test(v)) events.add(v);
    else continue;
    from.add('filter');
  }
}

function scriptComparisons(
  script: string,
  types: Set<string>,
  events: Set<string>,
  full: Set<string>,
  from: Set<string>,
): void {
  for (const m of script.matchAll(comparison)) {
    const part = m[1] ?? '1';
    const v = m[3]!;
    if (part === '1' && /^[A-Z][A-Z0-9]{2}$/.test(v)) types.add(v);
    else if (part === '2' && /^[A-Z0-9]{3}$/.test(v)) events.add(v);
    else continue;
    from.add('filter');
  }
  for (const m of script.matchAll(literal)) {
    full.add(`${m[2]}^${m[3]}`);
    from.add('filter');
  }
}

/** Templates are saved base64-encoded; a plain one is read as it is. */
function template(transformer: XmlElement | undefined, name: string): string | undefined {
  const el = children(transformer, name)[0];
  const raw = el?.text.trim();
  if (!raw) return undefined;
  let text = raw;
  if (el!.attrs['encoding'] === 'base64') {
    if (!/^[A-Za-z0-9+/=\s]+$/.test(raw)) return undefined;
    text = Buffer.from(raw, 'base64').toString('utf8');
  }
  return text.startsWith('MSH') ? text : undefined;
}
