import type { Standard } from '../../model/written.js';
import { applyUrl } from '../engine/url.js';
import type { Component, Endpoint, Role, Wire } from '../engine/graph.js';
import { seconds } from '../engine/transport.js';
import { parseJdbc, redactUrl } from '../secrets/redact.js';
import type { RhapsodyModel, RhapsodyPart } from './model.js';

/** Communication point types and what they talk over. */
const wires: Array<[RegExp, Wire]> = [
  [/^TCP(Server|Client)$/i, 'tcp'],
  [/Directory/i, 'file'],
  [/^SFTP/i, 'sftp'],
  [/FTP/i, 'ftp'],
  [/^HTTP(Server|Client)$|RestClient|HTTP/i, 'http'],
  [/webservices|WebService|SOAP/i, 'soap'],
  [/^Database$|JDBC|DatabasePoller/i, 'database'],
  [/Email|SMTP|POP3/i, 'smtp'],
  [/JMS/i, 'jms'],
  [/Kafka/i, 'kafka'],
  [/^Sink$/i, 'discard'],
  [/Timer|MessageSource|MapperSource|Generator/i, 'timer'],
  [/ErrorDestinationRedirector|Route|Internal|Pipe/i, 'internal'],
];

export function roleOfMode(mode: string): Role {
  const m = mode.toLowerCase().replace(/^cpm/, '');
  if (m === 'input') return 'inbound';
  if (m === 'output') return 'outbound';
  return 'both';
}

/** $(Name) replaced by the value the export defines for it; secret-named or unknown ones stay named. */
export function resolve(value: string, variables: Map<string, string>, unresolved: Set<string>): string {
  return value.replace(/\$\(([\w.-]+)\)/g, (whole, name: string) => {
    const v = variables.get(name);
    if (v === undefined || v === '' || /pass|pwd|secret|token|key/i.test(name)) {
      unresolved.add(name);
      return whole;
    }
    return v;
  });
}

export function commPointComponent(cp: RhapsodyPart, model: RhapsodyModel, file: string): Component {
  const unresolved = new Set<string>();
  const get = (...names: string[]) => {
    for (const n of names) {
      const v = cp.props.get(n)?.trim();
      if (v) return resolve(v, model.variables, unresolved);
    }
    return undefined;
  };
  const role = roleOfMode(cp.mode);
  const wire = wires.find(([re]) => re.test(cp.type))?.[1] ?? 'unknown';
  const listens =
    role === 'inbound' ||
    (role === 'both' &&
      /Server|producer|Directory|Database|Timer|Source/i.test(cp.type) &&
      !/Client/i.test(cp.type));
  const e: Endpoint = { wire, type: cp.type, listens, summary: '' };
  let standard: Standard | undefined;
  switch (wire) {
    case 'tcp': {
      const host = get('HOST', 'LOCALHOST');
      const port = listens ? get('LOCALPORT') : get('PORT');
      if (host) e.host = host;
      if (port && port !== '0') e.port = port;
      e.tls = /true/i.test(get('SECURE') ?? '') || Number(get('SSL_MODE') ?? '-1') > 0;
      break;
    }
    case 'file':
      e.path =
        (listens ? get('INPUT_DIRECTORY_NAME') : get('OUTPUT_DIRECTORY_NAME')) ??
        get('INPUT_DIRECTORY_NAME', 'OUTPUT_DIRECTORY_NAME') ??
        '';
      if (!e.path) delete e.path;
      break;
    case 'ftp':
    case 'sftp': {
      const host = get('Server', 'Host', 'HOST');
      if (host) e.host = host;
      const port = get('Port', 'PORT');
      if (port) e.port = port;
      const dir = get('Directory', 'RemoteDirectory', 'Path');
      if (dir) e.path = dir;
      e.tls = wire === 'sftp' || Number(get('FTPSMode') ?? '-1') >= 0;
      break;
    }
    case 'http': {
      const rest = model.restClients.get(get('RestClient') ?? '');
      const url = get('URL');
      if (rest) {
        const host = rest.host ? resolve(rest.host, model.variables, unresolved) : undefined;
        e.url = `${rest.protocol.toLowerCase()}://${host ?? '(host not set)'}${rest.port ? `:${rest.port}` : ''}${rest.path ?? ''}`;
        if (host) e.host = host;
        if (rest.port) e.port = rest.port;
        e.tls = rest.protocol === 'HTTPS';
      } else if (url) applyUrl(e, url);
      else {
        const host = get('LocalHost');
        const port = get('LocalPort');
        if (host) e.host = host;
        if (port) e.port = port;
        const path = get('ContextPath');
        if (path) e.path = path.startsWith('/') ? path : `/${path}`;
        e.tls = /true/i.test(get('Secure') ?? '');
      }
      break;
    }
    case 'soap': {
      const config = cp.props.get('Config') ?? '';
      const service = /<serviceId>([^<]+)<\/serviceId>/.exec(config)?.[1];
      const hosted = service ? model.webServices.get(service) : undefined;
      if (hosted) {
        if (hosted.port) e.port = hosted.port;
        if (hosted.address) e.host = hosted.address;
        e.tls = /https/i.test(hosted.protocol ?? '');
      }
      const url = /(https?:\/\/[^\s<"']+)/i.exec(config)?.[1];
      if (url && !listens) applyUrl(e, url.replace(/&amp;/g, '&'));
      standard = 'soap';
      break;
    }
    case 'database': {
      const host = get('Host', 'HOST', 'Server');
      const port = get('Port', 'PORT');
      const db = get('DatabaseName', 'Database');
      const url = get('URL', 'ConnectionString');
      if (url && parseJdbc(url)) {
        const j = parseJdbc(url)!;
        e.url = redactUrl(url);
        if (j.host) e.host = j.host;
        if (j.port) e.port = j.port;
        if (j.database) e.database = j.database;
      }
      if (host) e.host = host;
      if (port) e.port = port;
      if (db) e.database = db;
      break;
    }
    default:
  }
  const refresh = Number(get('DIR_REFRESH_RATE', 'RefreshRate', 'refreshRate'));
  if (listens && Number.isFinite(refresh) && refresh > 0) e.pollingMillis = refresh;
  const retries = Number(get('NumRetries'));
  if (!listens && Number.isFinite(retries) && get('NumRetries') !== undefined) {
    e.retry = retries < 0 ? { unlimited: true } : { retries };
    const delay = Number(get('RetryDelay'));
    if (Number.isFinite(delay) && delay > 0) e.retry.intervalMillis = delay;
  }
  const where =
    e.url ??
    [e.host, e.port ? `${e.host ? ':' : 'port '}${e.port}` : ''].join('') +
      (e.path ? ` ${e.path}` : '') +
      (e.database ? ` database ${e.database}` : '');
  e.summary = `${cp.type}${role === 'inbound' ? ' input' : role === 'outbound' ? ' output' : ` (${cp.mode})`}${where.trim() ? ` ${where.trim()}` : ''}${e.pollingMillis ? `, every ${seconds(e.pollingMillis)}` : ''}`;
  const c: Component = {
    key: cp.id,
    name: cp.name,
    file,
    role,
    endpoint: e,
    folders: cp.folders,
    messageTypes: [],
    notes: [],
    line: cp.element.line,
  };
  if (standard) c.standard = standard;
  if (cp.startup)
    c.startup = { autostart: !/DONT_START|MANUAL/i.test(cp.startup), words: startupWords(cp.startup) };
  if (wire === 'tcp')
    c.notes.push(
      `TCP with wrapper setting ${cp.props.get(listens ? 'INCOMING_WRAPPER' : 'OUTGOING_WRAPPER') ?? 'not recorded'}: say mllp if it frames HL7 with MLLP.`,
    );
  if (wire === 'unknown')
    c.notes.push(`communication point type ${cp.type} is not one govspec knows: describe its transport.`);
  for (const v of [...unresolved].sort())
    c.notes.push(
      `$(${v}) is a Rhapsody variable ${model.variables.has(v) ? 'holding a credential' : 'this export does not define'}: govspec shows its name, not a value.`,
    );
  return c;
}

export function startupWords(state: string): string {
  if (/DONT_START/i.test(state)) return 'by hand (DONT_START)';
  const level = /START_LEVEL_(\d+)/i.exec(state);
  return level ? `automatically, at start level ${level[1]}` : state.toLowerCase();
}
