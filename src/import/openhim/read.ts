import { parseYaml } from '../../load/parse-yaml.js';
import { importCodes } from '../codes.js';
import { emptyExport, type Component, type EngineExport, type Link } from '../engine/graph.js';
import type { LoadedFile } from '../loaded.js';
import { redactUrl } from '../secrets/redact.js';
import { SecretScanner, scanJson } from '../secrets/scan.js';
import { channelComponent, routeKey, routeTarget, untemplated } from './parts.js';

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === 'object') : [];
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * OpenHIM configuration exports (the console's Export: Users, Clients, Channels, Mediators) and
 * plain channel lists. A client that holds a role a channel allows sends to that channel; each
 * route is a destination; a route to a registered mediator hands on to the mediator, whose own
 * configuration names where it sends next (back into OpenHIM, or to a server).
 */
export function readOpenhim(files: LoadedFile[]): EngineExport[] {
  return files.map((f) => readOne(f));
}

function readOne(f: LoadedFile): EngineExport {
  const exp = emptyExport('openhim', 'configuration export', f.display);
  const [parsed, problems] = parseYaml(f.display, f.bytes, {
    maxBytes: 50 * 1024 * 1024,
    maxDepth: 64,
    maxAliases: 0,
  });
  if (!parsed) {
    exp.diagnostics.push(
      ...problems.map((p) =>
        importCodes['import-engine-unreadable'].at(p.location, 'OpenHIM export', p.message),
      ),
    );
    return exp;
  }
  const data = parsed.data;
  const lineOf = (pointer: string) => parsed.map.value(pointer)?.line ?? 1;
  const root: Json = Array.isArray(data)
    ? { Channels: data }
    : data && typeof data === 'object'
      ? (data as Json)
      : {};
  const channels = list(root['Channels'] ?? root['channels']);
  if (channels.length === 0 && str(root['urlPattern'])) channels.push(root);
  const scanner = new SecretScanner(f.display, 'openhim');
  scanJson(data, lineOf, scanner, (p) => {
    const m = /^\/(Channels|Clients|Mediators|Users)\/(\d+)/.exec(p);
    if (!m) return {};
    const item = list(root[m[1]!])[Number(m[2])];
    const name = str(item?.['name']) ?? str(item?.['clientID']);
    const what = { Channels: 'channel', Clients: 'client', Mediators: 'mediator', Users: 'console user' }[
      m[1]!
    ];
    return m[1] === 'Users'
      ? { component: 'a console user' }
      : name
        ? { component: `${what} "${name}"` }
        : {};
  });
  exp.secrets.push(...scanner.records);
  exp.diagnostics.push(...scanner.diagnostics());

  const clients = list(root['Clients'] ?? root['clients']);
  const mediators = list(root['Mediators'] ?? root['mediators']);
  const comps = new Map<string, Component>();
  const add = (c: Component) => {
    if (!comps.has(c.key)) comps.set(c.key, c);
    return comps.get(c.key)!;
  };
  const links: Link[] = [];
  const clientComps = clients.map((c, i) => {
    const id = str(c['clientID']) ?? str(c['name']) ?? `client ${i + 1}`;
    const roles = strings(c['roles']);
    const shown = untemplated(str(c['name']) ?? id);
    return {
      roles: new Set([...roles, id]),
      comp: add({
        key: `client:${id}`,
        name: shown.text,
        file: f.display,
        role: 'inbound',
        folders: [],
        messageTypes: [],
        notes: [`OpenHIM client ${id}${roles.length > 0 ? ` with role(s) ${roles.join(', ')}` : ''}.`],
        ...(shown.templated
          ? { review: [`client name "${str(c['name']) ?? id}" holds template placeholders`] }
          : {}),
        line: lineOf(`/Clients/${i}`),
        endpoint: {
          wire: 'http',
          type: 'OpenHIM client',
          listens: true,
          summary: `client ${id} calling OpenHIM core over HTTP(S)`,
        },
      }),
    };
  });

  const notByRole = new Map<string, string>();
  channels.forEach((ch, i) => {
    const base = root['Channels'] ? `/Channels/${i}` : Array.isArray(data) ? `/${i}` : '';
    const channel = add(channelComponent(ch, f.display, lineOf(base)));
    const allow = strings(ch['allow']);
    const type = str(ch['type']) ?? 'http';
    if (type === 'tcp' || type === 'tls' || type === 'polling' || str(ch['authType']) === 'public') {
      const entry = add(entryFor(ch, type, channel, f.display, lineOf(base)));
      links.push({ from: entry.key, to: channel.key, how: type });
    }
    const allowing = clientComps.filter((c) => allow.some((a) => c.roles.has(a)));
    // OpenHIM itself calls a polling channel on its schedule, and a TCP or TLS channel takes every
    // connection to its port as one stand-in client (its socket app skips authentication): the
    // clients it allows by role are not who sends to it, the entry drafted above is
    const notCalledBy =
      type === 'polling'
        ? 'a polling channel is started by OpenHIM on its schedule, not called by clients: no flow from them is drafted.'
        : type === 'tcp' || type === 'tls'
          ? `OpenHIM does not identify the sender on a ${type.toUpperCase()} channel (every connection to its port is let in as the same stand-in client): the flow is drafted once, from the listener. Name the system that connects to the port.`
          : undefined;
    const allowed = notCalledBy === undefined ? allowing : [];
    if (notCalledBy !== undefined) for (const c of allowing) notByRole.set(c.comp.key, type);
    if (notCalledBy !== undefined && allowing.length > 0)
      channel.notes.push(`allows ${allowing.map((c) => c.comp.name).join(', ')}, but ${notCalledBy}`);
    for (const c of allowed) links.push({ from: c.comp.key, to: channel.key, how: 'allowed role' });
    if (allowed.length === 0 && type === 'http' && str(ch['authType']) !== 'public') {
      channel.internalSource = true;
      channel.notes.push(
        allow.length > 0
          ? `allows ${allow.join(', ')}, which no client in this export holds.`
          : 'allows no client role: nothing can call it.',
      );
    }
    list(ch['routes']).forEach((r, j) => {
      const target = add(routeTarget(r, mediators, ch, f.display, lineOf(`${base}/routes/${j}`)));
      const link: Link = {
        from: channel.key,
        to: target.key,
        how: r['primary'] === true ? 'primary route' : 'route',
      };
      links.push(link);
      if (r['status'] === 'disabled')
        target.notes.push(`route "${str(r['name']) ?? ''}" of "${channel.name}" is disabled.`);
    });
  });

  // A mediator behind a route that calls back into OpenHIM (or on to a server) is the next hop.
  mediators.forEach((m, i) => {
    const name = str(m['name']) ?? str(m['urn']) ?? `mediator ${i + 1}`;
    const targets = [...comps.values()].filter(
      (c) => c.key.startsWith('route:') && c.name === `OpenHIM mediator ${name}`,
    );
    const onward = urlsIn(m['config']);
    if (targets.length === 0 || onward.length === 0) return;
    const entry = add({
      key: `mediator:${str(m['urn']) ?? name}`,
      name: `OpenHIM mediator ${name}`,
      file: f.display,
      role: 'inbound',
      folders: [],
      messageTypes: [],
      notes: ['the mediator sends on to the addresses in its configuration.'],
      line: lineOf(`/Mediators/${i}`),
      endpoint: {
        wire: 'http',
        type: 'OpenHIM mediator',
        listens: true,
        summary: `mediator ${name} (${str(m['urn']) ?? 'no urn'})`,
      },
    });
    for (const t of targets) links.push({ from: t.key, to: entry.key, network: true, how: 'mediator' });
    for (const url of onward) {
      const intoCore = channels.find((ch) => /openhim-core|:500[01]\b/.test(url) && matches(ch, url));
      if (intoCore) {
        links.push({
          from: entry.key,
          to: `channel:${str(intoCore['name'])}`,
          how: 'calls back into OpenHIM',
        });
        continue;
      }
      const safe = redactUrl(url);
      const hp = /^[a-z]+:\/\/([^/:]+)(?::(\d+))?/i.exec(safe);
      const target = add({
        key: routeKey(hp?.[1] ?? safe, hp?.[2] ?? '', ''),
        name: `${hp?.[1] ?? safe}${hp?.[2] ? `:${hp[2]}` : ''}`,
        system: hp?.[1] ?? safe,
        file: f.display,
        role: 'outbound',
        folders: [],
        messageTypes: [],
        notes: [`named in the configuration of mediator ${name}.`],
        line: lineOf(`/Mediators/${i}/config`),
        endpoint: {
          wire: 'http',
          type: 'HTTP server',
          listens: false,
          url: safe,
          ...(hp?.[1] ? { host: hp[1] } : {}),
          ...(hp?.[2] ? { port: hp[2] } : {}),
          tls: /^https:/i.test(safe),
          summary: `HTTP ${safe}`,
        },
        ...(/\/fhir\b/i.test(safe) ? { standard: 'fhir' as const } : {}),
      });
      links.push({ from: entry.key, to: target.key, how: 'mediator configuration' });
    }
  });

  // a client no channel lets call it (or only a polling, TCP or TLS channel) has no flow of its own
  const idle = clientComps.filter((c) => !links.some((l) => l.from === c.comp.key));
  for (const c of idle) comps.delete(c.comp.key);
  if (idle.length > 0)
    exp.notes.push(
      `Clients no channel of this export lets call it, not drafted: ${idle.map((c) => c.comp.name).join(', ')}${idleReasons(idle.map((c) => notByRole.get(c.comp.key)))}.`,
    );
  exp.components = [...comps.values()];
  exp.links = links;
  const version = mediators.map((m) => str(m['version'])).find(Boolean);
  if (channels.length === 0)
    exp.diagnostics.push(
      importCodes['import-engine-no-flows'].at(
        { file: f.display, line: 1, column: 1 },
        'OpenHIM export',
        `no channels: ${clients.length} client(s), ${mediators.length} mediator(s)${list(root['Users'] ?? root['users']).length > 0 ? `, ${list(root['Users'] ?? root['users']).length} console user(s)` : ''}`,
      ),
    );
  if (version) exp.notes.push(`Mediator versions are recorded; the OpenHIM core version is not.`);
  exp.notes.push(
    `OpenHIM: ${channels.length} channel(s), ${clients.length} client(s), ${mediators.length} mediator(s) in this export.`,
  );
  return exp;
}

/** Why clients a channel allows still send nothing of their own, for the export's note. */
function idleReasons(types: readonly (string | undefined)[]): string {
  const reasons = [
    ...(types.includes('polling')
      ? ['a polling channel allowing a client is started by OpenHIM, not by the client']
      : []),
    ...(types.includes('tcp') || types.includes('tls')
      ? ['a TCP or TLS channel does not identify the client that connects']
      : []),
  ];
  return reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
}

function entryFor(ch: Json, type: string, channel: Component, file: string, line: number): Component {
  const host = str(ch['tcpHost']);
  const port = ch['tcpPort'] === null || ch['tcpPort'] === undefined ? undefined : String(ch['tcpPort']);
  const schedule = str(ch['pollingSchedule']);
  const summary =
    type === 'polling'
      ? `OpenHIM polls on schedule ${schedule ?? '(not set)'}`
      : type === 'http'
        ? `any caller: the channel is public`
        : `${type.toUpperCase()} listener on ${host ?? '0.0.0.0'}:${port ?? '(not set)'}`;
  return {
    key: `entry:${channel.key}`,
    name: `${channel.name} ${type === 'http' ? 'public callers' : type === 'polling' ? 'poller' : 'listener'}`,
    channel: channel.name,
    file,
    role: 'inbound',
    folders: [],
    messageTypes: [],
    notes: [],
    line,
    endpoint: {
      wire: type === 'polling' ? 'timer' : type === 'http' ? 'http' : 'tcp',
      type: `OpenHIM ${type} channel`,
      listens: true,
      ...(port ? { port } : {}),
      ...(type === 'tls' ? { tls: true } : {}),
      summary,
    },
  };
}

function urlsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string' && /^https?:\/\//i.test(v.trim())) out.push(v.trim());
  else if (Array.isArray(v)) for (const x of v) urlsIn(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) urlsIn(x, out);
  return [...new Set(out)].sort();
}

function matches(ch: Json, url: string): boolean {
  const pattern = str(ch['urlPattern']);
  if (!pattern) return false;
  const path = (/^[a-z]+:\/\/[^/]+(\/[^?#]*)?/i.exec(url)?.[1] ?? '/').slice(0, 200);
  // a pattern from the export is run only when it cannot backtrack without bound
  if (pattern.length > 300 || /\([^)]*[+*][^)]*\)\s*[+*{]/.test(pattern)) return false;
  try {
    return new RegExp(pattern).test(path);
  } catch {
    return false;
  }
}
