import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';

export const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Compiled validator for schemas/<name>.schema.json; compiled once per process. */
export function validatorFor(name: 'integration' | 'config'): ValidateFunction {
  const hit = compiled.get(name);
  if (hit) return hit;
  ajv ??= new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  const schema = JSON.parse(readFileSync(`${schemaDir}${name}.schema.json`, 'utf8')) as object;
  const fn = ajv.compile(schema);
  compiled.set(name, fn);
  return fn;
}
