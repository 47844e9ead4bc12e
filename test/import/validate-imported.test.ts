import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../src/pipeline/compile.js';
import { generate } from '../../src/pipeline/generate.js';
import { FsHost } from '../../src/core/host.js';
import { estateMarkdown } from '../../src/emit/estate/estate-markdown.js';
import { isKept, type OutputFile } from '../../src/emit/types.js';
import { importCatalogue } from '../../src/import/catalogue/import.js';
import { importHl7 } from '../../src/import/hl7/import.js';
import { importMirth } from '../../src/import/mirth/import.js';
import { fixtures, tempDir } from './helpers.js';

const config = `govspec: 1
organisation:
  name: Imported Estate Test Trust
  ods: ZZT
  role: deploying-organisation
specs:
  - specs/**/*.yaml
output: generated
`;

/** The acceptance of the importers: what they write passes validate with warnings only. */
describe('imported specs in a govspec repository', () => {
  const t = tempDir('govspec-imported-');
  let result: CompileResult;
  beforeAll(() => {
    writeFileSync(join(t.dir, 'govspec.config.yaml'), config);
    mkdirSync(join(t.dir, 'specs'), { recursive: true });
    const rel = (p: string) => relative(t.dir, join(fixtures, p));
    const out = (p: string) => ({ outDir: `specs/imported/${p}`, cwd: t.dir });
    importMirth([rel('mirth'), rel('synthetic/mirth'), rel('synthetic/reimport-v1')], out('mirth'));
    importHl7([rel('hl7v2'), rel('synthetic/hl7')], out('hl7'));
    importCatalogue(
      [rel('registers/nhs-wales-api-catalogue'), rel('registers/uk-gov-api-catalogue/catalogue.csv')],
      out('catalogue'),
    );
    result = compile({ host: new FsHost(t.dir), asOf: '2026-11-25' });
  });
  afterAll(t.done);

  it('validates with no errors: every blank is a warning', () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.specFiles.length).toBeGreaterThan(280);
  });

  it('reports the governance blanks of live drafts as readiness warnings', () => {
    const warned = (code: string, file: string) =>
      result.diagnostics.some(
        (d) => d.code === code && d.severity === 'warning' && d.location?.file === file,
      );
    for (const code of [
      'readiness-no-owner',
      'readiness-no-sla',
      'readiness-no-runbook',
      'readiness-no-monitoring',
    ]) {
      expect(warned(code, 'specs/imported/mirth/a02-logger.yaml'), code).toBe(true);
      expect(warned(code, 'specs/imported/hl7/hl7-pas-to-route.yaml'), code).toBe(true);
      expect(warned(code, 'specs/imported/catalogue/mpi-pix.yaml'), code).toBe(true);
    }
  });

  it('shows the blanks in the built estate map', async () => {
    const built = await generate({
      host: new FsHost(t.dir),
      fallbackAsOf: '2026-11-25',
      emitters: [estateMarkdown],
    });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const estate = built.files?.find((f): f is OutputFile => f.path.endsWith('.md') && !isKept(f));
    expect(estate).toBeDefined();
    const text =
      typeof estate!.content === 'string' ? estate!.content : new TextDecoder().decode(estate!.content);
    const row = text.split('\n').find((l) => l.startsWith('| a02-logger |'));
    expect(row).toBeDefined();
    // owner, SLA, runbook, monitoring, latency and review are all blank: six blanks on the row
    expect(row).toMatch(/\| 6 \|$/);
  });
});
