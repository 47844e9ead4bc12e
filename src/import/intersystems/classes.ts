import { descendants, type XmlElement } from '../xml/tree.js';

/**
 * What a business host class (service, process, operation) says about routing, read as data:
 * the defaults of its settings (Parameter and Property InitialExpression), the items its BPL
 * <call> elements and its ObjectScript SendRequestSync/SendRequestAsync calls name, and the
 * business services it creates with Ens.Director.CreateBusinessService. Code is never run: a
 * target computed at run time is noted, not guessed.
 */
export interface HostClass {
  name: string;
  supers: string[];
  file: string;
  line: number;
  description?: string;
  /** Parameter NAME = value. */
  params: Map<string, string>;
  /** Property NAME ... [ InitialExpression = "value" ], string and number literals only. */
  initial: Map<string, string>;
  /** Names listed in Parameter SETTINGS (the properties shown as settings). */
  settings: Set<string>;
  calls: CodeCall[];
  /** Ens.Director.CreateBusinessService("Name") in the class's code. */
  creates: Array<{ name?: string; param?: string; line: number }>;
  /** A data transformation (XData DTL): the HL7 message type it makes, e.g. ORM_O01. */
  dtl?: { targetClass?: string; targetDocType?: string };
  /** Data transformation classes a BPL process runs (<transform class="...">). */
  transforms: string[];
}

export interface CodeCall {
  /** A literal item name. */
  target?: string;
  /** ..Property: the item's setting of that name. */
  setting?: string;
  /** ..#PARAM: the class parameter of that name. */
  param?: string;
  /** Words for the note when the target is computed at run time. */
  computed?: string;
  how: 'BPL call' | 'SendRequestSync' | 'SendRequestAsync';
  /** Called on the host itself (..Send...), not on a service the code created. */
  self: boolean;
  /** Under a BPL <if>, <switch>, loop or branch: not every message takes it. */
  conditional: boolean;
  line: number;
}

export function emptyHost(name: string, file: string, line: number): HostClass {
  return {
    name,
    supers: [],
    file,
    line,
    params: new Map(),
    initial: new Map(),
    settings: new Set(),
    calls: [],
    creates: [],
    transforms: [],
  };
}

const unquote = (v: string) => {
  const t = v.trim();
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
};

/** A line comment in ObjectScript: //, ;, #; (and a /// doc comment). */
const commentLine = /^\s*(\/\/|;|#;)/;

/** The settings named in a SETTINGS parameter: "TargetConfigNames:Basic:selector?...,Port". */
export function settingNames(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.split(':')[0]!.trim().replace(/^-/, ''))
    .filter((s) => /^[%\w]+$/.test(s));
}

/** Calls in ObjectScript code, with lines counted from firstLine. */
export function readCode(code: string, firstLine: number, into: HostClass): void {
  const lines = code.split('\n');
  lines.forEach((text, i) => {
    if (commentLine.test(text)) return;
    const body = text.replace(/\s\/\/.*$/, '');
    for (const m of body.matchAll(
      /(\.\.|\b[%\w]+\.)SendRequest(Sync|Async)\(\s*(?:"([^"]*)"|\.\.#(\w+)|\.\.([%\w]+)|([^,)]+))/g,
    )) {
      const call: CodeCall = {
        how: m[2] === 'Sync' ? 'SendRequestSync' : 'SendRequestAsync',
        self: m[1] === '..',
        conditional: false,
        line: firstLine + i,
      };
      if (m[3] !== undefined) call.target = m[3];
      else if (m[4]) call.param = m[4];
      else if (m[5]) call.setting = m[5];
      else call.computed = m[6]!.trim().slice(0, 60);
      into.calls.push(call);
    }
    for (const m of body.matchAll(/Ens\.Director\)\.CreateBusinessService\(\s*(?:"([^"]+)"|\.\.#(\w+))/g)) {
      into.creates.push({
        ...(m[1] ? { name: m[1] } : {}),
        ...(m[2] ? { param: m[2] } : {}),
        line: firstLine + i,
      });
    }
  });
}

/** The root of a DTL: what it makes ("2.5:ORM_O01" as an EnsLib.HL7.Message). */
export function readDtl(transform: XmlElement, into: HostClass): void {
  const targetClass = transform.attrs['targetClass']?.trim();
  const targetDocType = transform.attrs['targetDocType']?.trim();
  into.dtl = { ...(targetClass ? { targetClass } : {}), ...(targetDocType ? { targetDocType } : {}) };
}

/** The <call> elements of a BPL <process>, with whether a condition or loop surrounds them. */
export function readBpl(process: XmlElement, into: HostClass): void {
  for (const el of descendants(process))
    if (el.name === 'transform' && el.attrs['class']?.trim() && el.attrs['disabled'] !== '1')
      into.transforms.push(el.attrs['class'].trim());
  const branching = new Set([
    'if',
    'true',
    'false',
    'switch',
    'case',
    'default',
    'foreach',
    'while',
    'until',
    'branch',
  ]);
  for (const el of descendants(process)) {
    if (el.name !== 'call' || el.attrs['disabled'] === 'true' || el.attrs['disabled'] === '1') continue;
    const target = (el.attrs['target'] ?? '').trim();
    if (!target) continue;
    let conditional = false;
    for (let p = el.parent; p && p !== process; p = p.parent) if (branching.has(p.name)) conditional = true;
    const call: CodeCall = { how: 'BPL call', self: true, conditional, line: el.line };
    if (target.startsWith('@')) call.computed = target.slice(0, 60);
    else call.target = target;
    into.calls.push(call);
  }
}

/** Parameters, property defaults and calls of a class definition written as text (.cls). */
export function readClassText(text: string, into: HostClass): void {
  for (const m of text.matchAll(
    /^Parameter\s+([%\w]+)(?:\s+As\s+[%\w.]+(?:\([^)]*\))?)?(?:\s*\[[^\]]*\])?\s*=\s*("(?:[^"\n]|"")*"|[^;\n]+?)\s*;/gm,
  )) {
    into.params.set(m[1]!, unquote(m[2]!));
  }
  for (const m of text.matchAll(/^Property\s+([%\w]+)\b[^\n[;]*\[([^\]\n]*)\]/gm)) {
    const init = /InitialExpression\s*=\s*("(?:[^"]|"")*"|-?\d+(?:\.\d+)?)/.exec(m[2]!);
    if (init) into.initial.set(m[1]!, unquote(init[1]!));
  }
  const settings = into.params.get('SETTINGS');
  if (settings) for (const s of settingNames(settings)) into.settings.add(s);
  // calls are looked for in the whole text: comment lines are skipped, XData holds no ObjectScript
  readCode(text, 1, into);
  const doc = /^((?:\/\/\/[^\n]*\n)+)\s*Class\s/m.exec(text);
  if (doc) {
    const d = doc[1]!
      .split('\n')
      .map((l) => l.replace(/^\/\/\/\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    if (d) into.description = d;
  }
}

/** The same facts from a <Class> element of an export. */
export function readClassElement(cls: XmlElement, into: HostClass): void {
  for (const el of cls.children) {
    const name = el.attrs['name'];
    if (!name) continue;
    const part = (n: string) => el.children.find((c) => c.name === n);
    if (el.name === 'Parameter') {
      const d = part('Default');
      if (d) into.params.set(name, d.text.trim());
    } else if (el.name === 'Property') {
      const init = part('InitialExpression')?.text.trim();
      if (init && /^("(?:[^"]|"")*"|-?\d+(?:\.\d+)?)$/.test(init)) into.initial.set(name, unquote(init));
    } else if (el.name === 'Method') {
      const impl = part('Implementation');
      if (impl) readCode(impl.text, impl.line, into);
    }
  }
  const settings = into.params.get('SETTINGS');
  if (settings) for (const s of settingNames(settings)) into.settings.add(s);
  const d = cls.children.find((c) => c.name === 'Description')?.text.trim();
  if (d) into.description = d.replace(/\s+/g, ' ');
}
