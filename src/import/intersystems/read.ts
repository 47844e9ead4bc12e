import type { EngineKind } from '../../model/written.js';
import { importCodes } from '../codes.js';
import { emptyExport, type Component, type EngineExport, type Link } from '../engine/graph.js';
import type { LoadedFile } from '../loaded.js';
import { withoutContacts } from '../draft/text.js';
import { SecretScanner } from '../secrets/scan.js';
import { children, elementPath, type XmlElement } from '../xml/tree.js';
import {
  adapterOf,
  applyClassDefaults,
  classChain,
  codeRoutes,
  dtlMessageTypes,
  routeOf,
  serviceRoutes,
} from './hosts.js';
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
        'InterSystems import',
        foundInstead(src),
      ),
    );
    exports.push(exp);
  }
  exports[0]!.diagnostics.push(...src.diagnostics);
  for (const d of src.defaults) {
    const scanner = new SecretScanner(d.file, exports[0]!.engine);
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
  if (description)
    exp.notes.push(
      `Production ${name} from its description: ${withoutContacts(description.split('\n')[0]!).text.slice(0, 300)}`,
    );

  const scanner = new SecretScanner(p.file, kind);
  scanItems(p.el, scanner);
  exp.secrets.push(...scanner.records);
  exp.diagnostics.push(...scanner.diagnostics());
  // the defaults of the host classes the items use can hold credentials too
  const used = new Set(items.flatMap((i) => i.chain));
  for (const c of [...used].sort()) {
    const host = src.hosts.get(c);
    if (!host) continue;
    const hostScanner = new SecretScanner(host.file, kind);
    for (const [k, v] of [...host.initial, ...host.params])
      hostScanner.setting(
        k,
        v,
        `${host.name}/${host.initial.has(k) ? 'Property' : 'Parameter'}[${k}]`,
        host.line,
        {
          component: `class ${host.name}`,
        },
      );
    exp.secrets.push(...hostScanner.records);
    exp.diagnostics.push(...hostScanner.diagnostics());
  }

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
  const itemNotes = new Map<string, string[]>();
  const noteOn = (item: string, n: string) => itemNotes.set(item, [...(itemNotes.get(item) ?? []), n]);
  const addLink = (l: Link) => {
    if (links.some((x) => x.from === l.from && x.to === l.to && !x.onlyFrom)) return;
    links.push(l);
    targeted.add(l.to);
    linked.add(l.from);
  };
  for (const i of kept) {
    for (const [setting, value] of i.settings) {
      if (
        /^(BusinessRuleName|ResponseFrom|AlertGroups|Ack.*|SearchTableClass|RequestClass|ResponseClass)$/.test(
          setting,
        )
      )
        continue;
      const targets = [
        ...new Set(
          value
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ];
      const targetSetting = /^Target(ConfigNames?|s)?$/i.test(setting);
      const present = targets.filter((t) => names.has(t) && t !== i.name);
      const missing = targets.filter((t) => !names.has(t));
      // a setting naming targets links to those in the production and notes the rest; any other
      // setting counts only when every value it holds is an item name
      if (present.length === 0 || (!targetSetting && present.length < targets.length)) {
        if (targetSetting && missing.length > 0)
          exp.notes.push(`${i.name} sends to ${missing.join(', ')}, not in this production.`);
        continue;
      }
      if (missing.length > 0)
        noteOn(i.name, `${setting} also names ${missing.join(', ')}, not in this production.`);
      for (const t of present)
        addLink({ from: i.name, to: t, how: setting === 'BadMessageHandler' ? 'bad messages' : setting });
    }
  }
  // routes in the code of the items' classes: BPL <call> and ..SendRequestSync/Async
  const classOf = new Map(kept.map((i) => [i.name, i.className]));
  for (const i of kept) {
    const routes = codeRoutes(i, i.chain, names, src);
    // what a BPL hands an HL7 operation is what its data transformations make
    const made = dtlMessageTypes(
      i.chain.flatMap((c) => src.hosts.get(c)?.transforms ?? []),
      src,
    );
    for (const l of routes.links) {
      if (l.how === 'BPL call' && made.length > 0 && /HL7/.test(classOf.get(l.to) ?? ''))
        l.messageTypes = made;
      if (l.conditional)
        noteOn(l.to, `${i.name} calls it only under a condition or in a loop of its BPL (not evaluated).`);
      addLink(l);
    }
    for (const n of routes.notes) noteOn(i.name, n);
  }
  // a class (a REST dispatcher, a CSP page) that creates a business service and calls on it
  const extra = new Map<string, Component>();
  const pkg = (n: string) => n.split('.').slice(0, 2).join('.');
  const folder = (f: string) => f.replace(/[^/\\]*$/, '');
  for (const host of src.hosts.values()) {
    // only classes of the production's own package or folder: another production's code is not its
    const near =
      (p.className !== undefined && pkg(host.name) === pkg(p.className)) ||
      folder(host.file) === folder(p.file);
    for (const { service, line } of near ? serviceRoutes(host) : []) {
      const existing = kept.find((i) => i.name === service);
      const calls = host.calls.filter((c) => !c.self);
      const out = { links: [] as Link[], notes: [] as string[] };
      for (const call of calls) routeOf(service, host, call, existing?.settings ?? new Map(), names, out);
      if (existing) {
        // the code creates the item and sends from it: what it sends is the item's
        for (const l of out.links) addLink(l);
        for (const n of out.notes) noteOn(service, n);
        noteOn(
          service,
          `called by class ${host.name} through Ens.Director.CreateBusinessService (its code receives the request).`,
        );
        continue;
      }
      if (out.links.length === 0) continue;
      const rest = classChain(host.name, src).some((c) =>
        /%CSP\.REST|%CSP\.Page|EnsLib\.REST\.Service/.test(c),
      );
      extra.set(service, {
        key: service,
        name: service,
        file: host.file,
        role: 'inbound',
        folders: [],
        messageTypes: [],
        notes: [
          `not an item of production ${name}: class ${host.name} creates it by name (Ens.Director.CreateBusinessService, line ${line}), which fails until the item is added.`,
          ...out.notes,
        ],
        line,
        endpoint: {
          wire: rest ? 'http' : 'unknown',
          type: host.name,
          listens: true,
          summary: `${rest ? 'REST requests to' : 'code of'} class ${host.name}`,
        },
      });
      for (const l of out.links) addLink(l);
    }
  }
  const components = new Map<string, Component>();
  for (const i of kept) {
    const role = roleOf(i, targeted.has(i.name), linked.has(i.name) || !!i.settings.get('BusinessRuleName'));
    const c = itemComponent(i, role, p.file, src.categories);
    const sends = links.filter((l) => l.from === i.name);
    if (role === 'process' && sends.length > 0 && !i.settings.get('BusinessRuleName'))
      c.notes = c.notes.map((n) =>
        n.startsWith('a business process:')
          ? `a business process: sends to ${[...new Set(sends.map((l) => l.to))].join(', ')} (${[...new Set(sends.map((l) => l.how))].join(', ')}); anything else its code does is not read.`
          : n,
      );
    // a send to a variable (a loop over TargetConfigNames) says nothing more once targets are known
    c.notes.push(
      ...(itemNotes.get(i.name) ?? []).filter(
        (n) => sends.length === 0 || !n.includes('computed at run time'),
      ),
    );
    const desc = i.chain.map((k) => src.hosts.get(k)?.description).find(Boolean);
    if (desc)
      c.notes.push(
        `class description: ${withoutContacts(desc)
          .text.split(/(?<=\.)\s/)[0]!
          .slice(0, 200)}`,
      );
    components.set(i.name, c);
  }
  for (const [k, c] of extra) components.set(k, c);
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
        // a transform makes the message the target receives; the docName is what came in
        const made = send.transform ? dtlMessageTypes([send.transform], src) : [];
        if (made.length > 0) link.messageTypes = made;
        else if (send.messageTypes.length > 0) link.messageTypes = send.messageTypes;
        if (send.conditional || (send.structured && send.messageTypes.length === 0)) link.conditional = true;
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
        items.length === 0
          ? 'no items'
          : `only engine items that carry no messages (${skipped.map((i) => i.className).join(', ')})`,
      ),
    );
  return exp;
}

/** In words, what an InterSystems import with no production holds. */
function foundInstead(src: InterSystemsSources): string {
  const parts: string[] = [];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  if (src.rules.size > 0) parts.push(n(src.rules.size, 'routing rule class', 'routing rule classes'));
  if (src.defaults.length > 0)
    parts.push(n(src.defaults.length, 'system default setting', 'system default settings'));
  const classes = [...src.hosts.keys()].filter((c) => !src.rules.has(c));
  if (classes.length > 0)
    parts.push(
      `${n(classes.length, 'other class', 'other classes')} (${classes.slice(0, 5).join(', ')}${classes.length > 5 ? ', ...' : ''})`,
    );
  if (src.categories.size > 0) parts.push(n(src.categories.size, 'HL7 schema', 'HL7 schemas'));
  return parts.length > 0 ? `${parts.join(', ')}, and no production` : 'no production, rule or class';
}

function item(el: XmlElement, production: string, src: InterSystemsSources): Item {
  const a = el.attrs;
  const i: Item = {
    name: (a['Name'] ?? '').trim() || '(unnamed item)',
    className: (a['ClassName'] ?? '').trim(),
    enabled: a['Enabled'] !== 'false' && a['Enabled'] !== '0',
    settings: new Map(),
    defaulted: new Set(),
    fromClass: new Map(),
    chain: [],
    line: el.line,
  };
  i.chain = classChain(i.className, src);
  const adapter = adapterOf(i.chain, src);
  if (adapter) i.adapter = adapter;
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
  applyClassDefaults(i, i.chain, src);
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
