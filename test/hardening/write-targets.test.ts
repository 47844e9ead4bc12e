/**
 * Files written on request go through the same guard as the output folder: `evidence --out` and
 * `import --out` write inside the repository unless --allow-outside is given, never into .git or
 * the output folder, never through a link out, and the pack never replaces a file that is not a zip.
 */
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/estate.js';
import { exampleRepo, runCli, scratchFolders } from './example-repo.js';

const folders = scratchFolders('govspec-target-');
afterAll(() => folders.clean());
const temp = () => folders.make();

const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium', SOURCE_DATE_EPOCH: '1764000000' };
const mirthExport = join(
  repoRoot,
  'test/fixtures/import/mirth/cabolabs-4.4-A02-mllp-listener-to-file-writer.xml',
);

let dir: string;
beforeAll(() => {
  dir = exampleRepo();
  folders.made.push(dir);
  writeFileSync(join(dir, 'README-not-a-pack.md'), 'notes\n');
});

describe('evidence --out', () => {
  it('outside the repository: refused without --allow-outside, written with it', () => {
    const outside = temp();
    const refused = runCli(dir, ['evidence', '--out', join(outside, 'pack.zip')], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('write-target-refused');
    expect(refused.stderr).toContain('--allow-outside');
    expect(readdirSync(outside)).toEqual([]);
    const allowed = runCli(dir, ['evidence', '--out', join(outside, 'pack.zip'), '--allow-outside'], env);
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(readFileSync(join(outside, 'pack.zip')).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    ['into .git, even with --allow-outside', () => '.git/pack.zip', ['--allow-outside'], /inside \.git/],
    ['over a file that is not a zip', () => 'README-not-a-pack.md', [], /not a zip/],
    ['over the config', () => 'govspec.config.yaml', [], /not a zip|which govspec reads/],
    [
      'through a link that leads out of the repository',
      () => {
        symlinkSync(temp(), join(dir, 'out-link'));
        return 'out-link/pack.zip';
      },
      [],
      /outside the repository/,
    ],
  ])('%s is refused and nothing is written', (_name, arrange, extra, why) => {
    const target = arrange();
    const before = existsSync(join(dir, target)) ? readFileSync(join(dir, target)) : undefined;
    const run = runCli(dir, ['evidence', '--out', target, ...extra], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('write-target-refused');
    expect(run.stderr).toMatch(why);
    if (before) expect(readFileSync(join(dir, target))).toEqual(before);
  });
});

describe('import --out', () => {
  it('outside the repository: refused without --allow-outside, written with it', () => {
    const outside = temp();
    const refused = runCli(dir, ['import', 'mirth', mirthExport, '--out', outside]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('write-target-refused');
    expect(readdirSync(outside)).toEqual([]);
    const allowed = runCli(dir, ['import', 'mirth', mirthExport, '--out', outside, '--allow-outside']);
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(readdirSync(outside)).toEqual(['a02-logger.yaml']);
  });

  it.each([
    ['the output folder', 'generated/drafts', /output folder/],
    ['.git', '.git/drafts', /inside \.git/],
  ])('into %s is refused', (_name, out, why) => {
    const run = runCli(dir, ['import', 'mirth', mirthExport, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(why);
    expect(existsSync(join(dir, out))).toBe(false);
  });

  it('inside the repository, as before', () => {
    const run = runCli(dir, ['import', 'mirth', mirthExport, '--out', 'specs/imported']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'specs/imported/a02-logger.yaml'))).toBe(true);
  });
});
