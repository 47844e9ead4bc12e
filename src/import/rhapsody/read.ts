import { importCodes } from '../codes.js';
import { emptyExport, type Component, type EngineExport, type Link } from '../engine/graph.js';
import type { LoadedFile } from '../loaded.js';
import { SecretScanner, scanXml } from '../secrets/scan.js';
import { parseXml } from '../xml/safe-xml.js';
import type { XmlElement } from '../xml/tree.js';
import { isZip, readZip } from '../zip/safe-zip.js';
import { commPointComponent, resolve, startupWords } from './commpoints.js';
import { readEngineXml, readRestXml, type RhapsodyRoute } from './model.js';

/** Character references XML 1.0 forbids (Rhapsody 4 scripts hold &#xB;): read as spaces. */
const forbiddenRefs = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[124-9]|2\d|3[01]));/gi;

/**
 * Rhapsody configurations: the engine XML (also the file inside an .rlc archive, from
 * Rhapsody 4 to 7) and the REST API configuration XML of Rhapsody 6 and 7 with lockers and
 * folders. Communication points are the outside connections; routes join them, and a route's
 * filter that sends into another route links the two.
 */
export function readRhapsodyFile(f: LoadedFile): EngineExport[] {
  const exp = emptyExport('rhapsody', 'configuration', f.display);
  let xml: { bytes: Uint8Array; file: string } | undefined;
  const members = new Map<string, Uint8Array>();
  if (isZip(f.bytes)) {
    const zip = readZip(f.bytes, (n) => /\.xml$/i.test(n));
    if ('problem' in zip) {
      exp.diagnostics.push(
        importCodes['import-engine-unreadable'].at(
          { file: f.display, line: 1, column: 1 },
          'Rhapsody .rlc archive',
          zip.problem,
        ),
      );
      return [exp];
    }
    for (const m of zip.members) {
      members.set(m.name, m.bytes);
      const head = new TextDecoder('latin1').decode(m.bytes.subarray(0, 2048));
      if (!xml && !m.name.includes('/') && /<Engine\b/.test(head))
        xml = { bytes: m.bytes, file: `${f.display}!${m.name}` };
    }
    if (!xml) {
      exp.diagnostics.push(
        importCodes['import-engine-unreadable'].at(
          { file: f.display, line: 1, column: 1 },
          'Rhapsody .rlc archive',
          'it holds no engine configuration XML',
        ),
      );
      return [exp];
    }
  } else xml = { bytes: f.bytes, file: f.display };
  const text = new TextDecoder('utf-8').decode(xml.bytes).replace(forbiddenRefs, ' ');
  const [root, problems] = parseXml(xml.file, new TextEncoder().encode(text));
  if (!root) {
    exp.diagnostics.push(...problems);
    return [exp];
  }
  const model = root.name === 'Engine' ? readEngineXml(root) : readRestXml(root);
  exp.format = `${model.format}${isZip(f.bytes) ? ' in an .rlc archive' : ''}`;
  const scanner = new SecretScanner(xml.file, 'rhapsody');
  scanXml(root, scanner, componentOf);
  exp.secrets.push(...scanner.records);
  exp.diagnostics.push(...scanner.diagnostics());

  const components = new Map<string, Component>();
  for (const cp of model.commPoints) {
    const c = commPointComponent(cp, model, xml.file);
    const config = cp.props.get('ConfigFile');
    const member = config ? members.get(config.replace(/\\/g, '/')) : undefined;
    if (member) pollerFacts(c, new TextDecoder('utf-8').decode(member));
    components.set(c.key, c);
  }
  const routeIds = new Set(model.routes.map((r) => r.id));
  const links: Link[] = [];
  for (const r of model.routes) {
    components.set(r.id, routeComponent(r, xml.file, model.variables));
    for (const i of r.inputs) if (components.has(i)) links.push({ from: i, to: r.id, how: 'route input' });
    for (const o of r.outputs) if (components.has(o)) links.push({ from: r.id, to: o, how: 'route output' });
    const onward = new Set<string>();
    for (const filter of r.filters) {
      for (const d of filter.destinations) {
        const route = d.split('/')[0]!;
        if (route !== r.id && routeIds.has(route)) onward.add(route);
      }
    }
    for (const to of [...onward].sort()) links.push({ from: r.id, to, how: 'filter sends into the route' });
  }
  for (const r of model.routes) {
    if (r.inputs.length === 0 && !links.some((l) => l.to === r.id))
      components.get(r.id)!.internalSource = true;
  }
  links.push(...loopbacks([...components.values()]));
  exp.components = [...components.values()];
  exp.links = links;
  const lockers = [...new Set(exp.components.map((c) => c.folders[0]).filter((x): x is string => !!x))];
  if (lockers.length > 0 && root.name !== 'Engine') exp.notes.push(`Lockers: ${lockers.join(', ')}.`);
  if (exp.components.length === 0)
    exp.diagnostics.push(
      importCodes['import-engine-no-flows'].at(
        { file: xml.file, line: 1, column: 1 },
        'Rhapsody configuration',
        `no communication points or routes (root <${root.name}> with ${root.children.length} section(s))`,
      ),
    );
  return [exp];
}

/** The communication point or route a setting belongs to, for where a secret was found. */
function componentOf(el: XmlElement): { component?: string } {
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) {
    if (/^(communicationPoint|CommPoint|route|Route|restClient)$/.test(cur.name)) {
      const name =
        cur.attrs['name'] ??
        cur.children
          .find((c) => c.name === 'GeneralProperties')
          ?.children.find((p) => p.children.find((n) => n.name === 'Name')?.text.trim() === 'UserName')
          ?.children.find((n) => n.name === 'Value')
          ?.text.trim();
      const what = /route/i.test(cur.name)
        ? 'route'
        : /rest/i.test(cur.name)
          ? 'REST client'
          : 'communication point';
      return name ? { component: `${what} "${name}"` } : {};
    }
  }
  return {};
}

function routeComponent(r: RhapsodyRoute, file: string, variables: Map<string, string>): Component {
  const c: Component = {
    key: r.id,
    name: r.name,
    file,
    role: 'process',
    folders: r.folders,
    messageTypes: [],
    notes: [],
    line: r.element.line,
  };
  if (r.startup)
    c.startup = { autostart: !/DONT_START|MANUAL/i.test(r.startup), words: startupWords(r.startup) };
  const kinds = [...new Set(r.filters.map((f) => f.type).filter(Boolean))];
  if (kinds.length > 0)
    c.notes.push(`route filters: ${kinds.join(', ')} (scripts and mappers are not read).`);
  const definitions = [
    ...new Set(
      r.filters
        .flatMap((f) => [
          f.props.get('MessageDefintion'),
          f.props.get('MessageDefinition'),
          f.props.get('Definition'),
        ])
        .filter((d): d is string => !!d),
    ),
  ];
  const hl7 = definitions.find((d) => /HL7/i.test(d));
  if (hl7 || kinds.some((k) => /AckGeneration|HL7/i.test(k))) {
    c.standard = 'hl7v2';
    const v = /HL7\s*v?(2)\.?(\d)(?:\.?(\d))?/i.exec(hl7 ?? '');
    if (v) c.version = [v[1], v[2], v[3]].filter(Boolean).join('.');
  }
  if (definitions.length > 0) c.notes.push(`message definitions: ${definitions.join(', ')}.`);
  for (const f of r.filters.filter((x) => x.type === 'DatabaseLookUp')) {
    const unresolved = new Set<string>();
    const db = f.props.get('DatabaseName') && resolve(f.props.get('DatabaseName')!, variables, unresolved);
    const host = f.props.get('Host') && resolve(f.props.get('Host')!, variables, unresolved);
    c.notes.push(
      `filter "${f.name}" talks to database ${db ?? '(not named)'}${host ? ` on ${host}` : ''} (a Database Lookup filter).`,
    );
  }
  return c;
}

function pollerFacts(c: Component, xml: string): void {
  const refresh = /<refreshRate>(\d+)<\/refreshRate>/.exec(xml)?.[1];
  if (refresh && c.endpoint) c.endpoint.pollingMillis = Number(refresh);
  const table = /\bfrom\s+([\w.[\]]+)/i.exec(xml)?.[1];
  if (table) c.notes.push(`polls table ${table} (from its database configuration file).`);
}

/** A TCP client aimed at this host and a port a TCP server here listens on; a directory written and read. */
function loopbacks(components: Component[]): Link[] {
  const links: Link[] = [];
  for (const c of components) {
    const e = c.endpoint;
    if (!e || e.listens) continue;
    for (const l of components) {
      const le = l.endpoint;
      if (!le?.listens || l === c || le.wire !== e.wire) continue;
      const tcp =
        e.wire === 'tcp' &&
        e.port &&
        le.port === e.port &&
        /^(localhost|127\.0\.0\.1|::1)$/i.test(e.host ?? '');
      const dir =
        e.wire === 'file' &&
        e.path &&
        le.path &&
        e.path.replace(/[\\/]+$/, '') === le.path.replace(/[\\/]+$/, '');
      if (tcp || dir)
        links.push({
          from: c.key,
          to: l.key,
          network: true,
          how: tcp ? `loopback port ${e.port}` : `folder ${e.path}`,
        });
    }
  }
  return links;
}
