import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverOutput } from '../../src/emit/writer.js';
import { cli, everyKindOfOutput, exampleRepo, hashTree, noBrowser, runCliAsync } from './example-repo.js';

const specPath = join('specs', 'corporate', 'workforce-nightly-csv.yaml');
const specs = everyKindOfOutput;

/** The complete output for one version of the estate, built in a throwaway copy. */
async function referenceOutput(specText: string): Promise<Record<string, string>> {
  const dir = exampleRepo({ specs });
  try {
    writeFileSync(join(dir, specPath), specText);
    const r = await runCliAsync(dir, ['build', '--quiet'], noBrowser);
    expect(r.status, r.stderr).toBe(0);
    return hashTree(join(dir, 'generated'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An evidence pack in generated/evidence/ (any zip: builds carry the folder without reading it). */
const packPath = join('generated', 'evidence', 'govspec-evidence-test.zip');
const packBytes = Buffer.from('PK\u0003\u0004 an evidence pack that every build must keep');

/** generated/ without its pack folder, and whether the pack is there, byte for byte. */
function outputAndPack(dir: string): { output: string; packKept: boolean } {
  const tree = hashTree(join(dir, 'generated'));
  for (const path of Object.keys(tree)) if (path.startsWith('evidence/')) delete tree[path];
  const pack = join(dir, packPath);
  return { output: JSON.stringify(tree), packKept: existsSync(pack) && readFileSync(pack).equals(packBytes) };
}

/**
 * Kill `build` at random moments, 20 times, alternating between two versions of the estate:
 * afterwards generated/ must be exactly one complete set or the other (once the next govspec run
 * has finished or undone an interrupted swap), never a mix, and the evidence pack in it is still
 * there, unchanged. The writer does the same work for any estate, so a few specs (and no
 * browser) keep the kills as searching and the test quick.
 */
describe('crash safety', () => {
  it('leaves one complete output set after being killed at random points', async () => {
    const dir = exampleRepo({ specs });
    try {
      const a = readFileSync(join(dir, specPath), 'utf8');
      const b = a.replace(/^title: .*$/m, 'title: Nightly staff extract (renamed)');
      // The complete set for b comes from a copy; the one for a is the first build here, timed
      // alone so the kills below fall across a whole build.
      const setB = await referenceOutput(b);
      const started = Date.now();
      const first = await runCliAsync(dir, ['build', '--quiet'], noBrowser);
      const buildMs = Math.max(300, Date.now() - started);
      expect(first.status, first.stderr).toBe(0);
      const setA = hashTree(join(dir, 'generated'));
      expect(setB).not.toEqual(setA);
      mkdirSync(join(dir, 'generated', 'evidence'));
      writeFileSync(join(dir, packPath), packBytes);

      const seen = { a: 0, b: 0 };
      for (let i = 0; i < 20; i++) {
        const current = outputAndPack(dir).output === JSON.stringify(setA) ? 'a' : 'b';
        writeFileSync(join(dir, specPath), current === 'a' ? b : a);
        const child = spawn(process.execPath, [cli, 'build', '--quiet'], {
          cwd: dir,
          stdio: 'ignore',
          env: { ...process.env, ...noBrowser },
        });
        // Listen before killing: a build that finishes before the kill has already exited.
        const exited = new Promise((r) => child.on('exit', r));
        const delay = Math.floor(buildMs * (0.2 + Math.random() * 0.9));
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await exited;
        // What the next govspec run (build, check) does first: finish or undo an interrupted swap.
        recoverOutput(join(dir, 'generated'));
        expect(existsSync(join(dir, 'generated')), `generated/ missing after a kill at ${delay} ms`).toBe(
          true,
        );
        const { output: now, packKept } = outputAndPack(dir);
        expect(packKept, `the evidence pack was lost or changed after a kill at ${delay} ms`).toBe(true);
        if (now === JSON.stringify(setA)) seen.a++;
        else if (now === JSON.stringify(setB)) seen.b++;
        else expect.fail(`generated/ is a mix of two builds after a kill at ${delay} ms`);
      }
      expect(seen.a + seen.b).toBe(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
