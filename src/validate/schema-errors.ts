import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceMap } from '../core/source-map.js';
import { escapePointer } from '../core/source-map.js';
import { validateCodes as codes } from './codes.js';
import { suggest } from './suggest.js';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  const?: unknown;
}

/**
 * Turn ajv errors into diagnostics placed on the offending YAML key or value. Only the most
 * specific error per place is kept, so one typo gives one message.
 */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  map: SourceMap,
  data: unknown,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const d = toDiagnostic(e, map, data);
    if (!d) continue;
    const key = `${d.pointer}|${d.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function toDiagnostic(e: ErrorObject, map: SourceMap, data: unknown): Diagnostic | undefined {
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const here = e.instancePath;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const pointer = `${here}/${escapePointer(key)}`;
      const allowed = Object.keys(parent.properties ?? {});
      return withPointer(
        codes['schema-unknown-key'].at(map.key(pointer), key, suggest(key, allowed), allowed.join(', ')),
        pointer,
      );
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const description = parent.properties?.[key]?.description ?? '';
      return withPointer(codes['schema-missing-key'].at(map.key(here), key, shorten(description)), here);
    }
    case 'enum': {
      const allowed = (parent.enum ?? []).map(String);
      const value = valueAt(data, here);
      return withPointer(
        codes['schema-invalid-value'].at(
          map.value(here),
          show(value),
          allowed.join(', '),
          typeof value === 'string' ? suggest(value, allowed) : undefined,
        ),
        here,
      );
    }
    case 'const': {
      const value = valueAt(data, here);
      return withPointer(
        codes['schema-invalid-value'].at(map.value(here), show(value), show(parent.const), undefined),
        here,
      );
    }
    case 'type': {
      const expected = String((e.params as { type: string | string[] }).type);
      const value = valueAt(data, here);
      return withPointer(
        codes['schema-wrong-type'].at(
          map.value(here),
          article(expected),
          describe(value),
          expected === 'string' ? quoteHint(here, value, map.written(here)) : undefined,
        ),
        here,
      );
    }
    case 'pattern': {
      if (here === '/id') {
        return withPointer(codesIdInvalid(map, data), here);
      }
      return withPointer(
        codes['schema-constraint'].at(
          map.value(here),
          `${show(valueAt(data, here))} does not have the expected form`,
          shorten(parent.description ?? ''),
        ),
        here,
      );
    }
    case 'if':
    case 'anyOf':
    case 'oneOf':
      return undefined;
    default:
      return withPointer(
        codes['schema-constraint'].at(
          map.value(here),
          `${e.message ?? 'invalid value'}`,
          shorten(parent.description ?? ''),
        ),
        here,
      );
  }
}

/**
 * A number or true/false where text is expected: YAML read the unquoted value as something else
 * (`version: 1.0` is the number 1). Say so, with the value as it should be written.
 */
function quoteHint(pointer: string, value: unknown, written: string | undefined): string | undefined {
  if (typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const raw = (written ?? String(value)).trim();
  if (!/^[\w.+-]{1,40}$/.test(raw)) return undefined;
  if (pointer === '/version') {
    const parts = /^\d+(?:\.\d+){0,2}$/.test(raw) ? raw.split('.') : ['1', '0', '0'];
    while (parts.length < 3) parts.push('0');
    return `A spec version is quoted text in the form MAJOR.MINOR.PATCH, like "1.0.0": YAML reads ${raw} without quotes as the ${typeof value === 'number' ? `number ${String(value)}` : String(value)}. Write version: "${parts.join('.')}".`;
  }
  return `YAML reads ${raw} without quotes as ${typeof value === 'number' ? `the number ${String(value)}` : `the value ${String(value)}`}. Put it in quotes: "${raw}".`;
}

function codesIdInvalid(map: SourceMap, data: unknown): Diagnostic {
  return codes['spec-id-invalid'].at(map.value('/id'), String(valueAt(data, '/id')));
}

function withPointer(d: Diagnostic, pointer: string): Diagnostic {
  d.pointer = pointer;
  return d;
}

export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return JSON.stringify(value) ?? String(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} ${show(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping (key: value lines)',
    array: 'a list (- item lines or [a, b])',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function shorten(text: string): string {
  // First sentence, but never cut after "e.g." or "i.e.": the example is often the useful part.
  const first = text.split(/(?<=\.)(?<!\b(?:e\.g|i\.e|etc)\.)\s(?=[A-Z])/)[0] ?? text;
  return first.length > 160 ? `${first.slice(0, 157)}...` : first;
}
