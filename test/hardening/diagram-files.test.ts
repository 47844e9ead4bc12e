/**
 * check compares every committed file build would write, diagram renderings included: in a fresh
 * clone (no cache, no browser) an SVG with a script appended fails check. A damaged committed
 * PNG or SVG never makes the build fail as "a govspec bug": the next build renders it again with
 * a note, or, with no browser, leaves it out with a note.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/estate.js';
import { exampleRepo, runCli } from './example-repo.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const noBrowser = { GOVSPEC_CHROMIUM: '/nonexistent/chromium' };
const browser = process.env.GOVSPEC_CHROMIUM || '/usr/bin/chromium';

/**
 * A fresh clone: the example estate in a repository of its own with its generated/ folder built
 * (renderings carried over from this repository's committed output) and committed; no cache.
 * Built once per file; each test gets its own copy of it, .git included.
 */
let pristine: string | undefined;
function clone(): string {
  pristine ??= build();
  const dir = mkdtempSync(join(tmpdir(), 'govspec-estate-'));
  made.push(dir);
  cpSync(pristine, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

function build(): string {
  const dir = exampleRepo();
  made.push(dir);
  cpSync(join(repoRoot, 'generated'), join(dir, 'generated'), { recursive: true });
  const built = runCli(dir, ['build', '--quiet'], noBrowser);
  if (built.status !== 0) throw new Error(built.stderr);
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'generated'],
    {
      cwd: dir,
    },
  );
  rmSync(join(dir, '.govspec-cache'), { recursive: true, force: true });
  return dir;
}

const svg = 'generated/privacy/diagrams/pas-adt-to-epr.svg';
const png = 'generated/privacy/diagrams/pas-adt-to-epr.png';

describe('diagram renderings in check', () => {
  it('the committed output passes check in a fresh clone with no browser', () => {
    const dir = clone();
    const run = runCli(dir, ['check'], noBrowser);
    expect(run.status, run.stderr).toBe(0);
  });

  it('a committed SVG with a script appended fails check', () => {
    const dir = clone();
    writeFileSync(
      join(dir, svg),
      `${readFileSync(join(dir, svg), 'utf8')}<script>alert(document.cookie)</script>`,
    );
    const run = runCli(dir, ['check'], noBrowser);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${svg} is changed since govspec wrote it`);
  });

  it('a committed SVG with a script inside fails check, even with the manifest rewritten to match', () => {
    const dir = clone();
    const text = readFileSync(join(dir, svg), 'utf8').replace('</svg>', '<script>alert(1)</script></svg>');
    writeFileSync(join(dir, svg), text);
    const manifest = join(dir, 'generated', '.govspec-manifest.json');
    const doc = JSON.parse(readFileSync(manifest, 'utf8')) as {
      files: Record<string, { size: number; sha256: string }>;
    };
    doc.files['privacy/diagrams/pas-adt-to-epr.svg'] = {
      size: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    };
    writeFileSync(manifest, `${JSON.stringify(doc, null, 2)}\n`);
    const run = runCli(dir, ['check'], noBrowser);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${svg} is damaged`);
  });
});

describe('a damaged committed rendering and the next build', () => {
  it('with no browser: the build succeeds, leaves the damaged file out and says so', () => {
    const dir = clone();
    truncateSync(join(dir, png), 1000);
    const run = runCli(dir, ['build'], noBrowser);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('govspec bug');
    expect(run.stderr).toContain('write-dropped');
    expect(run.stderr).toContain(png);
    expect(existsSync(join(dir, png))).toBe(false);
    // The DPIA names the diagram source instead of embedding a broken picture.
    expect(runCli(dir, ['check'], noBrowser).status).toBe(0);
  });

  it.skipIf(!existsSync(browser))('with a browser: the build renders it again and says so', () => {
    const dir = clone();
    const good = readFileSync(join(dir, png));
    truncateSync(join(dir, png), 1000);
    const run = runCli(dir, ['build']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('govspec bug');
    expect(run.stderr).toContain('write-repaired');
    expect(run.stderr).toContain(png);
    const after = readFileSync(join(dir, png));
    expect(after.length).toBeGreaterThan(1000);
    expect(after.subarray(0, 8)).toEqual(good.subarray(0, 8));
    expect(runCli(dir, ['check']).status).toBe(0);
  });
});
