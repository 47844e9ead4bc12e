/**
 * Render connection details without what must never leave the export: URL user information,
 * query strings (API keys travel there), and password-like parameters of connection strings.
 */

const secretParam =
  /^(password|passwd|pwd|pass|secret|token|access_token|api[-_]?key|apikey|sig|signature|key|auth|authorization|client_secret)$/i;

/** A URL or JDBC URL with credentials, query and fragment removed. */
export function redactUrl(raw: string): string {
  let s = raw.trim();
  // scheme://user:pass@host -> scheme://host
  s = s.replace(/^([a-z][a-z0-9+.:-]*:\/\/)[^/@\s]*@/i, '$1');
  // jdbc:oracle:thin:user/pass@host -> jdbc:oracle:thin:@host
  s = s.replace(/^(jdbc:oracle:[a-z]+:)[^@/\s]+\/[^@\s]*@/i, '$1@');
  // ;key=value segments (SQL Server, Sybase): keep harmless ones, drop secrets and user names
  s = s.replace(/;([^;=]+)=([^;]*)/g, (_m, k: string, v: string) =>
    secretParam.test(k.trim()) || /^(user|username|uid|user id)$/i.test(k.trim()) ? '' : `;${k}=${v}`,
  );
  const q = s.search(/[?#]/);
  if (q >= 0) s = s.slice(0, q);
  return s;
}

/** Free text with credentials withheld: kept here for callers of the older module. */
export { redactText } from './text.js';

export interface JdbcParts {
  vendor: string;
  host?: string;
  port?: string;
  database?: string;
  tls?: boolean;
}

const vendors: Record<string, string> = {
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgresql: 'PostgreSQL',
  sqlserver: 'SQL Server',
  jtds: 'SQL Server',
  oracle: 'Oracle',
  db2: 'DB2',
  sqlite: 'SQLite',
  h2: 'H2',
  derby: 'Derby',
  cache: 'InterSystems Caché',
  iris: 'InterSystems IRIS',
};

/** Vendor, host, port and database name from a JDBC URL (credentials never returned). */
export function parseJdbc(raw: string): JdbcParts | undefined {
  const s = raw.trim();
  const m = /^jdbc:([a-z0-9]+)(?::[a-z]+)?:/i.exec(s);
  if (!m) return undefined;
  const vendor = vendors[m[1]!.toLowerCase()] ?? m[1]!;
  const out: JdbcParts = { vendor };
  const lower = s.toLowerCase();
  if (/[?;&](usessl|ssl|requiressl|encrypt)=true|sslmode=(require|verify-ca|verify-full)/.test(lower))
    out.tls = true;
  if (/[?;&](usessl|ssl|encrypt)=false|sslmode=disable/.test(lower)) out.tls = false;
  const safe = redactUrl(s);
  const hostPart = /\/\/([^/:;?]+)(?::(\d+|\$\{[^}]+\}))?(?:\/([^;?]*))?/.exec(safe);
  if (hostPart) {
    out.host = hostPart[1];
    if (hostPart[2]) out.port = hostPart[2];
    if (hostPart[3]) out.database = hostPart[3];
  } else {
    const oracle = /@([^:/]+)(?::(\d+))?[:/]([^?;]+)/.exec(safe);
    if (oracle) {
      out.host = oracle[1];
      if (oracle[2]) out.port = oracle[2];
      out.database = oracle[3];
    }
  }
  const dbName = /;(?:databaseName|database)=([^;]+)/i.exec(safe);
  if (dbName) out.database = dbName[1];
  return out;
}
