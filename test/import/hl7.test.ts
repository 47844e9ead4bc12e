import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHl7 } from '../../src/import/hl7/import.js';
import { renderSummaryText } from '../../src/import/render-summary.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

const corpus = join(fixtures, 'hl7v2');
const rel = (p: string) => relative(repoRoot, p);

/**
 * Patient data in the samples, read with a plain split so the test does not trust the importer:
 * identifier values (PID-2/3/4.1, MRG-1.1), name parts (PID-5.1-3, PID-6.1-2), dates of birth
 * (PID-7) and whole PID-3/PID-5 fields.
 */
function patientValues(text: string): string[] {
  const values = new Set<string>();
  for (const seg of text.split(/\r\n|\r|\n| (?=[A-Z][A-Z0-9]{2}\|)/)) {
    const f = seg.split('|');
    if (f[0] === 'PID') {
      for (const n of [2, 3, 4])
        for (const rep of (f[n] ?? '').split('~')) values.add(rep.split('^')[0] ?? '');
      for (const n of [5, 6]) for (const part of (f[n] ?? '').split('^').slice(0, 3)) values.add(part);
      values.add(f[3] ?? '');
      values.add(f[5] ?? '');
      values.add(f[7] ?? '');
    }
    if (f[0] === 'MRG') values.add((f[1] ?? '').split('^')[0] ?? '');
  }
  // one- and two-letter parts (initials) cannot be searched for meaningfully
  return [...values].map((v) => v.trim()).filter((v) => v.length >= 3);
}

describe('import hl7: every corpus sample', () => {
  const t = tempDir();
  let summary: ImportSummary;
  let written: Map<string, string>;
  beforeAll(() => {
    summary = importHl7([rel(corpus), rel(join(fixtures, 'synthetic/hl7/synthetic-oru-ed-attachment.hl7'))], {
      outDir: join(t.dir, 'specs'),
      cwd: repoRoot,
    });
    written = readTree(join(t.dir, 'specs'));
  });
  afterAll(t.done);
  const spec = (id: string) => parse(written.get(`${id}.yaml`)!) as Spec;

  it('reads all 26 samples (and the synthetic one) without an error', () => {
    expect(summary.files).toEqual({ read: 27, withErrors: 0 });
    expect(summary.found).toBe(27);
    expect(summary.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(written.size).toBe(summary.specs.length);
  });

  it('never writes a patient identifier, name or date of birth from any sample', () => {
    const files = readdirSync(corpus).map((f) => join(corpus, f));
    files.push(join(fixtures, 'synthetic/hl7/synthetic-oru-ed-attachment.hl7'));
    const output = [...written.values()].join('\n') + renderSummaryText(summary) + JSON.stringify(summary);
    let checked = 0;
    for (const file of files) {
      for (const v of patientValues(readFileSync(file, 'latin1'))) {
        checked += 1;
        expect(output, `${file}: ${v}`).not.toContain(v);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('proposes protocol and data items from an ITK ADT feed', () => {
    const s = spec('hl7-pas-to-route');
    expect(s.source.system).toBe('PAS');
    expect(s.target.system).toBe('ROUTE');
    expect(s.protocol).toEqual({
      standard: 'hl7v2',
      version: '2.4',
      messages: ['ADT^A01', 'ADT^A05', 'ADT^A28', 'ADT^A31'],
      timezone: 'local-no-offset',
    });
    const items = s.data.items as Array<Record<string, unknown>>;
    expect(items).toEqual(
      expect.arrayContaining([
        { name: 'NHS number', class: 'identifier', field: 'PID-3' },
        { name: 'Name', class: 'personal', field: 'PID-5' },
        { name: 'Ethnic group', class: 'special', field: 'PID-22' },
        { name: 'Assigned location (ward, bed)', class: 'health', field: 'PV1-3' },
        { name: 'ZU1 local segment', class: 'health', field: 'ZU1' },
      ]),
    );
    expect(s.data.subjects).toEqual(['patients', 'staff']);
  });

  it('records each NHS number encoding as a variant, never the number', () => {
    const text = [...written.values()].join('\n');
    expect(text).toContain('NHS number encoded as ^^^NHS.');
    expect(text).toContain('NHS number encoded as ^^^NHS^NH.');
    expect(text).toContain('NHS number encoded as ^^^NHS^HN.');
    expect(text).toContain('NHS number encoded as ^^^^NH.');
    expect(text).toContain(
      'NHS number encoded as ^^^NHS^NH, ^^^^NI: several forms, so the receiver must accept all of them.',
    );
    expect(text).toContain('Local identifiers encoded as ^^^ (no authority or type).');
  });

  it('flags merges, attachments, free text and several identifiers', () => {
    const merge = spec('hl7-245-to-receiver');
    expect(merge.data.items).toEqual(
      expect.arrayContaining([
        { name: 'Prior patient identifier (merge)', class: 'identifier', field: 'MRG-1' },
      ]),
    );
    expect(written.get('hl7-245-to-receiver.yaml')).toContain('MRG segments (merges) are present');

    const ed = spec('hl7-winpath-to-epr');
    expect(ed.data.attachments).toEqual([{ kind: 'pdf', encoding: 'base64' }]);
    expect(ed.data.items).toEqual(
      expect.arrayContaining([
        { name: 'Observation value', class: 'health', field: 'OBX-5', freeText: true },
      ]),
    );
    expect(ed.data.items).toEqual(
      expect.arrayContaining([
        { name: 'Notes and comments', class: 'health', field: 'NTE-3', freeText: true },
      ]),
    );
    expect(ed.protocol.timezone).toBe('local-with-offset');

    const several = spec('hl7-100-to-200');
    expect(several.data.items).toEqual(
      expect.arrayContaining([
        { name: 'NHS number', class: 'identifier', field: 'PID-3' },
        { name: 'Local patient identifier', class: 'identifier', field: 'PID-2, PID-3' },
      ]),
    );
  });

  it('reports the quirks of the samples as diagnostics with file and line', () => {
    const seen = summary.diagnostics.map(
      (d) => `${d.code} ${d.location!.file.split('/').pop()}:${d.location!.line}`,
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        'import-hl7-bad-timestamp dhcw-phw-adt-a28-nhs-number.hl7:1',
        'import-hl7-bad-timestamp dhcw-phw-to-mpi-adt-a31.hl7:1',
        'import-hl7-segment-boundary dhcw-wales-v2.5.1-oru-r01-microbiology-text-report.hl7:5',
        'import-hl7-space-separated marlycormar-message.hl7:1',
        'import-hl7-truncation-character nist-lri-v2.5.1-oru-r01-lipid-panel.hl7:1',
      ]),
    );
    expect(seen.filter((s) => s.startsWith('import-hl7-segment-boundary'))).toHaveLength(1);
  });

  it('splits a space-separated message into its segments', () => {
    const s = spec('hl7-epicadt-to-labadt');
    expect(s.protocol.messages).toEqual(['ADT^A01']);
    expect(s.data.items).toEqual(
      expect.arrayContaining([{ name: 'Name', class: 'personal', field: 'PID-5' }]),
    );
  });

  it('puts every message into one spec with --id', () => {
    const one = tempDir();
    try {
      const s = importHl7([rel(corpus)], { outDir: one.dir, cwd: repoRoot, id: 'all-samples' });
      expect(s.specs.map((x) => x.id)).toEqual(['all-samples']);
      const data = parse(readFileSync(join(one.dir, 'all-samples.yaml'), 'utf8'));
      expect(data.protocol.messages).toContain('ORU^R01');
      expect(data.protocol.messages).toContain('ADT^A40');
    } finally {
      one.done();
    }
  });

  it('reports a file without MSH as an error and goes on', () => {
    const one = tempDir();
    try {
      const s = importHl7([rel(join(fixtures, 'synthetic/hl7'))], { outDir: one.dir, cwd: repoRoot });
      expect(s.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
        'import-hl7-not-a-message',
      ]);
      expect(s.files.withErrors).toBe(1);
      expect(s.specs).toHaveLength(1);
    } finally {
      one.done();
    }
  });
});
