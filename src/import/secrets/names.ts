/**
 * Whether a setting's name says it holds a credential, whatever the engine and the naming style:
 * fhirDBPassword, db_pwd, apiKey, AUTH-TOKEN, ftp_password, passwordHash, customTokenID. The name
 * is split into words (camelCase, snake_case, kebab-case, dots), so "key" is matched as a word
 * (apiKey, secret_key) and never inside another word (keyboard, monkey).
 */
export type SecretNameKind = 'password' | 'hash' | 'token' | 'key' | 'credential';

const passwordWords = new Set(['password', 'passwd', 'passphrase', 'pwd', 'pass', 'passcode', 'pin']);
const tokenWords = new Set(['token', 'tokens', 'bearer', 'jwt', 'cookie']);
const credentialWords = new Set(['credential', 'credentials', 'creds', 'secret', 'secrets']);
const hashWords = new Set(['hash', 'salt']);
/** Joined forms seen in exports, e.g. apikey, fhirdbpassword, AUTHTOKEN. */
const joined =
  /(password|passwd|passphrase|secret|credential|apikey|api_key|privatekey|secretkey|accesskey|authkey|subscriptionkey|clientsecret|authtoken|accesstoken|refreshtoken|bearertoken|apitoken|sessiontoken)/;

/** Words after the secret word that make the setting about the credential, not the credential. */
const describing = new Set([
  'algorithm',
  'alg',
  'alias',
  'attempts',
  'class',
  'column',
  'count',
  'dir',
  'directory',
  'enabled',
  'encoding',
  'endpoint',
  'expiration',
  'expires',
  'expiry',
  'field',
  'file',
  'format',
  'header',
  'hint',
  'interval',
  'label',
  'len',
  'length',
  'lifetime',
  'location',
  'max',
  'min',
  'mode',
  'name',
  'param',
  'path',
  'policy',
  'prompt',
  'provider',
  'required',
  'size',
  'store',
  'strategy',
  'template',
  'timeout',
  'ttl',
  'type',
  'uri',
  'url',
  'validity',
]);
/** Words before "key" that make it a data key, not a secret one (primaryKey, sortKey). */
const dataKeys = new Set([
  'cache',
  'composite',
  'foreign',
  'group',
  'hash',
  'index',
  'lookup',
  'map',
  'message',
  'partition',
  'primary',
  'routing',
  'row',
  'search',
  'sort',
  'table',
  'unique',
]);

/** Words before "token" that make it a piece of text syntax (a CSV quote token), not a secret. */
const textTokens = new Set([
  'quote',
  'escape',
  'delimiter',
  'separator',
  'segment',
  'field',
  'record',
  'column',
  'line',
  'split',
  'end',
  'start',
  'batch',
  'message',
  'sentence',
  'word',
]);

/** Split a setting name into lowercase words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Edit distance with transpositions, small words only: catches misspellings such as PASSOWRD. */
function nearPassword(word: string): boolean {
  if (word.length < 7 || word.length > 9 || !word.startsWith('pa')) return false;
  const a = word;
  const b = 'password';
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]! <= 1;
}

/** The kind of credential a setting's name says it holds, or undefined when it names none. */
export function secretNameKind(name: string): SecretNameKind | undefined {
  const words = nameWords(name);
  if (words.length === 0 || words.length > 12) return undefined;
  // a phrase ("This is a key") is text, not a setting's name
  if (/\s/.test(name.trim()) && words.length > 3) return undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const after = words.slice(i + 1);
    if (after.some((x) => describing.has(x))) continue;
    if (passwordWords.has(w) || nearPassword(w)) {
      if (w === 'pin' && words.length === 1) return undefined;
      // "pass" is a password only at the end (db_pass); PassFilter, passThrough are not
      if ((w === 'pass' || w === 'pin') && i < words.length - 1) continue;
      return next && hashWords.has(next) ? 'hash' : 'password';
    }
    if (hashWords.has(w) && i > 0 && words.slice(0, i).some((x) => passwordWords.has(x) || x === 'auth'))
      return 'hash';
    if (w === 'salt' && words.length <= 2) return 'hash';
    if (tokenWords.has(w)) {
      if (i > 0 && textTokens.has(words[i - 1]!)) continue;
      return 'token';
    }
    if (credentialWords.has(w)) return 'credential';
    if (w === 'key' || w === 'keys') {
      const before = words[i - 1];
      if (before && dataKeys.has(before)) continue;
      if (next === 'id') continue;
      return 'key';
    }
    if (joined.test(w)) return /key/.test(w) ? 'key' : /token/.test(w) ? 'token' : 'password';
  }
  return undefined;
}

/**
 * A value that names a credential kept elsewhere rather than holding one: ${mapKey} (Mirth),
 * $(Variable) (Rhapsody), {{property}} (Camel), %ENV% and ${env:X}.
 */
export function isReference(value: string): boolean {
  const v = value.trim();
  return /^(\$\{[^}]+\}|\$\([^)]+\)|\{\{[^}]+\}\}|%[A-Za-z_][\w]*%)$/.test(v);
}

/** Values that hold nothing: blanks, Tcl's {}, null, booleans and zero-length lists. */
export function isEmptyValue(value: string): boolean {
  const v = value.trim();
  return (
    v === '' ||
    v === '{}' ||
    v === '[]' ||
    v === '""' ||
    v === "''" ||
    /^(null|none|undefined|true|false)$/i.test(v)
  );
}

/** A value shaped like ciphertext or a digest: long base64, long hex, or jasypt ENC(...). */
export function looksEncrypted(value: string): boolean {
  const v = value.trim();
  if (/^ENC\(.+\)$/.test(v)) return true;
  if (/^[0-9a-f]{32,}$/i.test(v)) return true;
  return /^[A-Za-z0-9+/]{20,}={0,2}$/.test(v) && /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v);
}

const authSchemes =
  /^(basic|bearer|digest|ntlm|negotiate|kerberos|oauth ?2?(\.0)?|oidc|saml|mtls|api[- ]?key|none|anonymous|basic auth(entication)?|bearer token)$/i;

/**
 * Whether a value under a credential-named setting can be a credential at all: a small number
 * (a timeout under noConnectionTimeKey) or an enumeration constant (BINARY_SECURITY_TOKEN under
 * initiatorToken) names a choice, not a secret. Passwords are taken as they are.
 */
export function canBeSecret(kind: SecretNameKind, value: string): boolean {
  const v = value.trim();
  // the name of an authentication scheme (AuthType: Basic, credentials: Bearer) holds no secret
  if (kind !== 'hash' && authSchemes.test(v)) return false;
  if (kind === 'password' || kind === 'hash') return true;
  if (/^-?\d{1,6}$/.test(v)) return false;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) return false;
  // a file name or path (an S3 object key, a key store file) names where a thing is kept
  if (/^[\w./\\-]+\.[A-Za-z]{2,4}$/.test(v) && !/^[A-Za-z0-9+/]{20,}/.test(v)) return false;
  return true;
}
