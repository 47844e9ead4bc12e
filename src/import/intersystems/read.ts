import type { EngineKind } from '../../model/written.js';
import { importCodes } from '../codes.js';
import { emptyExport, type Component, type EngineExport, type Link } from '../engine/graph.js';
import type { LoadedFile } from '../loaded.js';
import { SecretScanner } from '../secrets/scan.js';
import { children, elementPath, type XmlElement } from '../xml/tree.js';
import { isInfrastructure, itemComponent, roleOf, type Item } from './items.js';
import { ruleSends } from './rules.js';
import { emptySources, readClassFile, readExportFile, type InterSystemsSources } from './sources.js';

/**
 * InterSystems productions (Ensemble, HealthShare, IRIS for Health): production classes and
 * exports, with routing-rule classes and system default settings from the same run merged in.
 * Services receive, routers and processes route, operations send; TargetConfigNames and the
 * routing rules' send actions are the links, and the rules' docName constraints the message
 * types per target.
 */
export function readInterSystems(files: LoadedFile[]): EngineExport[] {
  if (files.length === 0) return [];
  const src = emptySources();
  for (const f of files) {
    const head = new TextDecoder('latin1').decode(f.bytes.subarray(0, 4096)).trimStart();
    if (head.startsWith('<')) readExportFile(f, src);
    else readClassFile(f, src);
  }
  const exports = src.productions.map((p) => production(p, src));
  if (exports.length === 0) {
    const exp = emptyExport('iris', 'configuration', files[0]!.display);
    exp.diagnostics.push(
      importCodes['import-engine-no-flows'].at(
        { file: files[0]!.display, line: 1, column: 1 },
        'InterSystems configuration (routing rules or default settings with no production in this import)',
      ),
    );
    exports.push(exp);
  }
  exports[0]!.diagnostics.push(...src.diagnostics);
  for (const d of src.defaults) {
    const scanner = new SecretScanner(d.file);
    const path = `/Export/Document/defaultSettings/item[@setting="${d.setting}"]`;
    if (/Credentials$/i.test(d.setting))
      scanner.reference(path, d.line, { component: `default for ${d.item}` });
    else scanner.setting(d.setting, d.value, path, d.line, { component: `default for ${d.item}` });
    exports[0]!.secrets.push(...scanner.records);
    exports[0]!.diagnostics.push(...scanner.diagnostics());
  }
  return exports;
}

function production(p: InterSystemsSources['productions'][number], src: InterSystemsSources): EngineExport {
  const name = p.el.attrs['Name'] ?? p.className ?? '(unnamed production)';
  const items = children(p.el, 'Item').map((el) => item(el, name, src));
  const kind: EngineKind =
    (p.product as EngineKind | undefined) === 'ensemble' && items.some((i) => /^HS\./.test(i.className))
      ? 'healthshare'
      : ((p.product as EngineKind | undefined) ?? 'iris');
  const exp = emptyExport(kind, p.className ? 'production' : 'production settings', p.file);
  exp.configuration = name;
  if (p.version) exp.version = p.version;
  if (!p.product)
    exp.notes.push(
      'A class file does not say which InterSystems product runs it: engine.kind says IRIS for Health; use ensemble or healthshare if that is what runs it.',
    );
  const description = children(p.el, 'Description')[0]?.text.trim();
  if (description) exp.notes.push(`Production ${name}: ${description.split('\n')[0]!.slice(0, 300)}`);

  const scanner = new SecretScanner(p.file);
  scanItems(p.el, scanner);
  exp.secrets.push(...scanner.records);
  exp.diagnostics.push(...scanner.diagnostics());

  const kept = items.filter((i) => !isInfrastructure(i.className));
  const skipped = items.filter((i) => isInfrastructure(i.className));
  if (skipped.length > 0)
    exp.notes.push(
      `Engine items carrying no messages, not drafted: ${skipped.map((i) => `${i.name} (${i.className})`).join(', ')}.`,
    );
  const names = new Set(kept.map((i) => i.name));
  const links: Link[] = [];
  const linked = new Set<string>();
  const targeted = new Set<string>();
  for (const i of kept) {
    for (const [setting, value] of i.settings) {
      if (
        /^(BusinessRuleName|ResponseFrom|AlertGroups|Ack.*|SearchTableClass|RequestClass|ResponseClass)$/.test(
          setting,
        )
      )
        continue;
      const targets = value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      if (targets.length === 0 || targets.some((t) => !names.has(t) || t === i.name)) {
        if (/^TargetConfigNames?$/.test(setting) && targets.length > 0)
          exp.notes.push(
            `${i.name} sends to ${targets.filter((t) => !names.has(t)).join(', ')}, not in this production.`,
          );
        continue;
      }
      for (const t of targets) {
        links.push({ from: i.name, to: t, how: setting === 'BadMessageHandler' ? 'bad messages' : setting });
        targeted.add(t);
      }
      linked.add(i.name);
    }
  }
  const components = new Map<string, Component>();
  for (const i of kept) {
    const role = roleOf(
      i,
      src.supers,
      targeted.has(i.name),
      linked.has(i.name) || !!i.settings.get('BusinessRuleName'),
    );
    components.set(i.name, itemComponent(i, role, p.file, src.categories));
  }
  for (const i of kept) {
    const ruleName = i.settings.get('BusinessRuleName');
    if (!ruleName) continue;
    const router = components.get(i.name)!;
    const rule = src.rules.get(ruleName);
    if (!rule) {
      router.notes.push(
        `its routing rule ${ruleName} is not in this import, so where it sends is unknown: import the rule class too.`,
      );
      continue;
    }
    for (const send of ruleSends(rule.el)) {
      for (const t of send.targets) {
        if (!names.has(t)) {
          router.notes.push(`rule "${send.rule}" sends to ${t}, not in this production.`);
          continue;
        }
        const link: Link = { from: i.name, to: t, how: `rule ${send.rule}` };
        if (send.messageTypes.length > 0) link.messageTypes = send.messageTypes;
        const senders = links.filter((l) => l.to === i.name).map((l) => l.from);
        const allowed = senders.filter(
          (s) =>
            (send.sources.length === 0 || send.sources.includes(s)) &&
            send.sourceTests.every((t) => s.includes(t.contains) !== t.negated),
        );
        if (send.sources.length > 0 || send.sourceTests.length > 0) {
          if (allowed.length === 0) {
            router.notes.push(
              `rule "${send.rule}" sends to ${t} only from items this production has none of.`,
            );
            continue;
          }
          link.onlyFrom = allowed;
        }
        links.push(link);
        targeted.add(t);
        const to = components.get(t)!;
        if (send.transform)
          to.notes.push(
            `rule "${send.rule}" of ${i.name} transforms messages with ${send.transform} before sending.`,
          );
        if (send.conditional)
          to.notes.push(
            `rule "${send.rule}" of ${i.name} sends only when its condition holds (not evaluated).`,
          );
      }
    }
  }
  // An operation only a business process's code reaches has no link in the production.
  for (const c of components.values()) {
    if (c.role === 'inbound' && targeted.has(c.key)) c.role = 'both';
  }
  if (components.has('Ens.Alert')) {
    const alerts: Component = {
      key: '#alerts',
      name: `Alerts raised by items of ${name}`,
      system: `Items of production ${name} raising alerts`,
      file: p.file,
      role: 'inbound',
      folders: [],
      messageTypes: [],
      notes: ['the production sends every alert to the item named Ens.Alert.'],
      line: p.el.line,
      endpoint: {
        wire: 'internal',
        type: 'production alerts',
        listens: true,
        summary: 'alerts of items with AlertOnError set',
      },
    };
    components.set(alerts.key, alerts);
    links.push({ from: alerts.key, to: 'Ens.Alert', how: 'alerts' });
  }
  exp.components = [...components.values()];
  exp.links = links;
  if (kept.length === 0)
    exp.diagnostics.push(
      importCodes['import-engine-no-flows'].at(
        { file: p.file, line: p.el.line, column: 1 },
        `production ${name}`,
      ),
    );
  return exp;
}

function item(el: XmlElement, production: string, src: InterSystemsSources): Item {
  const a = el.attrs;
  const i: Item = {
    name: (a['Name'] ?? '').trim() || '(unnamed item)',
    className: (a['ClassName'] ?? '').trim(),
    enabled: a['Enabled'] !== 'false' && a['Enabled'] !== '0',
    settings: new Map(),
    defaulted: new Set(),
    line: el.line,
  };
  if (a['Comment']?.trim()) i.comment = a['Comment'].trim();
  if (a['Category']?.trim()) i.category = a['Category'].trim();
  if (a['Schedule']?.trim()) i.schedule = a['Schedule'].trim();
  for (const s of children(el, 'Setting'))
    if (s.attrs['Name']) i.settings.set(s.attrs['Name'], s.text.trim());
  // System default settings fill what the production leaves unset; the most specific wins.
  const rank = (d: InterSystemsSources['defaults'][number]) =>
    (d.item === i.name ? 4 : 0) + (d.cls === i.className ? 2 : 0) + (d.production === production ? 1 : 0);
  const applicable = src.defaults
    .filter(
      (d) =>
        (d.production === '*' || d.production === production) &&
        (d.item === '*' || d.item === i.name) &&
        (d.cls === '*' || d.cls === i.className),
    )
    .sort((x, y) => rank(y) - rank(x));
  for (const d of applicable) {
    if (i.settings.has(d.setting) && !i.defaulted.has(d.setting)) continue;
    if (i.defaulted.has(d.setting)) continue;
    i.settings.set(d.setting, d.value);
    i.defaulted.add(d.setting);
  }
  return i;
}

/** Settings and comments of the items; credentials are referenced by name in productions. */
function scanItems(root: XmlElement, scanner: SecretScanner): void {
  for (const el of children(root, 'Item')) {
    const where = { component: `item "${el.attrs['Name'] ?? ''}"` };
    if (el.attrs['Comment'])
      scanner.text(el.attrs['Comment'], `${elementPath(el)}/@Comment`, el.line, 'prose', where);
    for (const s of children(el, 'Setting')) {
      const name = s.attrs['Name'] ?? '';
      const path = `${elementPath(el)}/Setting[@Name="${name}"]`;
      if (/Credentials$/i.test(name)) {
        if (s.text.trim()) scanner.reference(path, s.line, where);
      } else scanner.setting(name, s.text, path, s.line, where);
    }
  }
  for (const d of children(root, 'Description')) scanner.text(d.text, elementPath(d), d.line, 'prose');
}
