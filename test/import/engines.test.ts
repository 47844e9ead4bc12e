import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importAuto } from '../../src/import/auto.js';
import { renderSummaryText } from '../../src/import/render-summary.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

const rel = (p: string) => relative(repoRoot, join(fixtures, p));

/** Every stored credential value in a file, found with plain text searches (not the importer). */
function secretValues(text: string): string[] {
  const values = new Set<string>();
  const add = (v: string | undefined) => {
    const t = v?.trim();
    // short values ("hapi", "test") also name hosts and roles in these files: too short to search for
    if (t && t.length >= 6 && !/^\$\(|^\{\}$|^(true|false|null)$/i.test(t)) values.add(t);
  };
  const key = /(password|passwd|pwd|secret|token|apikey|api_key|salt|hash)/i;
  for (const m of text.matchAll(/<Name>([^<]*)<\/Name>\s*<Value>([^<]*)<\/Value>/g))
    if (key.test(m[1]!)) add(m[2]);
  for (const m of text.matchAll(/<property name="([^"]*)">([^<]*)<\/property>/g))
    if (key.test(m[1]!)) add(m[2]);
  for (const m of text.matchAll(/<password[^>]*>([^<]*)<\/password>/g)) add(m[1]);
  for (const m of text.matchAll(
    /"(\w*(?:password|Password|Token|token|apiKey|Salt|Hash)\w*)"\s*:\s*"([^"]*)"/g,
  ))
    add(m[2]);
  for (const m of text.matchAll(/(\w*(?:password|pwd|PASSWORD)\w*)="([^"]*)"/g)) add(m[2]);
  for (const m of text.matchAll(/\{ (?:PASSWORD|FTPPASSWD|API_KEY) ([^{} ]+) \}/g)) add(m[1]);
  return [...values];
}

describe('import: every other-engine corpus file', () => {
  const t = tempDir();
  let summary: ImportSummary;
  let written: Map<string, string>;
  beforeAll(() => {
    summary = importAuto([rel('other-engines')], { outDir: join(t.dir, 'specs'), cwd: repoRoot });
    written = readTree(join(t.dir, 'specs'));
  });
  afterAll(t.done);

  it('reads every file without an error: engines drafted, the rest skipped with a reason', () => {
    expect(summary.files.read).toBe(51);
    expect(summary.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const formats = new Set(summary.formats!.map((f) => f.format));
    for (const f of [
      'Rhapsody .rlc archive',
      'Rhapsody engine configuration XML',
      'Rhapsody REST API configuration (version 6)',
      'InterSystems production class',
      'InterSystems export XML',
      'InterSystems routing rule class',
      'Iguana channel configuration',
      'OpenHIM configuration export',
      'Cloverleaf thread configuration (keyed lists without thread names)',
      'Cloverleaf port listing (inventory)',
      'Apache Camel endpoint properties (inventory only)',
    ])
      expect(formats, f).toContain(f);
    // the NHS Wales hub's .env files and emulator JSON are no engine govspec reads: listed, not drafted
    expect(summary.skipped!.map((s) => s.file.split('/').pop())).toContain('mpi-hl7-sender.env');
    expect(summary.skipped!.every((s) => s.reason.length > 10)).toBe(true);
    expect(summary.specs.length).toBe(244);
    expect(written.size).toBe(summary.specs.length);
    expect(summary.inventory!.length).toBeGreaterThan(311);
  });

  it('drafts every flow as a draft spec with the engine it runs on', () => {
    const kinds = new Set<string>();
    for (const [file, text] of written) {
      const data = parse(text) as Spec;
      expect(data['draft'], file).toBe(true);
      expect(data['id'], file).toBe(file.replace(/\.yaml$/, ''));
      kinds.add(data['engine'].kind);
    }
    expect([...kinds].sort()).toEqual(['cloverleaf', 'ensemble', 'iguana', 'iris', 'openhim', 'rhapsody']);
  });

  it('never copies a credential value of the corpus into a spec or the summary', () => {
    const out = [...written.values()].join('\n') + JSON.stringify(summary) + renderSummaryText(summary);
    const files = [
      'other-engines/rhapsody/rhapsody65-docs-rest-api-config-v6-multi-locker-test-engine.xml',
      'other-engines/rhapsody/orion-rlc-analyser-rhapsody41-engine-config.xml',
      'other-engines/openhim/itech-uw-openhim-config-export.json',
      'other-engines/openhim/jembi-platform-mpi-mediator-openhim-import-kafka-route.json',
      'other-engines/iguana/iuc2019-ch1-hl7-file-to-llp-client-ChannelConfiguration.xml',
    ];
    const values = files.flatMap((f) => secretValues(readFileSync(join(fixtures, f), 'utf8')));
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(out.includes(v), v).toBe(false);
    // the encrypted passwords inside the .rlc archives are found as well
    const rlc = summary.secretsWithheld.filter((s) => s.file.includes('.rlc!') && s.stored);
    expect(rlc.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['encrypted credential', 'stored credential']),
    );
    expect(rlc.length).toBe(6);
  });
});
