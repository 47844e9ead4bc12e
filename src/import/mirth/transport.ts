import { networkOfHost } from '../draft/network.js';
import { isInternalKind } from './connector-kinds.js';
import type { ChannelFacts } from './channel.js';
import type { ConnectorFacts } from './connector.js';
import { endpointSummary } from './naming.js';

export interface TransportDraft {
  value: Record<string, unknown>;
  notes: string[];
}

/**
 * The spec has one transport; a channel has an inbound and an outbound leg. The leg that reaches
 * the target system outside the engine is described; when the destination stays inside Mirth
 * (Channel Writer, JavaScript Writer) the inbound leg is. The other leg is noted in words.
 */
export function transportOf(channel: ChannelFacts, primary: ConnectorFacts | undefined): TransportDraft {
  const outward = primary && !isInternalKind(primary.kind) ? primary : undefined;
  const leg = outward ?? channel.source;
  const other = leg === channel.source ? primary : channel.source;
  const value: Record<string, unknown> = { kind: kindOf(leg) };
  const notes = [
    `Describes the ${leg.role === 'source' ? 'inbound' : 'outbound'} leg: ${leg.transportName} ${endpointSummary(leg)}.`.replace(
      / \./,
      '.',
    ),
  ];
  if (other) {
    notes.push(
      `The ${other.role === 'source' ? 'inbound' : 'outbound'} leg is ${other.transportName} ${endpointSummary(other)}.`.replace(
        / \./,
        '.',
      ),
    );
  }

  notes.push(...fileNotes(leg));
  const network = networkOf(leg);
  if (network) value['network'] = network;
  else if (leg.endpoint.host && leg.endpoint.host !== '0.0.0.0')
    notes.push(
      `network: left blank: say whether ${leg.endpoint.host} is reached over the internal network, HSCN or the internet.`,
    );

  const tls = leg.endpoint.tls;
  if (tls === true) value['encryption'] = 'tls';
  if (tls === false) {
    value['encryption'] = 'none';
    notes.push('encryption: the export shows no TLS on this leg; say vpn if a tunnel protects it.');
  }
  if (tls === undefined && (leg.kind === 'database-reader' || leg.kind === 'database-writer')) {
    notes.push(
      'encryption: left blank: the JDBC URL sets no TLS option; say whether the database connection is encrypted.',
    );
  }
  if (other && !isInternalKind(other.kind) && other.endpoint.tls === false) {
    notes.push(`The ${other.role === 'source' ? 'inbound' : 'outbound'} leg shows no TLS.`);
  }

  const auth = authOf(leg);
  if (auth) value['authentication'] = auth;
  const ack = acknowledgementOf(leg);
  if (ack) value['acknowledgement'] = ack;
  if (primary) {
    const retry = primary.queue
      ? 'queue'
      : (primary.retryCount ?? 0) > 0
        ? 'retry'
        : primary.queue === false
          ? 'none'
          : undefined;
    if (retry) value['retry'] = retry;
  }
  return { value, notes };
}

function kindOf(c: ConnectorFacts): string {
  switch (c.kind) {
    case 'tcp-listener':
    case 'tcp-sender':
      return c.endpoint.mllp ? 'mllp' : 'other';
    case 'http-listener':
    case 'http-sender':
    case 'ws-listener':
    case 'ws-sender':
    case 'fhir-listener':
      return 'https';
    case 'file-reader':
    case 'file-writer':
    case 'document-writer': {
      const scheme = c.endpoint.scheme?.toUpperCase();
      if (scheme === 'SFTP') return 'sftp';
      // WebDAV is files over HTTP(S); a Windows (SMB) share is a folder like any other
      if (scheme === 'WEBDAV') return 'https';
      return scheme === 'FILE' || scheme === 'SMB' || !scheme ? 'file' : 'other';
    }
    case 'database-reader':
    case 'database-writer':
      return 'database';
    case 'smtp-sender':
      return 'smtp';
    default:
      return 'other';
  }
}

/** What the file connector's scheme means for the transport, where the spec has no exact word. */
function fileNotes(c: ConnectorFacts): string[] {
  if (!['file-reader', 'file-writer', 'document-writer'].includes(c.kind)) return [];
  const e = c.endpoint;
  switch (e.scheme) {
    case 'SFTP':
      return [
        "SFTP encrypts with SSH: drafted as encryption tls, the spec's value for encrypted in transit.",
        ...(e.login ? [`The engine logs in to the SFTP server with a ${e.login} (not copied).`] : []),
      ];
    case 'FTP':
      return [
        "Plain FTP (the spec has no ftp kind, so other): Mirth's FTP client has no TLS, so the files and the FTP login travel unencrypted.",
      ];
    case 'SMB':
      return [
        `SMB is a Windows file share${e.host ? ` on ${e.host}` : ''}: drafted as kind file.`,
        'encryption: left blank: SMB 3 can encrypt a share, and whether this one must is set on the file server, not in Mirth.',
      ];
    case 'WEBDAV':
      return ['WebDAV is files over HTTP: drafted as kind https.'];
    case 'S3':
      return [
        `Amazon S3${e.region ? ` (region ${e.region})` : ''} (the spec has no object-store kind, so other).`,
        'network: left blank: say whether the bucket is reached over the internet or a private endpoint.',
      ];
    default:
      return e.share && e.host ? [`The folder is a Windows share on ${e.host} (a UNC path).`] : [];
  }
}

function networkOf(c: ConnectorFacts): string | undefined {
  if (isInternalKind(c.kind)) return 'local-host';
  return networkOfHost(c.endpoint.host);
}

function authOf(c: ConnectorFacts): string | undefined {
  if (c.kind === 'tcp-listener' || c.kind === 'tcp-sender') return 'network-only';
  const a = c.endpoint.auth;
  if (a === 'basic' || a === 'oauth2' || a === 'none') return a;
  return undefined;
}

function acknowledgementOf(c: ConnectorFacts): string | undefined {
  if (c.kind === 'tcp-sender') return c.ignoreResponse ? 'none' : 'application';
  if (c.kind === 'http-sender' || c.kind === 'ws-sender') return 'transport';
  if (c.role === 'source' && /listener/.test(c.kind) && c.response) {
    if (/^none$/i.test(c.response)) return 'none';
    if (/before processing/i.test(c.response)) return 'transport';
    return 'application';
  }
  return undefined;
}
