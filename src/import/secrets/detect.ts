import { descendants, elementPath, type XmlElement } from '../xml/tree.js';
import { isEmptyValue, looksEncrypted, secretNameKind } from './names.js';
import { findTextSecrets, textModeOf } from './text.js';

export type SecretKind =
  | 'stored credential'
  | 'encrypted credential'
  | 'password hash or salt'
  | 'credential reference'
  | 'default FTP credential'
  | 'credential from the configuration map'
  | 'HTTP basic-auth credential'
  | 'credential in a URL'
  | 'credential in a connection string'
  | 'secret in an HTTP header'
  | 'secret in an HTTP parameter'
  | 'credential in a script'
  | 'credential in a description'
  | 'credential in text'
  | 'bearer token'
  | 'private key'
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
/** Free text that is copied into drafts (descriptions, names) or shown to people. */
const proseElements = new Set(['description', 'name', 'notes', 'comment']);
const placeholderOnly = /^\$\{[^}]+\}$/;
const scriptDbConnection = /createDatabaseConnection\s*\(([^)]*)\)/;

/** Every place in a parsed export where a credential or secret is kept, by element. */
export function findSecrets(root: XmlElement): SecretLocation[] {
  const found: SecretLocation[] = [];
  const seen = new Set<XmlElement>();
  const add = (kind: SecretKind, el: XmlElement, stored = true, line = el.line) => {
    found.push({ kind, stored, path: elementPath(el), line, element: el });
  };
  const once = (kind: SecretKind, el: XmlElement, stored = true) => {
    if (seen.has(el)) return;
    seen.add(el);
    add(kind, el, stored);
  };
  const inText = (el: XmlElement, value: string, mode: 'prose' | 'code', kind?: SecretKind) => {
    if (seen.has(el)) return;
    const hits = findTextSecrets(value, mode);
    if (hits.length > 0) seen.add(el);
    for (const h of hits) {
      const k: SecretKind =
        kind && h.kind === 'credential in text'
          ? kind
          : h.kind === 'credential in text'
            ? 'credential in text'
            : h.kind;
      add(k, el, true, el.line + value.slice(0, h.start).split('\n').length - 1);
    }
  };

  for (const el of descendants(root)) {
    const name = el.name === 'property' ? (el.attrs['name'] ?? '') : el.name;
    const value = el.text.trim();
    if (el.children.length > 0 && el.name !== 'property') {
      if (el.name === 'credentials') credentialsMap(el, once);
      if (el.name === 'headers' || el.name === 'parameters') httpMap(el, once);
      if (el.name === 'configurationMap') configurationMap(el, once);
      continue;
    }
    if (!value) continue;
    if (scriptElements.has(name)) {
      inText(el, value, 'code', 'credential in a script');
      if (!seen.has(el) && scriptDbPassword(value)) once('credential in a script', el);
      continue;
    }
    if (secretNameKind(name)) {
      if (isEmptyValue(value)) continue;
      if (placeholderOnly.test(value)) once('credential from the configuration map', el, false);
      else if (value === 'anonymous' && isAnonymousDefault(el)) once('default FTP credential', el, false);
      else if (secretNameKind(name) === 'hash') once('password hash or salt', el);
      else once(looksEncrypted(value) ? 'encrypted credential' : 'stored credential', el);
      continue;
    }
    if (proseElements.has(name))
      inText(el, value, 'prose', name === 'description' ? 'credential in a description' : undefined);
    else inText(el, value, textModeOf(name));
  }
  return found.sort((a, b) => a.line - b.line);
}

function scriptDbPassword(script: string): boolean {
  const db = scriptDbConnection.exec(script);
  if (!db) return false;
  // driver, url, user, password: a literal fourth argument is a stored credential
  const args = db[1]!.split(',').map((a) => a.trim());
  return args.length >= 4 && /^(['"]).+\1$/.test(args[3]!);
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
    if (key && secretNameKind(key.text.trim())) add('credential-named configuration map entry', key);
  }
}
