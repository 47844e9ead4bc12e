import { messageType } from '../engine/message-type.js';
import { children, descendants, type XmlElement } from '../xml/tree.js';

/** One send action of a routing rule, with the constraints of its rule. */
export interface RuleSend {
  targets: string[];
  /** HL7 message types from the rule's docName constraint (ADT_A08 becomes ADT^A08). */
  messageTypes: string[];
  /** Items the rule applies to (its source constraint); empty for any. */
  sources: string[];
  transform?: string;
  rule: string;
  line: number;
  /** The send sits under a condition govspec does not evaluate. */
  conditional: boolean;
  /** The rule also constrains the document type (structure), a filter not read as message types. */
  structured: boolean;
  /** Conditions on the sending item's name that govspec reads: Source Contains "X" (or not). */
  sourceTests: Array<{ contains: string; negated: boolean }>;
}

/**
 * The parts of a when condition that are plain data: the sending item's name and the message
 * code. "((Source Contains "FILE")=0)&&(HL7.{MSH:9.1}="ADT")" gives not-FILE and ADT; anything
 * else makes the send conditional.
 */
export function readCondition(condition: string): {
  sourceTests: RuleSend['sourceTests'];
  codes: string[];
  rest: boolean;
} {
  const out = { sourceTests: [] as RuleSend['sourceTests'], codes: [] as string[], rest: false };
  if (condition.trim() === '1' || condition.trim() === '') return out;
  for (const raw of condition.split('&&')) {
    const c = raw
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .trim();
    const contains = /^\(?Source Contains "([^"]+)"\)?(?:\s*=\s*([01]))?$/i.exec(c);
    if (contains) {
      out.sourceTests.push({ contains: contains[1]!, negated: contains[2] === '0' });
      continue;
    }
    const code =
      /^HL7\.\{MSH:(?:9\.1|MessageType\.MessageCode|MessageType\.MessageType)\}\s*=\s*"([A-Z][A-Z0-9]{2})"$/.exec(
        c,
      );
    if (code) {
      out.codes.push(code[1]!);
      continue;
    }
    out.rest = true;
  }
  return out;
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The sends of a rule definition (Ens.Rule.Definition XData), read as data: targets, message
 * types and sources come from constraints; conditions are kept as words, never evaluated.
 */
export function ruleSends(def: XmlElement): RuleSend[] {
  const sends: RuleSend[] = [];
  // a rule set may hold sends outside any <rule>: they apply to every message
  const units = [def, ...descendants(def)].filter(
    (el) => (el.name === 'rule' && el.attrs['disabled'] !== 'true') || el.name === 'ruleSet',
  );
  for (const rule of units) {
    const constraint = (n: string) =>
      children(rule, 'constraint').find((c) => c.attrs['name'] === n)?.attrs['value'];
    const types = list(constraint('docName'))
      .map(messageType)
      .filter((t): t is string => !!t);
    for (const send of descendants(rule)) {
      if (send.name !== 'send') continue;
      // a send belongs to its nearest rule (or rule set): each is read once
      let owner = send.parent;
      while (owner && owner.name !== 'rule' && owner.name !== 'ruleSet') owner = owner.parent;
      if (owner !== rule) continue;
      let conditional = false;
      const sourceTests: RuleSend['sourceTests'] = [];
      const codes: string[] = [];
      for (let p = send.parent; p && p !== rule; p = p.parent) {
        if (p.name === 'foreach') conditional = true;
        if (p.name !== 'when') continue;
        const read = readCondition(p.attrs['condition'] ?? '');
        sourceTests.push(...read.sourceTests);
        codes.push(...read.codes);
        if (read.rest) conditional = true;
      }
      const s: RuleSend = {
        targets: list(send.attrs['target']),
        messageTypes: types.length > 0 ? types : [...new Set(codes)],
        sourceTests,
        sources: list(constraint('source')),
        rule: rule.attrs['name'] || (rule.name === 'ruleSet' ? '(rule set)' : '(unnamed rule)'),
        line: send.line,
        conditional,
        structured: !!constraint('docType')?.trim(),
      };
      if (send.attrs['transform']?.trim()) s.transform = send.attrs['transform'].trim();
      if (s.targets.length > 0) sends.push(s);
    }
  }
  return sends;
}
