import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Host, ReadResult } from '../core/host.js';
import { emitCodes } from './codes.js';

/**
 * The organisation's template overrides, read once through the repository host: only real files
 * inside the repository are read (a link out of it is refused), whatever folder they sit in, and
 * the cache key covers the bytes of every template a build can use.
 */

export const builtinTemplates = fileURLToPath(new URL('../../templates', import.meta.url));

export interface TemplateOverrides {
  /** Template name (e.g. "clinical/hazard-log") → its text and repository path. */
  readonly files: ReadonlyMap<string, { file: string; text: string }>;
  /** SHA-256 over every template a render may read, built-in and override. */
  readonly key: string;
}

const maxTemplateBytes = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

let names: string[] | undefined;

/** Names of the built-in templates (their paths below templates/, without .hbs). */
export function builtinTemplateNames(): readonly string[] {
  if (names) return names;
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(dir, e.name), path);
      else if (e.isFile() && e.name.endsWith('.hbs')) found.push(path.slice(0, -'.hbs'.length));
    }
  };
  walk(builtinTemplates, '');
  names = found.sort();
  return names;
}

export function builtinTemplateText(name: string): string | undefined {
  try {
    return readFileSync(join(builtinTemplates, `${name}.hbs`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Read the overrides under `folder` (repository-relative); problems are reported, and that template is not used. */
export function loadTemplateOverrides(
  host: Host,
  folder: string | undefined,
  report: (d: Diagnostic) => void,
): TemplateOverrides {
  const files = new Map<string, { file: string; text: string }>();
  const h = createHash('sha256');
  const prefix =
    folder === undefined
      ? undefined
      : folder
          .split('/')
          .filter((s) => s !== '' && s !== '.')
          .join('/');
  for (const name of builtinTemplateNames()) {
    h.update(`${name}\0${builtinTemplateText(name) ?? ''}\0`);
    if (prefix === undefined) continue;
    const file = prefix === '' ? `${name}.hbs` : `${prefix}/${name}.hbs`;
    const at = { file, line: 1, column: 1 };
    const kind = host.kind?.(file) ?? (host.exists(file) ? 'file' : 'missing');
    if (kind === 'missing') {
      h.update('-\0');
      continue;
    }
    const read =
      kind === 'file'
        ? (host.readChecked?.(file, maxTemplateBytes) ?? bytesOrMissing(host.readFile(file)))
        : undefined;
    const text = read && 'bytes' in read ? decode(read.bytes) : undefined;
    if (text === undefined) {
      const reason =
        kind === 'outside'
          ? 'it is a link that leads outside the repository'
          : kind !== 'file'
            ? 'it is not a regular file'
            : read && !('bytes' in read)
              ? read.problem === 'too-large'
                ? `it is larger than ${maxTemplateBytes} bytes`
                : read.detail
              : 'it is not valid UTF-8';
      report(emitCodes['template-unreadable'].at(at, name, reason));
      h.update('!\0');
      continue;
    }
    files.set(name, { file, text });
    h.update(`${text.length}\0${text}\0`);
  }
  return { files, key: h.digest('hex') };
}

function bytesOrMissing(bytes: Uint8Array | undefined): ReadResult {
  return bytes ? { bytes } : { problem: 'missing', detail: 'no such file' };
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
