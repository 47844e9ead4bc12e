import { redactUrl } from '../secrets/redact.js';
import type { Endpoint } from './endpoint-facts.js';
import type { ConnectorProps } from './props.js';

/**
 * Mirth's File Reader and File Writer (and the Document Writer) read one setting, `host`, in
 * two ways. With the FILE scheme it is a folder. With FTP, SFTP, SMB or WebDAV the engine puts
 * `scheme://` in front of it and reads server, port and folder from the result, so it holds
 * `server[:port]/folder` (FileConnector.getEndpointURI in the Mirth Connect source). With S3 it
 * holds `bucket[/prefix]` and the region is a scheme property.
 */
export function fileEndpoint(e: Endpoint, p: ConnectorProps): void {
  // 2.x and exports before 3.9 may keep the scheme in lower case
  const scheme = (p.get('scheme') ?? 'file').toUpperCase();
  e.scheme = scheme;
  const host = p.get('host');
  if (scheme === 'S3') {
    // user information has no place in a bucket name: never copy it
    const bucket = host?.replace(/^[^/@]*@/, '');
    if (bucket) e.path = bucket;
    const region = p.get('schemeProperties/region');
    if (region) e.region = region;
    e.url = redactUrl(`s3://${bucket ?? ''}`);
    // the AWS client always speaks HTTPS
    e.tls = true;
    return;
  }
  if (scheme === 'FILE') {
    if (host) fileFolder(e, host);
    return;
  }
  if (scheme === 'SFTP') e.tls = true;
  // Mirth's FTP client is plain FTP: its "secure" setting applies to WebDAV only
  if (scheme === 'FTP') e.tls = false;
  if (scheme === 'WEBDAV') e.tls = p.bool('secure') !== false;
  if (host) remoteParts(e, scheme === 'WEBDAV' ? (e.tls ? 'https' : 'http') : scheme, host);
  if (scheme === 'FTP' && p.bool('anonymous', 'FTPAnonymous') === true) e.auth = 'none';
  if (scheme === 'SFTP') {
    const key = p.bool('schemeProperties/keyAuth');
    const password = p.bool('schemeProperties/passwordAuth');
    if (key || password) e.login = key && password ? 'key and password' : key ? 'key' : 'password';
  }
}

/** A local folder, or a Windows share named by a UNC path (\\server\share or //server/share). */
function fileFolder(e: Endpoint, folder: string): void {
  if (/:\/\//.test(folder)) {
    remoteUrl(e, folder);
    return;
  }
  e.path = withoutCredentials(folder);
  const unc = /^(?:\\\\|\/\/)([^\\/$]+)[\\/]/.exec(folder);
  if (unc) {
    e.host = unc[1]!;
    e.share = true;
  }
}

const urlSchemes: Record<string, string> = { FTP: 'ftp', SFTP: 'sftp', SMB: 'smb', WEBDAV: 'webdav' };

/** server[:port]/folder, or a full URL someone typed into the field. */
function remoteParts(e: Endpoint, scheme: string, raw: string): void {
  if (/:\/\//.test(raw)) {
    remoteUrl(e, raw);
    return;
  }
  // a Windows-style \\server\share\folder, or a leading // copied from a URL; a single leading
  // slash is a folder with no server in front of it
  const slashed = raw.trim().replace(/\\/g, '/');
  if (/^\/(?!\/)/.test(slashed)) {
    e.path = withoutCredentials(raw);
    return;
  }
  const text = slashed.replace(/^\/+/, '');
  const withoutUser = withoutCredentials(text.replace(/^[^/@]*@/, ''));
  const m = /^(\[[^\]]+\]|[^/:]+)(?::(\d+|\$\{[^}]+\}))?(\/.*)?$/.exec(withoutUser);
  if (!m) {
    e.path = withoutCredentials(raw);
    return;
  }
  e.host = m[1]!;
  if (m[2]) e.port = m[2];
  if (m[3]) e.path = withoutCredentials(m[3]);
  e.url = redactUrl(`${urlSchemes[scheme] ?? scheme.toLowerCase()}://${withoutUser}`);
}

/** A user:password@ typed into a folder (not a URL) is a credential: it never reaches a draft. */
function withoutCredentials(path: string): string {
  return path.replace(/(^|[\\/])[^\\/@\s:]+:[^\\/@\s]+@/g, '$1');
}

function remoteUrl(e: Endpoint, raw: string): void {
  const safe = redactUrl(raw);
  e.url = safe;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]+\]|[^/:]+)(?::(\d+|\$\{[^}]+\}))?(\/.*)?$/i.exec(safe);
  if (!m) return;
  e.host = m[1]!;
  if (m[2]) e.port = m[2];
  if (m[3]) e.path = m[3];
}
