import { parseJdbc, redactUrl } from '../secrets/redact.js';
import type { ConnectorKind } from './connector-kinds.js';
import type { Endpoint } from './endpoint-facts.js';
import { fileEndpoint } from './file-endpoint.js';
import type { ConnectorProps } from './props.js';

export type { Endpoint } from './endpoint-facts.js';

/** The far end of a connector from its settings, by kind. */
export function endpointOf(kind: ConnectorKind, p: ConnectorProps): Endpoint {
  const e: Endpoint = {};
  const set = <K extends keyof Endpoint>(k: K, v: Endpoint[K] | undefined) => {
    if (v !== undefined && v !== '') e[k] = v;
  };
  switch (kind) {
    case 'tcp-listener':
    case 'tcp-sender': {
      const client = kind === 'tcp-listener' && p.bool('serverMode') === false;
      if (kind === 'tcp-sender' || client) {
        set('host', p.get('remoteAddress', 'host'));
        set('port', p.get('remotePort', 'port'));
      } else {
        set('host', p.get('listenerConnectorProperties/host', 'host'));
        set('port', p.get('listenerConnectorProperties/port', 'port'));
      }
      if (client) e.clientMode = true;
      const mode = p.node('transmissionModeProperties')?.attrs['class'] ?? '';
      e.mllp = /mllp/i.test(mode) || (p.isLegacy && /llp/i.test(p.get('DataType') ?? '')) || undefined;
      if (e.mllp === undefined) delete e.mllp;
      e.tls = hasTlsPlugin(p);
      break;
    }
    case 'http-listener':
    case 'ws-listener':
    case 'fhir-listener':
    case 'dicom-listener':
      set('host', p.get('listenerConnectorProperties/host', 'host'));
      set('port', p.get('listenerConnectorProperties/port', 'port', 'listenerPort'));
      set('path', p.get('contextPath', 'receiverContextPath'));
      set('serviceName', p.get('serviceName'));
      set('fhirVersion', p.get('fhirVersion'));
      e.tls = hasTlsPlugin(p);
      e.auth = listenerAuth(p);
      break;
    case 'http-sender': {
      const raw = p.get('host', 'dispatcherUrl');
      if (raw) urlParts(e, raw);
      if (p.bool('useAuthentication')) e.auth = 'basic';
      break;
    }
    case 'ws-sender': {
      // <port> (2.x dispatcherPort) is the WSDL port's name, never a TCP port: the TCP port is
      // the one in the location URI or the WSDL URL
      const raw = p.get('locationURI', 'dispatcherLocationURI', 'wsdlUrl', 'dispatcherWsdlUrl', 'host');
      if (raw) urlParts(e, raw);
      set('wsdlService', wsdlName(p.get('service', 'dispatcherService')));
      set('wsdlPort', wsdlName(p.get('port', 'dispatcherPort')));
      if (p.bool('useAuthentication', 'dispatcherUseAuthentication')) e.auth = 'basic';
      break;
    }
    case 'file-reader':
    case 'file-writer':
    case 'document-writer':
      fileEndpoint(e, p);
      set('documentType', p.get('documentType'));
      break;
    case 'database-reader':
    case 'database-writer': {
      const url = p.get('url', 'URL');
      if (url) {
        e.url = redactUrl(url);
        const j = parseJdbc(url);
        if (j) {
          set('scheme', j.vendor);
          set('host', j.host);
          set('port', j.port);
          set('database', j.database);
          if (j.tls !== undefined) e.tls = j.tls;
        }
      }
      break;
    }
    case 'channel-writer': {
      const id = p.get('channelId', 'host');
      if (id && id !== 'none') e.channelId = id;
      break;
    }
    case 'smtp-sender': {
      set('host', p.get('smtpHost', 'hostname', 'host'));
      set('port', p.get('smtpPort', 'port'));
      const enc = p.get('encryption')?.toLowerCase();
      if (enc) e.tls = enc !== 'none';
      if (p.bool('authentication')) e.auth = 'basic';
      const to = p.get('to') ?? '';
      const n = to.split(/[,;]/).filter((s) => s.trim()).length;
      if (n > 0) e.recipients = n;
      break;
    }
    case 'dicom-sender':
      set('host', p.get('host', 'remoteHost'));
      set('port', p.get('port', 'remotePort'));
      if (hasTlsPlugin(p)) e.tls = true;
      else if (p.get('tls')?.toLowerCase() === 'notls') e.tls = false;
      break;
    default:
      set('host', p.get('host', 'listenerConnectorProperties/host', 'remoteAddress'));
      set('port', p.get('port', 'listenerConnectorProperties/port', 'remotePort'));
  }
  if (e.tls === undefined) delete e.tls;
  if (e.auth === undefined) delete e.auth;
  return e;
}

/** {namespace}LocalName -> LocalName; Mirth's "Press Get Operations" style prompts are no name. */
function wsdlName(raw: string | undefined): string | undefined {
  const name = raw?.replace(/^\{[^}]*\}/, '').trim();
  return name && !/^press /i.test(name) ? name : undefined;
}

function urlParts(e: Endpoint, raw: string): void {
  const safe = redactUrl(raw);
  e.url = safe;
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/:]+|\[[^\]]+\])(?::(\d+|\$\{[^}]+\}))?(\/.*)?$/i.exec(safe);
  if (m) {
    e.scheme = m[1]!.toLowerCase();
    e.host = m[2]!;
    if (m[3]) e.port = m[3];
    if (m[4]) e.path = m[4];
    if (e.scheme === 'https' || e.scheme === 'sftp' || e.scheme === 'ftps') e.tls = true;
    else if (e.scheme === 'http' || e.scheme === 'ftp') e.tls = false;
  }
}

/**
 * Open-source Mirth sockets have no TLS setting; TLS comes from a plugin (the commercial SSL
 * Manager) whose properties sit under pluginProperties. No plugin means a plain socket.
 */
function hasTlsPlugin(p: ConnectorProps): boolean | undefined {
  // 2.x exports have no plugin block to tell from
  if (p.isLegacy) return undefined;
  return p.pluginNames().some((n) => /ssl|tls/i.test(n));
}

function listenerAuth(p: ConnectorProps): Endpoint['auth'] {
  const names = p.pluginNames();
  if (names.some((n) => /NoneHttpAuth/i.test(n))) return 'none';
  if (names.some((n) => /BasicHttpAuth|DigestHttpAuth/i.test(n))) return 'basic';
  if (names.some((n) => /OAuth2/i.test(n))) return 'oauth2';
  if (names.some((n) => /HttpAuth/i.test(n))) return 'custom';
  return p.isLegacy ? undefined : 'none';
}
