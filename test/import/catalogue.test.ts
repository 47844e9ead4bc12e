import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../src/import/catalogue/import.js';
import { parseCsv } from '../../src/import/catalogue/csv.js';
import { fixtures, readTree, repoRoot, tempDir } from './helpers.js';

const wales = relative(repoRoot, join(fixtures, 'registers/nhs-wales-api-catalogue'));
const csv = relative(repoRoot, join(fixtures, 'registers/uk-gov-api-catalogue/catalogue.csv'));

describe('import catalogue', () => {
  it('drafts one spec per API of the NHS Wales catalogue, consumers and owner left blank', () => {
    const t = tempDir();
    try {
      const s = importCatalogue([wales], { outDir: t.dir, cwd: repoRoot });
      expect(s.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(s.found).toBe(21);
      expect(s.specs).toHaveLength(21);
      const text = readFileSync(join(t.dir, 'mpi-pix.yaml'), 'utf8');
      const pix = parse(text);
      expect(pix).toMatchObject({
        id: 'mpi-pix',
        title: 'PIX (MPI)',
        status: 'live',
        source: { system: 'MPI' },
        target: { system: 'Consumer of PIX' },
        engine: { kind: 'none' },
        protocol: { standard: 'soap', description: 'HL7 carried in SOAP (IHE profile)' },
        transport: { kind: 'https' },
      });
      expect(pix.owner).toBeUndefined();
      expect(text).toContain(
        '# owner: left blank: the register names the team "NWIS - Integration and Reference"',
      );
      // experimental APIs are being built; an API that is written to has the caller as source
      expect(parse(readFileSync(join(t.dir, 'mpi-fhir-patient.yaml'), 'utf8')).status).toBe('build');
      const audit = parse(readFileSync(join(t.dir, 'cas-audit-logging.yaml'), 'utf8'));
      expect(audit.source.system).toBe('Consumer of Audit Logging');
      expect(audit.target.system).toBe('CAS');
    } finally {
      t.done();
    }
  });

  it('drafts the UK Government API Catalogue rows of one provider', () => {
    const t = tempDir();
    try {
      const s = importCatalogue([csv], { outDir: t.dir, cwd: repoRoot, providers: ['nhs-digital'] });
      expect(s.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(s.found).toBe(93);
      expect(s.specs).toHaveLength(93);
      const tree = readTree(t.dir);
      const pds = [...tree.entries()].find(([, v]) =>
        /title: Personal Demographics Service - FHIR API\n/.test(v),
      );
      expect(pds).toBeDefined();
      const data = parse(pds![1]);
      expect(data.source).toEqual({
        system: 'Personal Demographics Service - FHIR API',
        orgName: 'NHS Digital',
      });
      expect(data.protocol.standard).toBe('fhir');
      expect(data.transport).toEqual({ kind: 'https', encryption: 'tls' });
    } finally {
      t.done();
    }
  });

  it('reads every row of the whole CSV, including rows without a URL', () => {
    const t = tempDir();
    try {
      const s = importCatalogue([csv], { outDir: t.dir, cwd: repoRoot, dryRun: true });
      expect(s.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(s.found).toBe(231);
      expect(s.specs).toHaveLength(231);
    } finally {
      t.done();
    }
  });

  it('reports a malformed CSV and an unknown format as errors', () => {
    const t = tempDir();
    try {
      const s = importCatalogue(
        [
          relative(repoRoot, join(fixtures, 'synthetic/malformed.csv')),
          relative(repoRoot, join(fixtures, 'hl7v2')),
        ],
        {
          outDir: t.dir,
          cwd: repoRoot,
        },
      );
      expect(s.diagnostics.map((d) => `${d.code}:${d.location?.line}`).sort()).toEqual([
        'import-catalogue-unknown-format:1',
        'import-csv-malformed:2',
      ]);
      expect(s.files.withErrors).toBe(2);
    } finally {
      t.done();
    }
  });

  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    const r = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n');
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
});
