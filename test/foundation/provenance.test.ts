import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { browserPath } from '../../src/emit/diagrams/browser.js';
import { matchGlobs } from '../../src/load/globs.js';
import { inputPathspecs } from '../../src/pipeline/provenance.js';
import { tinyPng } from '../office/helpers.js';
import { cli, hashTree, repoRoot } from '../hardening/example-repo.js';

/**
 * Provenance from git on small real repositories: the commit recorded is the last one that
 * changed an input, so later commits, clean builds and fresh clones give the same bytes, and a
 * change to one spec rewrites only that integration's files and the estate-wide ones.
 */
const dirs: string[] = [];
afterAll(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const specs = [
  'shared-care/pds-lookup.yaml',
  'shared-care/discharge-summary-to-gp.yaml',
  'corporate/workforce-nightly-csv.yaml',
];
let clock = Date.UTC(2026, 10, 20, 10, 0, 0) / 1000;

function git(dir: string, ...args: string[]): string {
  clock += 86_400; // each commit a day later, so a wrong date shows
  const date = `${clock} +0000`;
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
    },
  });
}

const commit = (dir: string, message: string) => {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
};

function smallEstate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govspec-provenance-'));
  dirs.push(dir);
  cpSync(join(repoRoot, 'govspec.config.yaml'), join(dir, 'govspec.config.yaml'));
  cpSync(join(repoRoot, 'docs/runbooks'), join(dir, 'docs/runbooks'), { recursive: true });
  for (const s of specs) {
    mkdirSync(join(dir, 'specs', s, '..'), { recursive: true });
    cpSync(join(repoRoot, 'specs', s), join(dir, 'specs', s));
  }
  writeFileSync(join(dir, 'README.md'), 'An estate.\n');
  git(dir, 'init', '-q', '-b', 'main');
  commit(dir, 'estate');
  return dir;
}

function build(dir: string, env: NodeJS.ProcessEnv = {}): void {
  const r = execFileSync(process.execPath, [cli, 'build', '--quiet'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOVSPEC_CHROMIUM: '/nonexistent/chromium', SOURCE_DATE_EPOCH: '', ...env },
  });
  void r;
}

const generated = (dir: string) => hashTree(join(dir, 'generated'));
const buildInfo = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'generated/build-info.json'), 'utf8')) as Record<string, unknown>;

/** Paths whose bytes differ between two trees, added and removed ones included. */
function changed(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((p) => a[p] !== b[p]).sort();
}

describe('build provenance', () => {
  it('records the last commit that changed an input, so unrelated commits and clean builds change nothing', () => {
    const dir = smallEstate();
    const inputs = git(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(dir, 'README.md'), 'An estate, described.\n');
    commit(dir, 'unrelated');
    build(dir);
    expect(buildInfo(dir)).toMatchObject({ commit: inputs, dirty: false });
    const first = generated(dir);
    commit(dir, 'generated');
    writeFileSync(join(dir, 'README.md'), 'Described again.\n');
    commit(dir, 'unrelated again');
    rmSync(join(dir, 'generated'), { recursive: true });
    rmSync(join(dir, '.govspec-cache'), { recursive: true, force: true });
    build(dir);
    expect(generated(dir)).toEqual(first);
  });

  it('rewrites only the changed integration and the estate-wide files when one spec changes', () => {
    const dir = smallEstate();
    build(dir);
    commit(dir, 'generated');
    const before = generated(dir);
    const spec = join(dir, 'specs', specs[0]!);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^version: .*$/m, 'version: 9.9.9'));
    const edit = commit(dir, 'one spec');
    build(dir);
    expect(buildInfo(dir)).toMatchObject({ commit: edit, dirty: false });
    const rewritten = changed(before, generated(dir));
    const others = ['discharge-summary-to-gp', 'workforce-nightly-csv'];
    expect(rewritten.filter((p) => others.some((id) => p.includes(id)))).toEqual([]);
    expect(rewritten).toContain('privacy/pds-lookup.dpia.docx');
    expect(rewritten).toContain('clinical-safety/hazard-log.xlsx');
    // Everything else rewritten is estate-wide: not named after any integration.
    const estateWide = rewritten.filter((p) => !p.includes('pds-lookup'));
    expect(estateWide.length).toBeGreaterThan(3);
    expect(estateWide.every((p) => !/\/(?:[a-z0-9]+-)+[a-z0-9]+\.(?:dpia\.|mmd|svg|png)/.test(p))).toBe(true);
  });

  it('says a build of uncommitted inputs is one in build-info.json only, never in a document', () => {
    const dir = smallEstate();
    const last = git(dir, 'rev-parse', 'HEAD').trim();
    const spec = join(dir, 'specs', specs[1]!);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (draft)'));
    build(dir);
    expect(buildInfo(dir)).toMatchObject({ commit: last, dirty: true });
    for (const path of Object.keys(generated(dir))) {
      if (path === 'build-info.json' || !/\.(?:md|html|csv)$/.test(path)) continue;
      const text = readFileSync(join(dir, 'generated', path), 'utf8');
      expect(text, path).not.toMatch(/uncommitted/i);
      // Documents people sign cite the input digest, never a commit that does not hold their inputs.
      if (/^(?:privacy|clinical-safety|records)\//.test(path))
        expect(text, path).not.toContain(last.slice(0, 12));
    }
  });

  it('counts a deleted spec as a change to the inputs', () => {
    const dir = smallEstate();
    rmSync(join(dir, 'specs', specs[2]!));
    const deletion = commit(dir, 'retire the extract');
    writeFileSync(join(dir, 'README.md'), 'Smaller estate.\n');
    commit(dir, 'unrelated');
    build(dir);
    expect(buildInfo(dir).commit).toBe(deletion);
  });

  it('reuses the committed diagram renderings in a fresh clone, whatever browser builds', () => {
    const dir = smallEstate();
    build(dir);
    // Stand-ins for pictures govspec drew elsewhere (another browser, other fonts), as that build
    // left them: written into the output and recorded in its manifest. A clean build keeps them.
    const png = tinyPng(3, 2, [10, 120, 200]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const diagrams = join(dir, 'generated/privacy/diagrams');
    const names = readdirSync(diagrams).filter((f) => f.endsWith('.mmd'));
    expect(names.length).toBeGreaterThan(2);
    const manifestFile = join(dir, 'generated/.govspec-manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      files: Record<string, { size: number; sha256: string }>;
    };
    for (const mmd of names) {
      for (const [ext, bytes] of [
        ['png', png],
        ['svg', svg],
      ] as const) {
        const name = mmd.replace(/\.mmd$/, `.${ext}`);
        writeFileSync(join(diagrams, name), bytes);
        manifest.files[`privacy/diagrams/${name}`] = {
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        };
      }
    }
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    build(dir); // embeds the reused pictures in the documents
    commit(dir, 'generated');
    const committed = generated(dir);
    const clone = mkdtempSync(join(tmpdir(), 'govspec-clone-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', dir, clone]);
    rmSync(join(clone, 'generated'), { recursive: true });
    build(clone, { GOVSPEC_CHROMIUM: browserPath() });
    expect(changed(committed, generated(clone))).toEqual([]);
    expect(readFileSync(join(clone, 'generated/privacy/diagrams/pds-lookup.png'))).toEqual(Buffer.from(png));
  });

  it('names the inputs for git exactly as the config globs match them', () => {
    const dir = smallEstate();
    writeFileSync(join(dir, 'specs/notes.txt'), 'not a spec\n');
    commit(dir, 'notes');
    const host = new FsHost(dir);
    const config = { specs: ['specs/**/*.yaml', 'channels/**/*.govspec.yaml'], output: 'generated' };
    const globbed = matchGlobs(host.listFiles(), config.specs);
    const pathspecs = inputPathspecs(config.specs, 'govspec.config.yaml', config.output);
    const tracked = execFileSync('git', ['ls-files', '--', ...pathspecs], { cwd: dir, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .sort();
    expect(tracked).toEqual(['govspec.config.yaml', ...globbed].sort());
    expect(inputPathspecs(['{a,b}/*.yaml', '!a/x.yaml'], 'c.yaml', 'out/', 'tpl/')).toEqual([
      ':(literal)c.yaml',
      ':(literal)tpl',
      ':(glob)a/*.yaml',
      ':(glob)b/*.yaml',
      ':(exclude,glob)a/x.yaml',
      ':(exclude,literal)out',
    ]);
  });
});
