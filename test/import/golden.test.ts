import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../src/import/catalogue/import.js';
import { importHl7 } from '../../src/import/hl7/import.js';
import { importAuto } from '../../src/import/auto.js';
import { importMirth } from '../../src/import/mirth/import.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { readTree, repoRoot } from './helpers.js';

/**
 * Golden draft specs, reviewed line by line. The imports run from the repository root into a
 * folder under tmp/ so the modeline and paths in comments are the same on every machine.
 * UPDATE=1 rewrites the goldens.
 */
const goldens = join(repoRoot, 'test/golden/import');
const work = join(repoRoot, 'tmp', `import-golden-${process.pid}`);
const m = 'test/fixtures/import/mirth';

const cases: Array<[string, (out: string) => ImportSummary]> = [
  [
    'mirth',
    (out) =>
      importMirth(
        [
          `${m}/cabolabs-3.4-ihe-ltw-lab-order-mllp-to-2-db-writers.xml`,
          `${m}/cabolabs-4.4-A02-mllp-listener-to-file-writer.xml`,
          `${m}/cabolabs-4.4-C01-channel-reader-to-smtp-sender.xml`,
          `${m}/cabolabs-4.4-C01-http-listener-cda-to-channel-writer.xml`,
          `${m}/marlycormar-secure-json-http-basic-auth-to-hl7.xml`,
          `${m}/ngc-examples-get-num-pages-embedded-pdf.xml`,
          `${m}/pheme-2.2.1-http-listener-to-file-writer.xml`,
          `${m}/tiro-4.4.2-file-reader-hl7v2-to-fhir-http-sender.xml`,
        ],
        { outDir: out, cwd: repoRoot },
      ),
  ],
  [
    'mirth-backup',
    (out) => importMirth([`${m}/mirthsync-server-backup-3.8.0.xml`], { outDir: out, cwd: repoRoot }),
  ],
  [
    'hl7',
    (out) =>
      importHl7(
        [
          'test/fixtures/import/hl7v2/nhse-itk-v2.4-adt-a01-admit-inpatient.hl7',
          'test/fixtures/import/hl7v2/nhse-itk-v2.4-adt-a28-create-patient.hl7',
          'test/fixtures/import/hl7v2/dhcw-training-adt-a40-merge.hl7',
          'test/fixtures/import/synthetic/hl7/synthetic-oru-ed-attachment.hl7',
        ],
        { outDir: out, cwd: repoRoot },
      ),
  ],
  ...engineCases(),
  [
    'catalogue',
    (out) =>
      importCatalogue(['test/fixtures/import/registers/nhs-wales-api-catalogue/mpi'], {
        outDir: out,
        cwd: repoRoot,
      }),
  ],
];

/** One golden folder per engine, each from exports chosen to show its formats and links. */
function engineCases(): Array<[string, (out: string) => ImportSummary]> {
  const oe = 'test/fixtures/import/other-engines';
  const run = (inputs: string[]) => (out: string) => importAuto(inputs, { outDir: out, cwd: repoRoot });
  return [
    [
      'rhapsody',
      run([
        `${oe}/rhapsody/orion-rlc-analyser-rhapsody41-engine-config.xml`,
        `${oe}/rhapsody/cdc-nbs-data-ingestion-elr-route-rhapsody72-2023.rlc`,
      ]),
    ],
    [
      'intersystems',
      run([
        `${oe}/intersystems-iris/hl7-xml-tcp-file-production.cls`,
        `${oe}/intersystems-iris/healthshare-cache2014-studio-export-gcqdemo-hl7processor.xml`,
      ]),
    ],
    ['cloverleaf', run(['test/fixtures/import/cloverleaf'])],
    ['iguana', run([`${oe}/iguana`])],
    ['openhim', run([`${oe}/openhim/jembi-platform-mpi-mediator-openhim-import-kafka-route.json`])],
  ];
}

describe('golden draft specs', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(cases)('%s', (name, run) => {
    const out = join(work, name);
    run(out);
    const actual = readTree(out);
    const dir = join(goldens, name);
    if (process.env['UPDATE']) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of actual) writeFileSync(join(dir, file), text);
    }
    expect(existsSync(dir)).toBe(true);
    expect([...actual.keys()]).toEqual(readdirSync(dir).sort());
    for (const [file, text] of actual) expect(text, file).toBe(readFileSync(join(dir, file), 'utf8'));
  });
});
