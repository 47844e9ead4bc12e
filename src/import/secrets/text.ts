import { canBeSecret, isEmptyValue, isReference, nameWords, secretNameKind } from './names.js';

/**
 * Credentials written into text that govspec may copy (descriptions, comments, names) or that
 * sits in scripts and embedded configurations. One scanner serves both: what is withheld from a
 * copy is exactly what the summary counts.
 */
export type TextSecretKind =
  | 'credential in text'
  | 'credential in a URL'
  | 'credential in a connection string'
  | 'bearer token'
  | 'private key';

export interface TextSecret {
  kind: TextSecretKind;
  /** Span of the secret value (never reported, only replaced). */
  start: number;
  end: number;
}

/**
 * prose: descriptions and comments, where "password: hunter2" is a credential.
 * code: scripts and templates, where only literal values count (token = 'abc', not token = get()).
 */
export type TextMode = 'prose' | 'code';

const privateKey =
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g;
const bearer = /\b(?:Bearer|Basic)\s+([A-Za-z0-9\-._~+/]{12,}=*)/g;
const jwt = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
const userinfo = /\b[a-z][a-z0-9+.-]*:\/\/([^/\s@:'"<>]+:[^/\s@'"<>]+@)/gi;
const connParam = /(?:^|[;?&\s])(?:password|pwd|passwd|secret|access_token|api[-_]?key|sig)=([^;&\s'"<>]+)/gi;
const oracleThin = /jdbc:oracle:[a-z]+:[^@/\s]+\/([^@\s]+)@/gi;
/** key = value, key: value, "key": "value", key="value" (also XML attributes). */
const pair =
  /(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,60})\1[ \t]*(?:=>|[:=])[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s,;&<>"'(){}[\]]+))/g;
/** <password ...>value</password> inside text (escaped configurations). */
const element = /<([A-Za-z_][\w:.-]{0,60})(?:\s[^>]*)?>([^<]+)<\/\1>/g;
/** put('password', 'x'), $c('apiKey', "x"), setHeader("X-API-Key", "x"). */
const call = /\(\s*(['"])([A-Za-z_][\w.-]{0,60})\1\s*,\s*(['"])([^'"\n]{1,500})\3/g;

const urlSpan = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

/** Words that follow "Bearer" in prose about the scheme, not a token. */
const schemeProse =
  /^(auth\w*|tokens?|scheme\w*|headers?|credentials?|authori[sz]ation|access|realm|type|mode|method|security|login|sign\w*|based|flow|grant|only|required|optional)$/i;

/**
 * A token after Basic or Bearer, not a word of prose ("Basic authentication", "Bearer tokens"):
 * Basic carries base64 of user:password; a bearer token is any opaque value but a prose word.
 */
function tokenShaped(scheme: 'basic' | 'bearer', v: string): boolean {
  if (scheme === 'bearer') return !schemeProse.test(v);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  const decoded = Buffer.from(v, 'base64').toString('latin1');
  return decoded.includes(':') && /^[\x20-\x7e]+$/.test(decoded);
}

export function findTextSecrets(text: string, mode: TextMode = 'prose'): TextSecret[] {
  const found: TextSecret[] = [];
  const add = (kind: TextSecretKind, start: number, end: number) => {
    if (end <= start) return;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ kind, start, end });
  };
  for (const m of text.matchAll(privateKey)) add('private key', m.index, m.index + m[0].length);
  for (const m of text.matchAll(jwt)) add('bearer token', m.index, m.index + m[0].length);
  for (const m of text.matchAll(bearer)) {
    const v = m[1]!;
    if (!tokenShaped(m[0].startsWith('Basic') ? 'basic' : 'bearer', v)) continue;
    add('bearer token', m.index + m[0].length - v.length, m.index + m[0].length);
  }
  for (const re of [userinfo, oracleThin]) {
    for (const m of text.matchAll(re)) {
      const v = m[1]!;
      const at = m.index + m[0].lastIndexOf(v);
      add(re === userinfo ? 'credential in a URL' : 'credential in a connection string', at, at + v.length);
    }
  }
  for (const m of text.matchAll(connParam)) {
    const v = m[1]!;
    if (isReference(v)) continue;
    const at = m.index + m[0].length - v.length;
    add('credential in a connection string', at, at + v.length);
  }
  const urls = [...text.matchAll(urlSpan)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of pairs(text)) {
    // a "key:value" inside a URL's path (http://host/token:refresh) is part of the address; its
    // credentials are user information and query parameters, found above
    if (urls.some(([a, b]) => m.index > a && m.index < b)) continue;
    if (m.index > 0 && /[\w.-]/.test(text[m.index - 1]!)) continue;
    const quoted = m[3] ?? m[4];
    const v = quoted ?? m[5]!;
    if (mode === 'code' && quoted === undefined) continue;
    const kind = secretNameKind(m[2]!);
    if (!kind || !canBeSecret(kind, v) || isEmptyValue(v) || isReference(v) || v.length < 2) continue;
    const at = m.index + m[0].length - v.length - (quoted !== undefined ? 1 : 0);
    add('credential in text', at, at + v.length);
  }
  for (const re of [element, call]) {
    for (const m of text.matchAll(re)) {
      const name = re === element ? m[1]! : m[2]!;
      const v = re === element ? m[2]! : m[4]!;
      const kind = /^keys?$/i.test(name) ? undefined : secretNameKind(name);
      if (!kind || !canBeSecret(kind, v) || isEmptyValue(v) || isReference(v)) continue;
      const at = m.index + m[0].lastIndexOf(v);
      add('credential in text', at, at + v.length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every key and value pair in the text. An unquoted value can itself be the key of the next pair
 * ("applies: ApiKey = x7Hq"), so the search goes on from the value's start, not from its end.
 */
function* pairs(text: string): Generator<RegExpExecArray> {
  const re = new RegExp(pair.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[5] !== undefined) re.lastIndex = m.index + m[0].length - m[5].length;
  }
}

/** Text with every credential replaced by [withheld]. */
export function redactText(raw: string, mode: TextMode = 'prose'): string {
  let out = '';
  let last = 0;
  for (const s of findTextSecrets(raw, mode)) {
    // a URL keeps its host: the user and password are dropped, as a browser would show it
    out += `${raw.slice(last, s.start)}${s.kind === 'credential in a URL' ? '' : '[withheld]'}`;
    last = s.end;
  }
  return out + raw.slice(last);
}

/** Settings whose text is code: scripts, templates, queries and transformation sources. */
export function textModeOf(name: string): TextMode {
  const code =
    /^(script|scripts|code|javascript|js|lua|template|query|sql|select|xslt|transform|transformer|mapping|comparator|request)$/;
  return nameWords(name).some((w) => code.test(w)) ? 'code' : 'prose';
}
