/**
 * Where `govspec evidence` puts its pack, end to end on a copy of the example estate: in the
 * output folder's evidence/ folder (never loose in the repository), kept byte for byte by later
 * builds, invisible to `check`, and `--out` into the output folder still refused but for that
 * folder.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyKindOfOutput, exampleRepo, hashTree, noBrowser, runCli } from './example-repo.js';

const specPath = join('specs', 'corporate', 'workforce-nightly-csv.yaml');
const env = { ...noBrowser, SOURCE_DATE_EPOCH: '1764000000' };

/** Every file of the repository outside .git, relative. */
function repoFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      if (!rel && name === '.git') continue;
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(d, name)).isDirectory()) walk(join(d, name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the evidence pack in the output folder', () => {
  let dir: string;
  let packRel: string;
  beforeAll(() => {
    dir = exampleRepo({ specs: everyKindOfOutput });
    const built = runCli(dir, ['build', '--quiet'], env);
    expect(built.status, built.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without --out goes into <output>/evidence/, says so, and puts nothing else anywhere', () => {
    const before = repoFiles(dir);
    const r = runCli(dir, ['evidence'], env);
    expect(r.status, r.stderr).toBe(0);
    const wrote = /^Wrote (\S+): \d+ files;/m.exec(r.stdout);
    expect(wrote, r.stdout).not.toBeNull();
    packRel = wrote![1]!;
    expect(packRel).toMatch(/^generated\/evidence\/govspec-evidence-[\w.-]+\.zip$/);
    const after = repoFiles(dir);
    expect(after.filter((f) => !before.includes(f))).toEqual([packRel]);
    expect(before.filter((f) => !after.includes(f))).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.endsWith('.zip'))).toEqual([]);
    const verified = runCli(dir, ['evidence', 'verify', packRel], env);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
  });

  it('check passes with the pack there', () => {
    const r = runCli(dir, ['check'], env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('a build that changes the output keeps the pack byte-identical and writes nothing else new', () => {
    const pack = join(dir, packRel);
    const packSha = sha(pack);
    const before = hashTree(join(dir, 'generated'));
    const spec = join(dir, specPath);
    const text = readFileSync(spec, 'utf8');
    writeFileSync(spec, text.replace(/^title: .*$/m, 'title: Nightly staff extract (renamed)'));
    const r = runCli(dir, ['build', '--quiet'], env);
    expect(r.status, r.stderr).toBe(0);
    const after = hashTree(join(dir, 'generated'));
    // The build did replace the output (so the swap ran), and the same set of files is there.
    expect(Object.keys(after).filter((p) => after[p] !== before[p]).length).toBeGreaterThan(0);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after[packRel.replace(/^generated\//, '')]).toBe(packSha);
    expect(sha(pack)).toBe(packSha);
    const manifest = readFileSync(join(dir, 'generated', '.govspec-manifest.json'), 'utf8');
    expect(manifest).not.toContain('evidence/govspec-evidence');
    writeFileSync(spec, text);
    expect(runCli(dir, ['build', '--quiet'], env).status).toBe(0);
  });

  it('check passes without the pack, too', () => {
    rmSync(join(dir, 'generated', 'evidence'), { recursive: true });
    const r = runCli(dir, ['check'], env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('--out into the output folder is refused but for a zip directly in evidence/', () => {
    const estate = join(dir, 'generated', 'estate.md');
    const estateSha = sha(estate);
    for (const out of ['generated/estate.md', 'generated/pack.zip', 'generated/evidence/sub/pack.zip']) {
      const r = runCli(dir, ['evidence', '--out', out], env);
      expect(r.status, out).toBe(2);
      expect(r.stderr).toContain('write-target-refused');
    }
    expect(sha(estate)).toBe(estateSha);
    const notZip = runCli(dir, ['evidence', '--out', 'generated/evidence/notes.txt'], env);
    expect(notZip.status).toBe(2);
    expect(notZip.stderr).toContain('write-target-refused');
    expect(notZip.stderr).toContain('ending in .zip');
    expect(existsSync(join(dir, 'generated', 'evidence', 'notes.txt'))).toBe(false);
    const named = runCli(dir, ['evidence', '--out', 'generated/evidence/board-2026.zip'], env);
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout).toContain('Wrote generated/evidence/board-2026.zip');
    expect(runCli(dir, ['check'], env).status).toBe(0);
  });

  it('refuses an evidence/ that is a link out of the output folder, writing nothing there', () => {
    rmSync(join(dir, 'generated', 'evidence'), { recursive: true, force: true });
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, 'generated', 'evidence'));
    const r = runCli(dir, ['evidence'], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('write-pack-refused');
    expect(readdirSync(elsewhere)).toEqual([]);
    // The build refuses it as it refuses any link planted in the output folder.
    const b = runCli(dir, ['build', '--quiet'], env);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('write-output-not-owned');
    rmSync(join(dir, 'generated', 'evidence'));
  });
});
