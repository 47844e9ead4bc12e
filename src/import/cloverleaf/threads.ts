import type { Component, Endpoint, Link } from '../engine/graph.js';
import { seconds } from '../engine/transport.js';
import { messageType } from '../engine/message-type.js';
import { elements, isList, keyed, keyedText, type TclValue } from './tcl.js';

/** One protocol thread of a site's NetConfig. */
export interface Thread {
  name: string;
  site: string;
  body: TclValue;
  line: number;
  /** True when the name was inferred (a dump of thread bodies without their headers). */
  inferredName?: boolean;
}

/** The outside connection of a thread, from its PROTOCOL keyed list. */
export function threadEndpoint(t: Thread): { endpoint: Endpoint; notes: string[] } {
  const p = keyed(t.body, 'PROTOCOL');
  const type = keyedText(p, 'TYPE') ?? '(no protocol)';
  const pdl = keyedText(p, 'PDLNAME');
  const server = keyedText(p, 'ISSERVER') === '1' || keyedText(p, 'PDLTYPE') === 'tcp-server';
  const host = keyedText(p, 'HOST') || undefined;
  const port = keyedText(p, 'PORT') || undefined;
  const notes: string[] = [];
  const e: Endpoint = {
    wire: 'unknown',
    type: `Cloverleaf ${type}${pdl ? ` (${pdl})` : ''}`,
    listens: server,
    summary: '',
  };
  if (/tcpip/.test(type)) {
    e.wire = /mlp|mllp/i.test(pdl ?? '') ? 'mllp' : 'tcp';
    if (host) e.host = host;
    if (port) e.port = port;
    e.tls = keyedText(p, 'IS_SSL') === '1';
    e.summary = server
      ? `${type} ${pdl ?? ''} listening on port ${port ?? '(not set)'}`
      : `${type} ${pdl ?? ''} to ${host ?? '(host not set)'}:${port ?? '(port not set)'}`;
  } else if (/file/.test(type)) {
    e.wire = /ftp/.test(type) ? (/sftp/.test(type) ? 'sftp' : 'ftp') : 'file';
    const dir =
      keyedText(p, 'IBDIR') ||
      keyedText(p, 'OBDIR') ||
      keyedText(p, 'IBFILE') ||
      keyedText(p, 'OBFILE') ||
      keyedText(p, 'FILE');
    if (dir) e.path = dir;
    const ftp = keyedText(p, 'FTPHOST') || keyedText(p, 'HOST');
    if (ftp && e.wire !== 'file') e.host = ftp;
    e.summary = `${type} ${dir ?? '(folder not set)'}${e.host ? ` on ${e.host}` : ''}`;
    const poll = Number(keyedText(p, 'READINTERVAL') ?? keyedText(p, 'INTERVAL'));
    if (Number.isFinite(poll) && poll > 0) e.pollingMillis = poll * 1000;
  } else if (/upoc|tcl/.test(type)) {
    e.wire = 'script';
    e.summary = `${type}: a Tcl procedure talks to the system (not read)`;
  } else {
    e.summary = `${type}: a protocol govspec does not know`;
    notes.push(`protocol type ${type} is not one govspec knows: describe the transport.`);
  }
  const retries = Number(keyedText(t.body, 'SENDDATACTRL', 'RETRIES'));
  if (!server && Number.isFinite(retries) && keyedText(t.body, 'SENDDATACTRL', 'RETRIES') !== undefined) {
    e.retry = retries < 0 ? { unlimited: true } : { retries };
    const interval = Number(keyedText(t.body, 'SENDDATACTRL', 'INTERVAL'));
    if (Number.isFinite(interval) && interval > 0) e.retry.intervalMillis = interval * 1000;
  }
  const reply = keyedText(t.body, 'REPLYCONTROL', 'WAIT');
  if (!server && reply !== undefined) e.acknowledgement = reply === '1' ? 'application' : 'none';
  if (e.pollingMillis) e.summary += `, read every ${seconds(e.pollingMillis)}`;
  return { endpoint: e, notes };
}

/** Routes of a thread: by TRXID to destination threads, raw or through an Xlate. */
export function threadRoutes(
  t: Thread,
): Array<{ dest: string; types: string[]; how: string; xlate?: string; enabled: boolean }> {
  const out: Array<{ dest: string; types: string[]; how: string; xlate?: string; enabled: boolean }> = [];
  for (const route of elements(keyed(t.body, 'DATAXLATE'))) {
    if (!isList(route)) continue;
    const trxid = keyedText(route, 'TRXID') ?? '';
    const routeOn = keyedText(route, 'ROUTE_ENABLED') !== '0';
    const type = messageType(trxid);
    for (const d of elements(keyed(route, 'ROUTE_DETAILS'))) {
      const dest = keyedText(d, 'DEST');
      if (!dest) continue;
      const xlate = keyedText(d, 'XLATE') || undefined;
      const kind = keyedText(d, 'TYPE') ?? 'raw';
      const r: { dest: string; types: string[]; how: string; xlate?: string; enabled: boolean } = {
        dest,
        types: type ? [type] : [],
        how: `${trxid === '_HCI_static_route_' ? 'static route (every message)' : `route for TRXID ${trxid || '(none)'}`}, ${kind}`,
        enabled: routeOn && keyedText(d, 'DETAILS_ENABLED') !== '0',
      };
      if (xlate) r.xlate = xlate;
      out.push(r);
    }
  }
  return out;
}

/** Components and links of the threads of one site. */
export function siteGraph(threads: Thread[], file: string): { components: Component[]; links: Link[] } {
  const components = new Map<string, Component>();
  const links: Link[] = [];
  const key = (site: string, name: string) => `${site}/${name}`;
  const destinations = new Set(threads.flatMap((t) => threadRoutes(t).map((r) => key(t.site, r.dest))));
  for (const t of threads) {
    const routes = threadRoutes(t);
    const { endpoint, notes } = threadEndpoint(t);
    const k = key(t.site, t.name);
    const inbound = routes.length > 0 || endpoint.listens === true;
    const outbound = destinations.has(k) || keyedText(t.body, 'OUTBOUNDONLY') === '1';
    const c: Component = {
      key: k,
      name: t.name,
      file,
      role: inbound && outbound ? 'both' : outbound ? 'outbound' : 'inbound',
      endpoint,
      folders: [t.site],
      messageTypes: [],
      notes: [...notes],
      line: t.line,
    };
    const auto = keyedText(t.body, 'AUTOSTART');
    if (auto !== undefined)
      c.startup = {
        autostart: auto === '1',
        words: auto === '1' ? 'automatically (AUTOSTART 1)' : 'by hand (AUTOSTART 0)',
      };
    if (/hl7/i.test(keyedText(t.body, 'DATAFORMAT', 'TYPE') ?? '')) c.standard = 'hl7v2';
    const process = keyedText(t.body, 'PROCESSNAME');
    if (process) c.notes.push(`runs in process ${process}.`);
    if (t.inferredName)
      c.notes.push(
        'its name was inferred from the inbound message file it saves to: the export printed thread bodies without names.',
      );
    components.set(k, c);
    for (const r of routes) {
      const to = key(t.site, r.dest);
      if (!r.enabled) {
        c.notes.push(`its ${r.how} to ${r.dest} is disabled.`);
        continue;
      }
      links.push({ from: k, to, how: r.how, ...(r.types.length > 0 ? { messageTypes: r.types } : {}) });
      if (r.xlate) c.notes.push(`routes to ${r.dest} through Xlate ${r.xlate} (a translation).`);
    }
  }
  for (const d of destinations) {
    if (components.has(d)) continue;
    const [site, name] = [d.slice(0, d.indexOf('/')), d.slice(d.indexOf('/') + 1)];
    components.set(d, {
      key: d,
      name,
      file,
      role: 'outbound',
      endpoint: {
        wire: 'unknown',
        type: 'Cloverleaf thread',
        listens: false,
        summary: `thread ${name}, whose definition is not in this import`,
      },
      folders: [site],
      messageTypes: [],
      notes: ['a destination thread this import does not define: import the NetConfig that has it.'],
      line: 1,
    });
  }
  return { components: [...components.values()], links };
}
