import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleRepo, hashTree, noBrowser, runCliAsync } from './example-repo.js';

/** Build the example estate in a fresh copy under an environment; the SHA-256 of every output file. */
async function outputUnder(env: NodeJS.ProcessEnv, prepare?: (dir: string) => void, args: string[] = []) {
  const dir = exampleRepo();
  try {
    prepare?.(dir);
    const r = await runCliAsync(dir, ['build', '--quiet', ...args], { ...noBrowser, ...env });
    expect(r.status, r.stderr).toBe(0);
    return hashTree(join(dir, 'generated'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every emitter's output must depend only on the inputs: not on the time zone, the locale, the
 * clock or the process. Build the example estate under different environments, side by side,
 * and compare the SHA-256 of every generated file. (Diagram pictures are drawn by the browser and
 * reused from the committed output; their own test is test/privacy/diagram-render.test.ts.)
 */
describe('determinism across environments', () => {
  const environments: Array<[string, NodeJS.ProcessEnv]> = [
    ['UTC, en_GB', { TZ: 'UTC', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }],
    ['New York, en_US', { TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }],
    ['Chatham, de_DE', { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }],
  ];

  it('gives byte-identical output under different time zones, locales and wall clocks', async () => {
    const hashes = await Promise.all(environments.map(([, env]) => outputUnder(env)));
    expect(Object.keys(hashes[0]!).length).toBeGreaterThan(2);
    expect(hashes[1]).toEqual(hashes[0]);
    expect(hashes[2]).toEqual(hashes[0]);
  });

  it('takes the build date from SOURCE_DATE_EPOCH when set, and it changes only dated content', async () => {
    const epoch = '1767225600';
    const [utc, tokyo, fromGit] = await Promise.all([
      outputUnder({ SOURCE_DATE_EPOCH: epoch }),
      outputUnder({ SOURCE_DATE_EPOCH: epoch, TZ: 'Asia/Tokyo' }),
      outputUnder({}),
    ]);
    expect(tokyo).toEqual(utc);
    const dated = Object.keys(utc).filter((p) => utc[p] !== fromGit[p]);
    expect(dated).toContain('build-info.json');
    expect(dated.length).toBeLessThan(Object.keys(utc).length);
  });
});

describe('worker threads', () => {
  it('pack the same Word bytes as the main thread', async () => {
    // A second copy of the estate: enough DPIA sections for the build to use worker threads.
    const copy = (dir: string) => {
      for (const file of readdirSync(join(dir, 'specs'), { recursive: true }) as string[]) {
        if (!file.endsWith('.yaml')) continue;
        const text = readFileSync(join(dir, 'specs', file), 'utf8');
        writeFileSync(
          join(dir, 'specs', `b-${file.replace(/\//g, '-')}`),
          text.replace(/^id: (.*)$/m, 'id: b-$1'),
        );
      }
    };
    const [pooled, inline] = await Promise.all([
      outputUnder({}, copy, ['--no-cache']),
      outputUnder({ GOVSPEC_WORKERS: '0' }, copy, ['--no-cache']),
    ]);
    expect(Object.keys(pooled).filter((p) => p.endsWith('.dpia.docx')).length).toBeGreaterThanOrEqual(24);
    expect(inline).toEqual(pooled);
  });
});
