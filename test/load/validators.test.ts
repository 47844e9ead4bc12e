import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ajvOptions, schemaDir, validatorKey } from '../../src/validate/schemas.js';

const repo = join(import.meta.dirname, '..', '..');

/** The same standalone code scripts/validators.js writes at compile time. */
function precompiled(name: string): ValidateFunction {
  const text = readFileSync(`${schemaDir}${name}.schema.json`, 'utf8');
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true } });
  const code = standalone.default(ajv, ajv.compile(JSON.parse(text) as object));
  // Loaded as the CommonJS module it is, resolving ajv's runtime helpers from here.
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(import.meta.url));
  return module.exports as ValidateFunction;
}

function compiled(name: string): ValidateFunction {
  const text = readFileSync(`${schemaDir}${name}.schema.json`, 'utf8');
  return new Ajv2020({ ...ajvOptions }).compile(JSON.parse(text) as object);
}

const example = jsYaml.load(
  readFileSync(join(repo, 'specs/clinical/ambulance-prealert.yaml'), 'utf8'),
) as Record<string, unknown>;

const broken: Array<[string, unknown]> = [
  ['valid', example],
  ['unknown key', { ...example, colour: 'red' }],
  ['missing key', { ...example, id: undefined }],
  ['wrong type', { ...example, version: 3 }],
  ['value outside the list', { ...example, status: 'alive' }],
  ['nested problems', { ...example, transport: { kind: 'pigeon', network: 7 }, data: { items: [{}] } }],
];

describe('precompiled validators', () => {
  it('report exactly the errors the compiled schema reports', () => {
    const fast = precompiled('integration');
    const slow = compiled('integration');
    for (const [what, data] of broken) {
      const plain = JSON.parse(JSON.stringify(data)) as unknown;
      expect(fast(plain), what).toBe(slow(plain));
      expect(fast.errors ?? null, what).toEqual(slow.errors ?? null);
    }
    expect(slow(JSON.parse(JSON.stringify(broken[1]![1])))).toBe(false);
  });

  it('are keyed by the schema text and the compiler options', () => {
    const text = readFileSync(`${schemaDir}config.schema.json`, 'utf8');
    expect(validatorKey(text)).toBe(validatorKey(text));
    expect(validatorKey(`${text} `)).not.toBe(validatorKey(text));
  });
});
