import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Import from '../../src/commands/import.js';
import ImportMirth from '../../src/commands/import/mirth.js';
import ImportRhapsody from '../../src/commands/import/rhapsody.js';
import { detectFormat } from '../../src/import/formats/detect.js';
import { readZip } from '../../src/import/zip/safe-zip.js';
import { zipSync } from 'fflate';
import { captureOutput, fixtures, repoRoot, tempDir } from './helpers.js';

const rel = (p: string) => relative(process.cwd(), join(fixtures, p));
const bytes = (s: string) => new TextEncoder().encode(s);

describe('formats are recognised by content, not by name', () => {
  it.each([
    ['mirth/cabolabs-4.4-A02-mllp-listener-to-file-writer.xml', 'mirth', 'Mirth channel export'],
    [
      'other-engines/iguana/iuc2019-ch2-llp-listener-to-channel-ChannelConfiguration.xml',
      'iguana',
      'Iguana channel configuration',
    ],
    [
      'other-engines/rhapsody/rhapsody-docs-control-api-soap-client-2010.rlc',
      'rhapsody',
      'Rhapsody .rlc archive',
    ],
    [
      'other-engines/intersystems-iris/hl7-xml-tcp-file-production.cls',
      'intersystems',
      'InterSystems production class',
    ],
    ['other-engines/openhim/itech-uw-openhim-config-export.json', 'openhim', 'OpenHIM configuration export'],
    ['cloverleaf/adt/NetConfig', 'cloverleaf', 'Cloverleaf NetConfig'],
    ['hl7v2/marlycormar-message.hl7', 'hl7', 'HL7v2 message(s)'],
  ])('%s', (file, format, what) => {
    const found = detectFormat(file, readFileSync(join(fixtures, file)));
    expect(found).toEqual({ format, what });
  });

  it.each([
    ['x.env', 'A=1\nB=2\n', /environment file/],
    ['p.json', '{"resourceType": "Patient", "id": "x"}', /FHIR Patient resource/],
    ['r.xml', '<?xml version="1.0"?><root/>', /XML with root <root>/],
    ['c.xml', '<channel><name>x</name></channel>', /neither a Mirth channel nor an Iguana channel/],
    ['b.bin', '\u0000\u0001\u0002binary', /binary data/],
    ['e.txt', '', /empty file/],
  ])('%s is described, not read', (name, text, said) => {
    const found = detectFormat(name, bytes(text));
    expect(found.format).toBeUndefined();
    expect('looksLike' in found && found.looksLike).toMatch(said);
  });

  it('refuses a zip that inflates far beyond what an export needs', () => {
    const bomb = zipSync({ 'engine.xml': new Uint8Array(2_000_000) }, { level: 9 });
    expect(readZip(bomb, () => true)).toMatchObject({
      problem: expect.stringMatching(/compressed \d+ to 1/),
    });
  });
});

describe('govspec import <file or folder>', () => {
  let t: ReturnType<typeof tempDir>;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    t = tempDir();
    ({ out, err } = captureOutput());
  });
  afterEach(() => {
    vi.restoreAllMocks();
    t.done();
  });

  it('says what it found and drafts from a folder of mixed engines, listing what it skipped', async () => {
    await Import.run(
      [
        rel('other-engines/iguana'),
        rel('other-engines/dhcw-integration-hub'),
        '--out',
        t.dir,
        '--allow-outside',
      ],
      repoRoot,
    );
    const text = out.join('');
    expect(text).toContain('recognised:\n  Iguana channel configuration: 4 file(s)');
    expect(text).toContain('skipped (no importer reads them): 16 file(s)');
    expect(text).toMatch(/mpi-hl7-sender\.env: settings as key=value lines \(an environment file\)/);
    expect(text).toContain('specs written: 4');
  });

  it('refuses a file no importer reads, says what it looks like, and exits 1', async () => {
    const file = join(t.dir, 'notes.env');
    writeFileSync(file, 'SERVICE=adt\nPORT=2575\n');
    await expect(
      Import.run([file, '--out', join(t.dir, 'out'), '--allow-outside'], repoRoot),
    ).rejects.toMatchObject({
      oclif: { exit: 1 },
    });
    expect(err.join('')).toContain('import-format-unknown');
    expect(err.join('')).toContain('environment file');
    expect(out.join('')).toContain('nothing was drafted');
  });

  it('exits 1 when a run drafts nothing (an inventory only)', async () => {
    await expect(
      Import.run([rel('other-engines/apache-camel'), '--out', t.dir, '--json', '--allow-outside'], repoRoot),
    ).rejects.toMatchObject({ oclif: { exit: 1 } });
    const summary = JSON.parse(out.join(''));
    expect(summary.specs).toEqual([]);
    expect(summary.inventory.length).toBeGreaterThan(10);
  });

  it('an Iguana <channel> given to import mirth is named for what it is, not drafted as a Mirth channel', async () => {
    await expect(
      ImportMirth.run(
        [
          rel('other-engines/iguana/iuc2019-ch2-llp-listener-to-channel-ChannelConfiguration.xml'),
          '--out',
          t.dir,
          '--allow-outside',
        ],
        repoRoot,
      ),
    ).rejects.toMatchObject({ oclif: { exit: 1 } });
    expect(err.join('')).toContain('this file is Iguana channel configuration, not a Mirth Connect export');
  });

  it('import <engine> reads only that engine: another engine named on the command line is an error', async () => {
    await expect(
      ImportRhapsody.run(
        [rel('other-engines/openhim/itech-uw-openhim-config-export.json'), '--out', t.dir, '--allow-outside'],
        repoRoot,
      ),
    ).rejects.toMatchObject({ oclif: { exit: 1 } });
    expect(err.join('')).toContain('import-format-mismatch');
    out.length = 0;
    await ImportRhapsody.run([rel('other-engines/rhapsody'), '--out', t.dir, '--allow-outside'], repoRoot);
    expect(out.join('')).toContain('govspec import rhapsody: 4 file(s) read, 0 with errors');
  });

  it('--help describes every importer', () => {
    for (const words of [
      'Mirth Connect',
      'Rhapsody',
      'InterSystems',
      'Cloverleaf',
      'Iguana',
      'OpenHIM',
      'Apache Camel',
      'HL7v2',
      'API catalogues',
    ])
      expect(Import.description).toContain(words);
    expect(Import.description).toContain(
      'govspec import mirth|rhapsody|intersystems|cloverleaf|iguana|openhim|camel|hl7|catalogue',
    );
  });
});
