import type { ConnectorFacts } from './connector.js';
import type { Endpoint } from './endpoint.js';

/** A linked channel: its name and the id of its spec (in this import or already on disk). */
export interface ChannelLink {
  name: string;
  specId: string;
}

/** Values exporters leave for someone to fill in at deploy time. */
export function fillInText(value: string | undefined): boolean {
  return !!value && /^(fill[ _-]?me|todo|tbd|change[ _-]?me|xxx+|<[^>]*>|\?+)$/i.test(value.trim());
}

export interface SystemName {
  system: string;
  /** True when the name is a description of the connection, not the system: someone must name it. */
  placeholder: boolean;
  notes: string[];
}

const max = 120;

/** One-line, credential-free description of a connector's far end, as it appears in facts. */
export function endpointSummary(c: ConnectorFacts): string {
  const e = c.endpoint;
  const hostPort = e.host ? `${e.host}${e.port ? `:${e.port}` : ''}` : e.port ? `port ${e.port}` : '';
  switch (c.kind) {
    case 'tcp-listener':
    case 'tcp-sender':
      return [hostPort, e.mllp ? 'MLLP' : 'TCP', e.clientMode ? 'client mode' : ''].filter(Boolean).join(' ');
    case 'http-sender':
      return e.url ?? hostPort;
    case 'ws-sender': {
      const names = [
        e.wsdlService ? `service ${e.wsdlService}` : '',
        e.wsdlPort ? `WSDL port ${e.wsdlPort}` : '',
      ].filter(Boolean);
      return [e.url ?? hostPort, names.length > 0 ? `(${names.join(', ')})` : ''].filter(Boolean).join(' ');
    }
    case 'file-reader':
    case 'file-writer':
    case 'document-writer':
      return [e.url ?? [e.scheme, e.path].filter(Boolean).join(' '), e.region ? `(${e.region})` : '']
        .filter(Boolean)
        .join(' ');
    case 'database-reader':
    case 'database-writer':
      return e.url ?? '';
    case 'channel-writer':
      return e.channelId ? `channel ${e.channelId}` : '(no channel set)';
    case 'smtp-sender':
      return `${hostPort}${e.recipients ? ` (${e.recipients} recipient${e.recipients > 1 ? 's' : ''})` : ''}`;
    default:
      return [hostPort, e.path].filter(Boolean).join(' ');
  }
}

function contextPath(path: string | undefined): string {
  if (!path || path === '/') return '';
  return path.startsWith('/') ? path : `/${path}`;
}

function cut(s: string): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function place(e: Endpoint): string {
  const host = e.host && e.host !== '0.0.0.0' ? e.host : '';
  return [host, e.port ? `${host ? ':' : 'port '}${e.port}` : ''].join('');
}

const remoteLabels: Record<string, string> = {
  SFTP: 'SFTP server',
  FTP: 'FTP server',
  WEBDAV: 'WebDAV server',
  SMB: 'Windows share on',
};

/** Where a remote file connector reads or writes, in words; undefined for a local folder. */
function remoteFolder(e: Endpoint): string | undefined {
  if (e.scheme === 'S3')
    return `Amazon S3 bucket ${e.path ?? '(not set)'}${e.region ? ` (${e.region})` : ''}`;
  const label = e.scheme ? remoteLabels[e.scheme] : e.share ? 'Windows share on' : undefined;
  if (!label || !e.host) return undefined;
  const folder = e.path && e.path !== '/' ? ` (folder ${e.path})` : '';
  return `${label} ${place(e)}${folder}`;
}

function databaseName(e: Endpoint): string {
  return [e.scheme ?? 'Database', 'database', e.database, e.host ? `at ${place(e)}` : '']
    .filter(Boolean)
    .join(' ');
}

/** The sending system as far as the export can tell. */
export function sourceSystem(c: ConnectorFacts, writers: ChannelLink[]): SystemName {
  const e = c.endpoint;
  const named = (system: string, note: string): SystemName => ({
    system: cut(system),
    placeholder: true,
    notes: [note],
  });
  if (c.transportName === '(none)')
    return named('Unknown source', 'the export has no source connector: name the sending system');
  switch (c.kind) {
    case 'tcp-listener':
      if (e.clientMode)
        return named(
          `${e.mllp ? 'MLLP' : 'TCP'} server at ${place(e)}`,
          'name the system at this address (the channel connects out to it)',
        );
      return named(
        `Sender to ${e.mllp ? 'MLLP' : 'TCP'} ${place(e) || 'listener'}`,
        `name the system that sends to this listener (the export shows only ${endpointSummary(c)})`,
      );
    case 'http-listener':
    case 'fhir-listener':
      return named(
        `Client of ${c.kind === 'fhir-listener' ? 'FHIR' : 'HTTP'} ${place(e) || 'listener'}${contextPath(e.path)}`,
        'name the system that calls this listener',
      );
    case 'ws-listener':
      return named(
        `Client of web service ${e.serviceName ?? ''} ${place(e)}`.replace(/\s+/g, ' ').trim(),
        'name the system that calls this web service',
      );
    case 'dicom-listener':
      return named(`DICOM sender to ${place(e) || 'listener'}`, 'name the modality or PACS that sends');
    case 'file-reader':
      if (fillInText(e.path))
        return named(
          'Files in a folder set at deploy',
          `the export holds the fill-in text "${e.path}" for the folder: name the system that writes these files`,
        );
      if (remoteFolder(e))
        return named(`Files from ${remoteFolder(e)}`, 'name the system that puts these files there');
      return named(
        `Files in ${e.url ?? e.path ?? '(folder not set)'}`,
        'name the system that writes these files',
      );
    case 'database-reader':
      return named(databaseName(e), 'name the system that owns this database');
    case 'channel-reader':
      if (writers.length > 0) {
        return {
          system: cut(`Mirth channel ${writers.map((w) => w.name).join(', ')}`),
          placeholder: false,
          notes: writers.map((w) => `fed by Mirth channel "${w.name}": spec ${w.specId}`),
        };
      }
      return named(
        'Mirth channels that write to this one',
        'no channel in this import writes to it: name the upstream channel or system',
      );
    case 'js-reader':
      if (c.scriptUses)
        return named(
          `${c.scriptUses.join(', ')} via a JavaScript Reader`,
          `the JavaScript Reader's script appears to use ${c.scriptUses.join(', ')} (read as text, never run): name the system it reads from`,
        );
      return named(
        'JavaScript Reader (script not read)',
        'a JavaScript Reader makes messages in a script, which govspec never runs: name the system it reads from',
      );
    case 'jms-reader':
      return named(`JMS queue ${place(e)}`.trim(), 'name the system that puts messages on this queue');
    default:
      return named(
        `${c.transportName} (unknown connector)`,
        'govspec does not know this connector: name the sending system',
      );
  }
}

/** The receiving system for a destination, linking channel writers to the channel they feed. */
export function targetSystem(c: ConnectorFacts | undefined, channels: Map<string, ChannelLink>): SystemName {
  const named = (system: string, note: string): SystemName => ({
    system: cut(system),
    placeholder: true,
    notes: [note],
  });
  if (!c) return named('No destination', 'the channel has no destinations: name where its messages go');
  const e = c.endpoint;
  switch (c.kind) {
    case 'tcp-sender':
      return named(
        `${e.mllp ? 'MLLP' : 'TCP'} receiver at ${place(e) || '(address not set)'}`,
        'name the system listening at this address',
      );
    case 'http-sender':
    case 'ws-sender': {
      const where = e.host
        ? `${e.host}${e.port ? `:${e.port}` : ''}${e.path ?? ''}`
        : (e.url ?? '(URL not set)');
      return named(
        `${c.kind === 'ws-sender' ? 'Web service' : 'HTTP service'} at ${where}`,
        'name the system behind this URL',
      );
    }
    case 'file-writer':
      if (fillInText(e.path))
        return named(
          'Folder set at deploy',
          `the export holds the fill-in text "${e.path}" for the folder: name the system that reads these files`,
        );
      if (remoteFolder(e))
        return named(`Files to ${remoteFolder(e)}`, 'name the system that collects these files');
      return named(
        `Folder ${e.url ?? e.path ?? '(not set)'}`,
        'name the system that reads files from this folder',
      );
    case 'document-writer':
      return named(
        `Documents${e.documentType ? ` (${e.documentType})` : ''} in ${e.path ?? '(folder not set)'}`,
        'name the system that reads these documents',
      );
    case 'database-writer':
      return named(databaseName(e), 'name the system that owns this database');
    case 'smtp-sender':
      return named(
        `Email via ${place(e) || 'SMTP'}`,
        'name who receives these emails (recipient addresses are not copied)',
      );
    case 'channel-writer': {
      if (!e.channelId)
        // "None" is Mirth's setting for a writer that hands the message to no channel: it
        // feeds nothing unless its transformer's script writes somewhere itself.
        return named(
          c.scriptUses
            ? `${c.scriptUses.join(', ')} via the transformer of Channel Writer "${c.name}"`
            : 'nothing (Channel Writer set to None)',
          c.scriptUses
            ? `this Channel Writer hands the message to no channel, but its scripts appear to use ${c.scriptUses.join(', ')} (read as text, never run): name the system they write to`
            : 'this Channel Writer hands the message to no channel: if its transformer writes somewhere, name that system; otherwise this destination sends nothing and can be left out',
        );
      const link = channels.get(e.channelId);
      if (link)
        return {
          system: cut(`Mirth channel ${link.name}`),
          placeholder: false,
          notes: [`feeds Mirth channel "${link.name}": spec ${link.specId}`],
        };
      return named(
        `Mirth channel ${e.channelId}`,
        'the channel it feeds is not in this import: import it too, or name it',
      );
    }
    case 'js-writer':
      if (c.scriptUses)
        return named(
          `${c.scriptUses.join(', ')} via JavaScript Writer "${c.name}"`,
          `the JavaScript Writer's script appears to use ${c.scriptUses.join(', ')} (read as text, never run): name the system it writes to`,
        );
      return named(
        `JavaScript Writer "${c.name}" (script not read)`,
        'a JavaScript Writer sends in a script, which govspec never runs: name the system it writes to',
      );
    case 'dicom-sender':
      return named(`DICOM receiver at ${place(e)}`, 'name the PACS or system at this address');
    case 'jms-writer':
      return named(`JMS queue ${place(e)}`.trim(), 'name the system that reads this queue');
    default:
      return named(
        `${c.transportName} (unknown connector)`,
        'govspec does not know this connector: name the receiving system',
      );
  }
}
