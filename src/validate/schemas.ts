import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Ajv from 'ajv/dist/2020.js';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';

export const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

export type SchemaName = 'integration' | 'config';

/** How every validator is compiled; part of the key of a precompiled one. */
export const ajvOptions = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

/** Where `npm run compile` writes the precompiled validators (scripts/validators.js). */
const precompiledDir = new URL('../../dist/validators/', import.meta.url);

const compiled = new Map<string, ValidateFunction>();
const require = createRequire(import.meta.url);
let ajv: Ajv2020 | undefined;

/** Identifies one schema text compiled with these options: a precompiled validator is used only when it matches. */
export function validatorKey(schemaText: string): string {
  return createHash('sha256')
    .update(JSON.stringify(ajvOptions))
    .update('\0')
    .update(schemaText)
    .digest('hex');
}

/**
 * Validator for schemas/<name>.schema.json, once per process. Compiling the schema takes longer
 * than checking a thousand specs, so the build precompiles it (ajv standalone code); that code is
 * used only when it was made from this very schema text, otherwise the schema is compiled here.
 */
export function validatorFor(name: SchemaName): ValidateFunction {
  const hit = compiled.get(name);
  if (hit) return hit;
  const text = readFileSync(`${schemaDir}${name}.schema.json`, 'utf8');
  const fn = precompiled(name, validatorKey(text)) ?? compile(text);
  compiled.set(name, fn);
  return fn;
}

function compile(text: string): ValidateFunction {
  // Loaded only here: with precompiled validators a run never needs the compiler.
  ajv ??= new (require('ajv/dist/2020.js') as typeof Ajv).Ajv2020({ ...ajvOptions });
  return ajv.compile(JSON.parse(text) as object);
}

function precompiled(name: SchemaName, key: string): ValidateFunction | undefined {
  try {
    const mod = require(fileURLToPath(new URL(`${name}.cjs`, precompiledDir))) as {
      key?: string;
      validate?: ValidateFunction;
    };
    return mod.key === key && typeof mod.validate === 'function' ? mod.validate : undefined;
  } catch {
    return undefined;
  }
}
