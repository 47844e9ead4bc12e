import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ImportCatalogue from '../../src/commands/import/catalogue.js';
import ImportHl7 from '../../src/commands/import/hl7.js';
import ImportMirth from '../../src/commands/import/mirth.js';
import { captureOutput, fixtures, repoRoot, tempDir } from './helpers.js';

const rel = (p: string) => relative(process.cwd(), join(fixtures, p));

describe('govspec import commands', () => {
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

  it('import mirth: writes drafts, prints the summary, exits 0', async () => {
    await ImportMirth.run(
      [rel('mirth/cabolabs-4.4-A02-mllp-listener-to-file-writer.xml'), '--out', t.dir, '--allow-outside'],
      repoRoot,
    );
    expect(existsSync(join(t.dir, 'a02-logger.yaml'))).toBe(true);
    const text = out.join('');
    expect(text).toContain('channels found: 1');
    expect(text).toContain('specs written: 1');
    expect(text).toContain('blanks to fill in (field: specs):');
  });

  it('import mirth --json: prints the summary as JSON', async () => {
    await ImportMirth.run(
      [rel('mirth/cabolabs-4.4-B04-database-reader.xml'), '--out', t.dir, '--json', '--allow-outside'],
      repoRoot,
    );
    const summary = JSON.parse(out.join(''));
    expect(summary).toMatchObject({ importer: 'mirth', found: 1, files: { read: 1, withErrors: 0 } });
    expect(Object.keys(summary).sort()).toEqual(
      [
        'blanksPerField',
        'diagnostics',
        'files',
        'found',
        'foundLabel',
        'importer',
        'secretsWithheld',
        'specs',
        'unknownConnectors',
      ].sort(),
    );
    expect(summary.secretsWithheld[0]).toMatchObject({
      kind: 'stored credential',
      line: 67,
      channel: 'B04_db_reader',
    });
    expect(JSON.stringify(summary)).not.toContain('user1234');
  });

  it('import mirth: exits 1 when a file has errors, after importing the rest', async () => {
    const run = ImportMirth.run([rel('synthetic/mirth'), '--out', t.dir, '--allow-outside'], repoRoot);
    await expect(run).rejects.toMatchObject({ oclif: { exit: 1 } });
    expect(existsSync(join(t.dir, 'canary-secrets.yaml'))).toBe(true);
    expect(err.join('')).toContain('import-xml-doctype');
    expect(out.join('')).toContain('diagnostics: 3 error(s)');
  });

  it('puts drafts under the folder of the config given with --config', async () => {
    writeFileSync(join(t.dir, 'govspec.config.yaml'), 'govspec: 1\n');
    await ImportMirth.run(
      [
        rel('mirth/cabolabs-4.4-B04-database-reader.xml'),
        '--config',
        join(t.dir, 'govspec.config.yaml'),
        '--quiet',
      ],
      repoRoot,
    );
    expect(existsSync(join(t.dir, 'specs/imported/b04-db-reader.yaml'))).toBe(true);
    expect(out.join('')).toBe('');
    await expect(
      ImportMirth.run(
        [rel('mirth'), '--config', join(t.dir, 'missing.yaml'), '--out', t.dir, '--allow-outside'],
        repoRoot,
      ),
    ).rejects.toMatchObject({ oclif: { exit: 2 } });
  });

  it('exits 2 on a usage error', async () => {
    await expect(ImportMirth.run(['--out', t.dir, '--allow-outside'], repoRoot)).rejects.toMatchObject({
      oclif: { exit: 2 },
    });
    await expect(
      ImportHl7.run([rel('hl7v2'), '--id', '../Bad', '--out', t.dir, '--allow-outside'], repoRoot),
    ).rejects.toMatchObject({
      oclif: { exit: 2 },
    });
  });

  it('import hl7 and import catalogue run the same way', async () => {
    await ImportHl7.run(
      [rel('hl7v2/dhcw-training-adt-a40-merge.hl7'), '--out', t.dir, '--id', 'a40-merges', '--allow-outside'],
      repoRoot,
    );
    expect(existsSync(join(t.dir, 'a40-merges.yaml'))).toBe(true);
    await ImportCatalogue.run(
      [rel('registers/nhs-wales-api-catalogue'), '--out', join(t.dir, 'cat'), '--allow-outside'],
      repoRoot,
    );
    expect(existsSync(join(t.dir, 'cat', 'mpi-pix.yaml'))).toBe(true);
  });
});
