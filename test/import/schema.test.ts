import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../src/import/catalogue/import.js';
import { importHl7 } from '../../src/import/hl7/import.js';
import { importMirth } from '../../src/import/mirth/import.js';
import { fixtures, readTree, repoRoot, tempDir } from './helpers.js';

const rel = (p: string) => relative(repoRoot, join(fixtures, p));

describe('every draft matches the spec language', () => {
  const t = tempDir();
  let specs: Map<string, string>;
  beforeAll(() => {
    importMirth([rel('mirth'), rel('synthetic/mirth')], { outDir: join(t.dir, 'mirth'), cwd: repoRoot });
    importHl7([rel('hl7v2'), rel('synthetic/hl7')], { outDir: join(t.dir, 'hl7'), cwd: repoRoot });
    importCatalogue(
      [rel('registers/nhs-wales-api-catalogue'), rel('registers/uk-gov-api-catalogue/catalogue.csv')],
      {
        outDir: join(t.dir, 'catalogue'),
        cwd: repoRoot,
      },
    );
    specs = readTree(t.dir);
  });
  afterAll(t.done);

  it('validates every imported spec against schemas/integration.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/integration.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(specs.size).toBeGreaterThan(250);
    const failures: string[] = [];
    for (const [file, text] of specs) {
      if (!validate(parse(text))) failures.push(`${file}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it('writes required fields only with values and leaves the governance fields out', () => {
    for (const text of specs.values()) {
      const data = parse(text);
      for (const key of ['owner', 'sla', 'runbook', 'monitoring', 'consumers', 'lawfulBasis', 'latency']) {
        expect(data[key]).toBeUndefined();
      }
      expect(text).toMatch(/^# owner: left blank: /m);
    }
  });
});
