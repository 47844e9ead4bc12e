import { redactUrl } from '../secrets/redact.js';
import type { Endpoint } from './graph.js';

/** Set an endpoint's credential-free URL, and the host, port and TLS it names. */
export function applyUrl(e: Endpoint, raw: string): void {
  e.url = redactUrl(raw);
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/:?#]+)(?::(\d+))?/i.exec(e.url);
  if (!m) return;
  e.host = m[2]!;
  if (m[3]) e.port = m[3];
  const scheme = m[1]!.toLowerCase();
  if (scheme === 'https' || scheme === 'sftp' || scheme === 'ftps') e.tls = true;
  else if (scheme === 'http' || scheme === 'ftp') e.tls = false;
}
