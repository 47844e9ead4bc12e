import type { Diagnostic } from '../../core/diagnostics.js';
import type { LoadedFile } from '../loaded.js';
import { parseXml } from '../xml/safe-xml.js';
import { emptyHost, readBpl, readClassElement, readClassText, readDtl, type HostClass } from './classes.js';
import { child, children, descendants, type XmlElement } from '../xml/tree.js';

/** What the InterSystems files of one run hold, before productions are assembled. */
export interface InterSystemsSources {
  productions: Array<{
    el: XmlElement;
    file: string;
    className?: string;
    product?: string;
    version?: string;
  }>;
  /** Routing rule definitions by class name. */
  rules: Map<string, { el: XmlElement; file: string }>;
  /** System default settings (Ens.Config.DefaultSettings). */
  defaults: Array<{
    production: string;
    item: string;
    cls: string;
    setting: string;
    value: string;
    file: string;
    line: number;
  }>;
  /** Custom HL7 schema categories and the standard version each is based on. */
  categories: Map<string, string>;
  /** Superclass of classes in the exports (tells a business process from an operation). */
  supers: Map<string, string>;
  /** Business host classes (and any other class) in the import: setting defaults and calls. */
  hosts: Map<string, HostClass>;
  diagnostics: Diagnostic[];
}

const decoder = new TextDecoder('utf-8');

/** Parse XML held inside another file (a class's XData, an export's Data), keeping real lines. */
function parseInner(
  file: string,
  text: string,
  lineOffset: number,
  diagnostics: Diagnostic[],
): XmlElement | undefined {
  const [root, problems] = parseXml(file, new TextEncoder().encode(text.trim()));
  const shift =
    lineOffset +
    (text.length - text.trimStart().length > 0
      ? text.slice(0, text.length - text.trimStart().length).split('\n').length - 1
      : 0);
  diagnostics.push(
    ...problems.map((d) =>
      d.location ? { ...d, location: { ...d.location, line: d.location.line + shift } } : d,
    ),
  );
  if (!root) return undefined;
  const all = [root, ...descendants(root)];
  for (const el of all) el.line += shift;
  return root;
}

export function emptySources(): InterSystemsSources {
  return {
    productions: [],
    rules: new Map(),
    defaults: [],
    categories: new Map(),
    supers: new Map(),
    hosts: new Map(),
    diagnostics: [],
  };
}

/** XData (or export Data) that holds a production, rules, default settings or a BPL process. */
const readBlock = /^\s*(<\?xml[^>]*\?>\s*)?<(Production|ruleDefinition|defaultSettings|process|transform)\b/;

/** The header of a class definition: Include/Import lines and comments may come first. */
export const classHeader =
  /^\s*(?:(?:\/\/[^\n]*|Include\s+[^\n]*|Import\s+[^\n]*|#[^\n]*)?\n\s*)*Class\s+([\w.%]+)\s+Extends\s+(\([\w.%, ]+\)|[\w.%]+)/;

/** A class definition (.cls): its XData blocks hold the production, the rule or the BPL. */
export function readClassFile(f: LoadedFile, into: InterSystemsSources): void {
  const text = decoder.decode(f.bytes).replace(/\r\n?/g, '\n');
  const header = classHeader.exec(text);
  const className = header?.[1];
  const supers = (header?.[2] ?? '').replace(/[()]/g, '');
  let host: HostClass | undefined;
  if (className) {
    into.supers.set(className, supers.trim());
    host = emptyHost(className, f.display, text.slice(0, header.index + header[0].length).split('\n').length);
    host.supers = supers
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    readClassText(text, host);
    into.hosts.set(className, host);
  }
  // members may be indented, so the block ends at the first line holding only "}"
  const block = /XData\s+(\w+)(?:\s*\[[^\]]*\])?\s*\{[ \t]*\n([\s\S]*?)\n[ \t]*\}[ \t]*(?=\n|$)/g;
  for (const m of text.matchAll(block)) {
    // only the blocks govspec reads: a MessageMap or UrlMap is no concern of the import
    if (!readBlock.test(m[2]!)) continue;
    const line = text.slice(0, m.index + m[0].indexOf(m[2]!)).split('\n').length;
    const root = parseInner(f.display, m[2]!, line - 1, into.diagnostics);
    if (!root) continue;
    if (root.name === 'process' && host) readBpl(root, host);
    else if (root.name === 'transform' && host) readDtl(root, host);
    else take(root, f.display, className, into);
  }
}

/** An export (Studio or Management Portal): classes, default settings, schema documents. */
export function readExportFile(f: LoadedFile, into: InterSystemsSources): void {
  const [root, problems] = parseXml(f.display, f.bytes);
  into.diagnostics.push(...problems);
  if (!root) return;
  if (root.name === 'Production' || root.name === 'defaultSettings' || root.name === 'ruleDefinition') {
    take(root, f.display, undefined, into);
    return;
  }
  const generator = root.attrs['generator'] ?? '';
  const version = /\b(\d{4}\.\d+)\b/.exec(root.attrs['zv'] ?? '')?.[1];
  const product = /^IRIS/i.test(generator)
    ? 'iris'
    : /cache|ensemble/i.test(generator)
      ? 'ensemble'
      : undefined;
  for (const cls of children(root, 'Class')) {
    const name = cls.attrs['name'];
    const sup = child(cls, 'Super')?.text.trim();
    if (name && sup) into.supers.set(name, sup);
    const host = name ? emptyHost(name, f.display, cls.line) : undefined;
    if (host) {
      host.supers = (sup ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      readClassElement(cls, host);
      into.hosts.set(host.name, host);
    }
    for (const x of children(cls, 'XData')) {
      const data = child(x, 'Data');
      if (data && !readBlock.test(data.text)) continue;
      const inner = data ? parseInner(f.display, data.text, data.line - 1, into.diagnostics) : x.children[0];
      if (inner?.name === 'process' && host) readBpl(inner, host);
      else if (inner?.name === 'transform' && host) readDtl(inner, host);
      else if (inner) take(inner, f.display, name, into, product, version);
    }
  }
  const fromDocuments = into.productions.length;
  for (const doc of children(root, 'Document')) {
    const name = doc.attrs['name'] ?? '';
    const settings = child(doc, 'defaultSettings');
    if (settings) take(settings, f.display, undefined, into);
    const category = child(doc, 'Category');
    if (category?.attrs['name'] && category.attrs['base'])
      into.categories.set(category.attrs['name'], category.attrs['base']);
    // ProductionSettings:<name>.PTD repeats the production: used only when no class holds it
    if (/^ProductionSettings:/.test(name) && into.productions.length === fromDocuments) {
      const ptd = child(doc, 'ProjectTextDocument');
      if (
        ptd &&
        !into.productions.some((p) => p.el.attrs['Name'] === name.replace(/^ProductionSettings:|\.PTD$/g, ''))
      ) {
        const inner = parseInner(f.display, ptd.text, ptd.line - 1, into.diagnostics);
        if (inner?.name === 'Production') take(inner, f.display, undefined, into, product, version);
      }
    }
  }
}

function take(
  root: XmlElement,
  file: string,
  className: string | undefined,
  into: InterSystemsSources,
  product?: string,
  version?: string,
): void {
  if (root.name === 'Production') {
    const entry: InterSystemsSources['productions'][number] = { el: root, file };
    if (className) entry.className = className;
    if (product) entry.product = product;
    if (version) entry.version = version;
    // a base class and its subclass can both hold a production of one name: the one with items wins
    const same = into.productions.findIndex((p) => p.el.attrs['Name'] === root.attrs['Name']);
    const items = (el: XmlElement) => children(el, 'Item').length;
    if (same < 0) into.productions.push(entry);
    else if (items(into.productions[same]!.el) === 0 && items(root) > 0) into.productions[same] = entry;
  } else if (root.name === 'ruleDefinition' && className) {
    into.rules.set(className, { el: root, file });
  } else if (root.name === 'defaultSettings') {
    for (const item of children(root, 'item')) {
      const a = item.attrs;
      if (!a['setting']) continue;
      into.defaults.push({
        production: a['production'] ?? '*',
        item: a['item'] ?? '*',
        cls: a['class'] ?? '*',
        setting: a['setting'],
        value: a['value'] ?? '',
        file,
        line: item.line,
      });
    }
  }
}
