import { descendants, elementPath, type XmlElement } from '../xml/tree.js';

export type SecretKind =
  | 'stored credential'
  | 'default FTP credential'
  | 'credential from the configuration map'
  | 'HTTP basic-auth credential'
  | 'credential in a URL'
  | 'credential in a connection string'
  | 'secret in an HTTP header'
  | 'secret in an HTTP parameter'
  | 'credential in a script'
  | 'credential in a description'
  | 'credential-named configuration map entry';

/** Where a credential was found. Never holds the value. */
export interface SecretLocation {
  kind: SecretKind;
  /** True when a real value is stored in the file (not a ${reference} or an unused default). */
  stored: boolean;
  path: string;
  line: number;
  element: XmlElement;
}

const secretName =
  /(password|passwd|passphrase|secret|apikey|api_key|privatekey)$|^(token|accesstoken|authtoken|bearertoken|apitoken|refreshtoken|sessiontoken)$/i;
const secretHeader =
  /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|ocp-apim-subscription-key)$|token|secret|api[-_]?key/i;
const scriptElements = new Set([
  'script',
  'preprocessingScript',
  'postprocessingScript',
  'deployScript',
  'undeployScript',
  'shutdownScript',
  'code',
]);
const placeholderOnly = /^\$\{[^}]+\}$/;
const userinfo = /[a-z][a-z0-9+.-]*:\/\/[^/\s@:]+:[^/\s@]+@/i;
const connectionParam =
  /(?:^|[;?&\s])(password|pwd|passwd|secret|token|access_token|api[-_]?key|sig)=(?!\$\{)[^;&\s]+/i;
const oracleThin = /jdbc:oracle:[a-z]+:[^@/\s]+\/[^@\s]+@/i;
const describedCredential = /\b(password|passwd|pwd|secret|token|api[-_ ]?key)\s*[:=]\s*\S+/i;
const bearer = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._-]{12,}/;
const scriptAssignment =
  /\b(password|passwd|pwd|secret|token|api[-_]?key|apikey)\w*\s*[:=]\s*(['"])(?!\s*\2)[^'"\n]{3,}\2/i;
const scriptDbConnection = /createDatabaseConnection\s*\(([^)]*)\)/;
const scriptHeader = /(['"])(authorization|x-api-key|api-key)\1\s*,\s*(['"])(?!\$)[^'"]{4,}\3/i;

/** Every place in a parsed export where a credential or secret is kept, by element. */
export function findSecrets(root: XmlElement): SecretLocation[] {
  const found: SecretLocation[] = [];
  const seen = new Set<XmlElement>();
  const add = (kind: SecretKind, el: XmlElement, stored = true) => {
    if (seen.has(el)) return;
    seen.add(el);
    found.push({ kind, stored, path: elementPath(el), line: el.line, element: el });
  };

  for (const el of descendants(root)) {
    const name = el.name === 'property' ? (el.attrs['name'] ?? '') : el.name;
    const value = el.text.trim();
    if (el.children.length > 0 && el.name !== 'property') {
      if (el.name === 'credentials') credentialsMap(el, add);
      if (el.name === 'headers' || el.name === 'parameters') httpMap(el, add);
      if (el.name === 'configurationMap') configurationMap(el, add);
      continue;
    }
    if (!value) continue;
    if (scriptElements.has(name)) {
      if (looksLikeScriptSecret(value)) add('credential in a script', el);
      continue;
    }
    if (secretName.test(name)) {
      if (placeholderOnly.test(value)) add('credential from the configuration map', el, false);
      else if (value === 'anonymous' && isAnonymousDefault(el)) add('default FTP credential', el, false);
      else add('stored credential', el);
      continue;
    }
    if (userinfo.test(value)) add('credential in a URL', el);
    else if (name === 'description' && describedCredential.test(value))
      add('credential in a description', el);
    else if (connectionParam.test(value) || oracleThin.test(value))
      add('credential in a connection string', el);
    else if (bearer.test(value)) add('secret in an HTTP header', el);
  }
  return found.sort((a, b) => a.line - b.line);
}

function looksLikeScriptSecret(script: string): boolean {
  if (userinfo.test(script) || oracleThin.test(script) || bearer.test(script)) return true;
  if (scriptAssignment.test(script) || scriptHeader.test(script)) return true;
  const db = scriptDbConnection.exec(script);
  if (db) {
    // driver, url, user, password: a literal fourth argument is a stored credential
    const args = db[1]!.split(',').map((a) => a.trim());
    if (args.length >= 4 && /^(['"]).+\1$/.test(args[3]!)) return true;
  }
  return false;
}

/** Mirth's file connectors default to user and password "anonymous" when no login is used. */
function isAnonymousDefault(el: XmlElement): boolean {
  const siblings = el.parent?.children ?? [];
  const anon = siblings.find((s) => s.name === 'anonymous' || s.attrs['name'] === 'FTPAnonymous');
  const user = siblings.find((s) => s.name === 'username' || s.attrs['name'] === 'username');
  return anon?.text.trim() === 'true' || anon?.text.trim() === '1' || user?.text.trim() === 'anonymous';
}

type Add = (kind: SecretKind, el: XmlElement, stored?: boolean) => void;

/** HTTP auth plugin: <credentials><entry><string>user</string><string>secret</string></entry>. */
function credentialsMap(el: XmlElement, add: Add): void {
  for (const entry of el.children) {
    const secret = entry.children[1];
    if (secret && secret.text.trim())
      add('HTTP basic-auth credential', secret, !placeholderOnly.test(secret.text.trim()));
  }
}

function httpMap(el: XmlElement, add: Add): void {
  for (const entry of el.children) {
    const key = entry.children[0]?.text.trim() ?? '';
    if (!secretHeader.test(key)) continue;
    const valueEl = entry.children[1];
    const values = valueEl ? (valueEl.children.length > 0 ? valueEl.children : [valueEl]) : [];
    for (const v of values) {
      const t = v.text.trim();
      if (!t) continue;
      add(
        el.name === 'headers' ? 'secret in an HTTP header' : 'secret in an HTTP parameter',
        v,
        !placeholderOnly.test(t),
      );
    }
  }
}

/** Values are never read; a key named like a credential is reported so its storage is reviewed. */
function configurationMap(el: XmlElement, add: Add): void {
  for (const entry of el.children) {
    const key = entry.children[0];
    if (key && secretName.test(key.text.trim().replace(/[\s.-]/g, '')))
      add('credential-named configuration map entry', key);
  }
}
