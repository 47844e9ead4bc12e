import type { Standard } from '../../model/written.js';
import { applyUrl } from '../engine/url.js';
import type { Component, Endpoint, Role, Wire } from '../engine/graph.js';
import { seconds } from '../engine/transport.js';
import { canBeSecret, isEmptyValue, secretNameKind } from '../secrets/names.js';
import { parseJdbc, redactUrl } from '../secrets/redact.js';

/** A production item with its settings merged: the production's own, then system defaults. */
export interface Item {
  name: string;
  className: string;
  enabled: boolean;
  comment?: string;
  category?: string;
  schedule?: string;
  settings: Map<string, string>;
  /** Settings that came from system default settings, not the production. */
  defaulted: Set<string>;
  /** Settings that came from the default in the item's class (setting name to class). */
  fromClass: Map<string, string>;
  /** The adapter class of the item's host class (its ADAPTER parameter), when the import has it. */
  adapter?: string;
  /** The class and its superclasses, nearest first, as far as the import knows. */
  chain: string[];
  line: number;
}

/** Items that run the engine itself and carry no messages between systems. */
const infrastructure =
  /^(EnsLib\.JavaGateway\.(Service|Initiator)|EnsLib\.DotNetGateway\.Service|Ens\.ProductionMonitorService|Ens\.Activity\.Operation\.Local|HS\.Util\.Trace\.Operations|Ens\.Enterprise\.MsgBankOperation)$/;

export function isInfrastructure(className: string): boolean {
  return infrastructure.test(className);
}

/** Service, process or operation, from the class name, or its superclass when the export has it. */
export function roleOf(item: Item, targeted: boolean, links: boolean): Role {
  const chain = item.chain.length > 0 ? item.chain : [item.className];
  const any = (re: RegExp) => chain.some((c) => re.test(c));
  // the short forms end a class name too: MqttBS, FileBO, OrderBP
  const short = (k: string) => any(new RegExp(`[a-z0-9.]${k}$`));
  if (
    any(/RoutingEngine|MsgRouter|BusinessProcess|\.BP\.|\.Process\b|\.process\.|Process$|\.Rule\b/i) ||
    short('BP')
  )
    return 'process';
  if (any(/BusinessService|\.Service\b|\.BS\.|Service$|\.service\./i) || short('BS')) return 'inbound';
  const operation =
    any(/BusinessOperation|\.Operation\b|\.BO\.|Operation$|\.operation\b|\.WSC\./i) || short('BO');
  // an operation whose settings name another item hands its messages on, as a process does
  if (operation) return links ? 'process' : 'outbound';
  if (links) return 'process';
  return targeted ? 'outbound' : 'inbound';
}

function wireOf(className: string): Wire {
  const c = className;
  if (/Kafka/i.test(c)) return 'kafka';
  if (/JMS/i.test(c)) return 'jms';
  if (/EMail|SMTP/i.test(c)) return 'smtp';
  if (/SQL|JDBC/i.test(c)) return 'database';
  if (/SOAP|\.WSC\.|WebService/i.test(c)) return 'soap';
  if (/SFTP/i.test(c)) return 'sftp';
  if (/FTP/i.test(c)) return 'ftp';
  if (/HTTP|REST|FHIRServer|POSTService/i.test(c)) return 'http';
  if (/TCP|MLLP/i.test(c)) return /HL7|MLLP/i.test(c) ? 'mllp' : 'tcp';
  if (/MQTT/i.test(c)) return 'tcp';
  if (/File/i.test(c)) return 'file';
  if (/Workflow/i.test(c)) return 'internal';
  return 'unknown';
}

function standardOf(className: string): Standard | undefined {
  if (/\.HL7\.|HL7/i.test(className)) return 'hl7v2';
  if (/FHIR/i.test(className)) return 'fhir';
  if (/SOAP|\.WSC\./i.test(className)) return 'soap';
  // EnsLib.RecordMap reads and writes delimited or fixed-width records (CSV files)
  if (/\.RecordMap\./i.test(className)) return 'csv';
  return undefined;
}

/** HL7 version from MessageSchemaCategory: "2.5.1,MDM_*=2.5" gives 2.5.1; a custom category its base. */
export function hl7Version(
  category: string | undefined,
  categories: Map<string, string>,
): { version?: string; note?: string } {
  const first = category?.split(',')[0]?.trim();
  if (!first) return {};
  const name = first.split(':')[0]!;
  if (/^2\.\d+(\.\d+)?$/.test(name)) return { version: name };
  const base = categories.get(name);
  if (base)
    return { version: base, note: `schema category ${name} is a custom schema based on HL7 ${base}.` };
  return {
    note: `schema category ${name} is a custom schema not in this export: its HL7 version is unknown.`,
  };
}

/** The component for one item: its transport and address from its settings. */
export function itemComponent(
  item: Item,
  role: Role,
  file: string,
  categories: Map<string, string>,
): Component {
  const s = (k: string) => item.settings.get(k)?.trim() || undefined;
  if (isFhirServer(item)) return fhirServer(item, file);
  const wire: Wire =
    role === 'process'
      ? 'internal'
      : ([item.adapter, ...item.chain].map((c) => (c ? wireOf(c) : 'unknown')).find((w) => w !== 'unknown') ??
        'unknown');
  // "!" in IPAddress turns a TCP adapter round: a service connects out, an operation waits for a call
  const bang = (s('IPAddress') ?? s('AllowedIPAddresses'))?.startsWith('!') === true;
  const listens = role === 'inbound' ? !bang : bang;
  const c: Component = {
    key: item.name,
    name: item.name,
    file,
    role,
    enabled: item.enabled,
    folders: item.category ? [item.category] : [],
    messageTypes: [],
    notes: [`class ${item.className}${item.schedule ? `, runs on schedule ${item.schedule}` : ''}.`],
    line: item.line,
  };
  if (item.comment) c.description = item.comment;
  const charset = s('Charset');
  // On an FTP adapter, Ascii is the transfer mode (line endings), with no translation of the
  // character set (InterSystems, "Settings for the FTP Inbound Adapter"): it names no set.
  if (charset && wire === 'ftp' && /^ascii$/i.test(charset))
    c.notes.push(
      'Charset Ascii: an ASCII-mode FTP transfer with no character set translation, so the character set is what the files hold; say which in characterSet.',
    );
  else if (charset) c.charset = charset;
  const standard = [...item.chain, item.adapter ?? '']
    .map((k) => (k ? standardOf(k) : undefined))
    .find(Boolean);
  if (standard) c.standard = standard;
  const { version, note } = hl7Version(s('MessageSchemaCategory'), categories);
  // MessageSchemaCategory is the HL7 schema of the item: it outweighs a guess from a package name
  if (version) {
    c.version = version;
    c.standard = 'hl7v2';
  }
  if (note) c.notes.push(note);
  if (item.defaulted.size > 0)
    c.notes.push(`from system default settings: ${[...item.defaulted].sort().join(', ')}.`);
  if (item.fromClass.size > 0)
    c.notes.push(
      `not set in the production, so the class default applies: ${[...item.fromClass]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, cls]) => `${k} = ${shownValue(k, item.settings.get(k) ?? '')} (${cls})`)
        .join(', ')}.`,
    );
  if (item.adapter) c.notes.push(`adapter ${item.adapter}.`);
  if (role === 'process') {
    const rule = s('BusinessRuleName');
    c.notes.push(
      rule ? `routes by rule ${rule}.` : 'a business process: what it sends where is in its code.',
    );
    return c;
  }
  const e: Endpoint = { wire, type: item.className, listens, summary: '' };
  const port = s('Port') ?? s('HTTPPort') ?? s('FTPPort') ?? s('SMTPPort');
  const address = s('IPAddress') ?? (role === 'inbound' && bang ? s('AllowedIPAddresses') : undefined);
  const host = (bang ? bangHost(address) : address) ?? s('HTTPServer') ?? s('FTPServer') ?? s('SMTPServer');
  if (port) e.port = port;
  if (host && !listens) e.host = host;
  if (bang)
    c.notes.push(
      listens
        ? `IPAddress ${address}: the operation does not connect out, it waits for ${bangHost(address) ?? 'any system'} to connect and then sends.`
        : `${address!.startsWith('!') && s('IPAddress') ? 'IPAddress' : 'AllowedIPAddresses'} ${address}: the service connects out to ${host ?? 'the remote system'} and receives on that connection, instead of listening.`,
    );
  if (bang && listens && bangHost(address))
    c.notes.push(`accepts connections only from ${bangHost(address)}.`);
  const url =
    s('WebServiceURL') ??
    s('URL') ??
    s('FHIREndpoint') ??
    (e.port || host ? undefined : urlSetting(item.settings));
  if (url && /^[a-z]+:\/\//i.test(url)) {
    const [host0, port0] = [e.host, e.port];
    applyUrl(e, url);
    if (host0) e.host = host0;
    if (port0) e.port = port0;
  } else if (url) e.path = url;
  const dsn = s('DSN');
  if (dsn) {
    const j = parseJdbc(dsn);
    if (j) {
      e.url = redactUrl(dsn);
      if (j.host) e.host = j.host;
      if (j.port) e.port = j.port;
      if (j.database) e.database = j.database;
      if (j.tls !== undefined) e.tls = j.tls;
    } else e.database = dsn;
  }
  const path = s('FilePath');
  if (path) e.path = path;
  if (s('SSLConfig')) e.tls = true;
  else if (e.tls === undefined && (wire === 'mllp' || wire === 'tcp' || wire === 'ftp')) e.tls = false;
  const interval = Number(s('CallInterval'));
  if (listens && Number.isFinite(interval) && interval > 0) e.pollingMillis = interval * 1000;
  const ack = s('AckMode');
  if (ack)
    e.acknowledgement = /^never$/i.test(ack)
      ? 'none'
      : /^(app|application)$/i.test(ack)
        ? 'application'
        : 'transport';
  if (!listens) {
    const timeout = Number(s('FailureTimeout'));
    const retry = Number(s('RetryInterval'));
    if (s('FailureTimeout') !== undefined && Number.isFinite(timeout)) {
      e.retry =
        timeout < 0
          ? { unlimited: true }
          : timeout > 0
            ? { retries: 1, forMillis: timeout * 1000 }
            : { retries: 0 };
      if (Number.isFinite(retry) && retry > 0) e.retry.intervalMillis = retry * 1000;
    }
    if (wire === 'mllp') e.acknowledgement ??= 'application';
  }
  const where = [
    e.url ?? (e.host ? `${e.host}${e.port ? `:${e.port}` : ''}` : e.port ? `port ${e.port}` : ''),
    e.path
      ? `${wire === 'file' || wire === 'ftp' || wire === 'sftp' ? 'folder ' : ''}${e.path}${s('FileSpec') ? ` (${s('FileSpec')})` : ''}`
      : '',
    e.database && !e.url ? `database ${e.database}` : '',
  ].filter(Boolean);
  // A message broker's client connects out whichever way the messages go: a service subscribes
  // at the broker, an operation publishes to it. Neither listens.
  const broker = [item.adapter ?? '', ...item.chain].some((k) => /MQTT|Kafka|JMS|AMQP|RabbitMQ/i.test(k));
  const topic = broker ? topicSetting(item.settings) : undefined;
  if (topic) where.push(`${topic[0]} ${topic[1]}`);
  const mode = broker
    ? listens
      ? ' subscribed at'
      : ' publishing to'
    : bang
      ? listens
        ? ' waiting for a connection'
        : ' connecting out to'
      : listens
        ? ' listening'
        : '';
  const place = where.join(', ');
  e.summary = `${shortClass(item.className)}${mode}${place ? ` ${place}` : ' (address not in this export)'}${e.pollingMillis ? `, polled every ${seconds(e.pollingMillis)}` : ''}`;
  // services called over HTTP by a web application, whose URL is not in the production
  if (listens && item.chain.includes('HS.FHIRServer.Interop.Service'))
    e.summary = `FHIR REST requests to the FHIR endpoint set to use ${item.name} (its URL is in the endpoint configuration, not the production)`;
  else if (listens && !place && item.chain.some((k) => /^%CSP\.(REST|Page)$/.test(k)))
    e.summary = `REST API of class ${item.className} (a %CSP.REST dispatcher: its URL is the web application's, not in the production)`;
  c.endpoint = e;
  return c;
}

/** A setting's value for a note: a credential-named setting's value is never shown. */
function shownValue(name: string, value: string): string {
  const kind = secretNameKind(name);
  return kind && canBeSecret(kind, value) && !isEmptyValue(value) ? '[withheld]' : value;
}

/** A broker client's topic or queue: the first setting so named (Topic, MQTTTopicRoot, Queue). */
function topicSetting(settings: Map<string, string>): [string, string] | undefined {
  for (const [k, v] of [...settings].sort(([a], [b]) => a.localeCompare(b)))
    if (/topic|queue/i.test(k) && v.trim()) return [/queue/i.test(k) ? 'queue' : 'topic', v.trim()];
  return undefined;
}

/** A custom host's address: the first setting (not a credential) holding a scheme://host URL. */
function urlSetting(settings: Map<string, string>): string | undefined {
  for (const [k, v] of [...settings].sort(([a], [b]) => a.localeCompare(b)))
    if (!/pass|secret|token|key|credential/i.test(k) && /^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/i.test(v.trim()))
      return v.trim();
  return undefined;
}

/** "!10.1.2.3:5000, 10.1.2.4" gives 10.1.2.3 (the first address, port taken off); "!" alone none. */
function bangHost(v: string | undefined): string | undefined {
  const first = v?.replace(/^!/, '').split(',')[0]?.trim();
  if (!first) return undefined;
  return first.replace(/^@[^:]+:/, '').replace(/[:|]\d+$/, '') || undefined;
}

/** HS.FHIRServer.Interop.Operation runs the instance's own FHIR server (its interaction strategy). */
function isFhirServer(item: Item): boolean {
  return (
    item.chain.includes('HS.FHIRServer.Interop.Operation') ||
    item.className === 'HS.FHIRServer.Interop.Operation'
  );
}

function fhirServer(item: Item, file: string): Component {
  const c: Component = {
    key: item.name,
    name: item.name,
    system: 'FHIR server of this InterSystems instance (HS.FHIRServer)',
    systemKnown: true,
    file,
    role: 'outbound',
    enabled: item.enabled,
    folders: item.category ? [item.category] : [],
    messageTypes: [],
    standard: 'fhir',
    notes: [
      `class ${item.className}: hands each FHIR request to the FHIR server of this instance, which stores and reads the resources (no network hop).`,
    ],
    line: item.line,
    endpoint: {
      wire: 'internal',
      type: item.className,
      listens: false,
      summary: 'the FHIR server of this instance (HS.FHIRServer interaction strategy), in process',
    },
  };
  if (item.comment) c.description = item.comment;
  return c;
}

function shortClass(className: string): string {
  return className.replace(/^EnsLib\./, '');
}
