/**
 * The output guard on its own: table cases, and a property over arbitrary output settings built
 * from awkward segments (".", "..", "", ".git", links out, links in, loops) in a repository
 * laid out with every kind of trap. Whatever the setting, an accepted folder is strictly inside
 * the repository, never in .git, never holding a spec or the config; and the path-only check
 * never accepts what the file-system check refuses for reasons a revision can see.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardOutput, guardTarget, outputSettingProblem } from '../../src/emit/output-guard.js';

let base: string;
let root: string;
let outside: string;
const specFiles = ['specs/a.yaml', 'channels/adt/pas.govspec.yaml'];

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'govspec-guard-')));
  root = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(root, '.git', 'objects'), { recursive: true });
  mkdirSync(join(root, 'specs'), { recursive: true });
  mkdirSync(join(root, 'channels', 'adt'), { recursive: true });
  mkdirSync(join(root, 'docs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'govspec.config.yaml'), 'govspec: 1\n');
  for (const f of specFiles) writeFileSync(join(root, f), 'id: x\n');
  symlinkSync(outside, join(root, 'out'));
  symlinkSync('docs', join(root, 'in'));
  symlinkSync('specs', join(root, 'spec-link'));
  symlinkSync('.git', join(root, 'git-link'));
  symlinkSync('.', join(root, 'here'));
  symlinkSync('..', join(root, 'up'));
  symlinkSync('loop', join(root, 'loop'));
  symlinkSync('nowhere', join(root, 'dangling'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const guard = (output: string) =>
  guardOutput({ root, output, configFile: 'govspec.config.yaml', specFiles, templates: 'docs/templates' });

describe('guardOutput', () => {
  it.each([
    ['generated', true],
    ['build/governance', true],
    ['./generated/', true],
    ['in/generated', true],
    ['docs/out', true],
    ['.', false],
    ['./.', false],
    ['', false],
    ['..', false],
    ['specs', false],
    ['channels', false],
    ['.git', false],
    ['.git/objects', false],
    ['.Git', false],
    ['git-link', false],
    ['out', false],
    ['out/generated', false],
    ['here', false],
    ['here/generated', true],
    ['up', false],
    ['up/repo', false],
    ['spec-link', false],
    ['loop/x', false],
    ['dangling/x', false],
    ['govspec.config.yaml', false],
    ['docs', false],
    ['docs/templates/x', false],
    ['/tmp/x', false],
    ['a\\..\\..\\x', false],
  ])('%j → accepted: %s', (output, accepted) => {
    expect('ok' in guard(output)).toBe(accepted);
  });

  it('hands the writer the real folder, links resolved', () => {
    const g = guard('in/generated');
    expect('ok' in g && g.ok.dir).toBe(join(root, 'docs', 'generated'));
    expect('ok' in g && g.ok.name).toBe('in/generated');
  });

  const segment = fc.constantFrom(
    '.',
    '..',
    '',
    'generated',
    'specs',
    'channels',
    '.git',
    '.GIT',
    'objects',
    'out',
    'in',
    'spec-link',
    'git-link',
    'here',
    'up',
    'loop',
    'dangling',
    'repo',
    'docs',
    'templates',
  );
  const setting = fc
    .tuple(fc.array(segment, { minLength: 0, maxLength: 5 }), fc.boolean())
    .map(([parts, slash]) => parts.join('/') + (slash ? '/' : ''));

  it('never accepts a folder outside, at, or above the repository, in .git, or holding specs (property-based)', () => {
    const realRoot = realpathSync(root);
    let accepted = 0;
    fc.assert(
      fc.property(setting, (output) => {
        const g = guard(output);
        if (!('ok' in g)) return;
        accepted += 1;
        const rel = relative(realRoot, g.ok.dir).split(sep).join('/');
        expect(rel).not.toBe('');
        expect(rel.startsWith('..')).toBe(false);
        expect(g.ok.dir.startsWith(realRoot + sep)).toBe(true);
        expect(rel.split('/').some((s) => s.toLowerCase() === '.git')).toBe(false);
        for (const f of [...specFiles, 'govspec.config.yaml'])
          expect(f === rel || f.startsWith(`${rel}/`)).toBe(false);
        expect(rel === 'docs' || rel.startsWith('docs/templates')).toBe(false);
        // The path-only check (all a git revision offers) agrees.
        expect(
          outputSettingProblem({
            output,
            configFile: 'govspec.config.yaml',
            specFiles,
            templates: 'docs/templates',
          }),
        ).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: plenty of settings were accepted and checked.
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('guardTarget (files a command writes on request)', () => {
  const ctx = () => ({
    root,
    allowOutside: false,
    protectedFolders: [join(root, 'generated')],
    protectedFiles: [join(root, 'govspec.config.yaml'), ...specFiles.map((f) => join(root, f))],
  });

  it.each([
    ['pack.zip', true],
    ['docs/pack.zip', true],
    ['in/pack.zip', true],
    ['out/pack.zip', false],
    ['../pack.zip', false],
    ['.git/pack.zip', false],
    ['git-link/pack.zip', false],
    ['generated/pack.zip', false],
    ['govspec.config.yaml', false],
    ['specs/a.yaml', false],
    ['dangling/pack.zip', false],
  ])('%j → accepted: %s', (path, accepted) => {
    expect('ok' in guardTarget(join(root, path), ctx())).toBe(accepted);
  });

  it.each([
    ['generated/evidence/pack.zip', true, false],
    ['generated/evidence/notes.txt', false, false],
    ['generated/evidence/sub/pack.zip', false, false],
    ['generated/evidence', false, false],
    ['generated/estate.md', false, false],
    ['generated/pack.zip', false, false],
    ['generated/evidence-pack.zip', false, false],
  ])('%j with packs → accepted: %s (without: %s)', (path, withPacks, without) => {
    expect('ok' in guardTarget(join(root, path), { ...ctx(), packs: true })).toBe(withPacks);
    // Another command (import --out) may never write into the pack folder.
    expect('ok' in guardTarget(join(root, path), ctx())).toBe(without);
  });

  it('writes outside the repository only when asked to', () => {
    expect('ok' in guardTarget(join(outside, 'pack.zip'), ctx())).toBe(false);
    expect(guardTarget(join(outside, 'pack.zip'), { ...ctx(), allowOutside: true })).toEqual({
      ok: join(outside, 'pack.zip'),
    });
    // Even then, never over the repository's own records.
    expect('ok' in guardTarget(join(root, '.git', 'x'), { ...ctx(), allowOutside: true })).toBe(false);
  });
});
