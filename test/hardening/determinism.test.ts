import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleRepo, hashTree, runCli } from './example-repo.js';

/**
 * Every emitter's output must depend only on the inputs: not on the time zone, the locale, the
 * clock or the process. Build the example estate under different environments and compare the
 * SHA-256 of every generated file.
 */
describe('determinism across environments', () => {
  const environments: Array<[string, NodeJS.ProcessEnv]> = [
    ['UTC, en_GB', { TZ: 'UTC', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }],
    ['New York, en_US', { TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }],
    ['Chatham, de_DE', { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }],
  ];

  it('gives byte-identical output under different time zones, locales and wall clocks', () => {
    const hashes: Array<Record<string, string>> = [];
    for (const [name, env] of environments) {
      const dir = exampleRepo();
      try {
        const result = runCli(dir, ['build', '--quiet'], env);
        expect(result.status, `${name}: ${result.stderr}`).toBe(0);
        hashes.push(hashTree(join(dir, 'generated')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(Object.keys(hashes[0]!).length).toBeGreaterThan(2);
    expect(hashes[1]).toEqual(hashes[0]);
    expect(hashes[2]).toEqual(hashes[0]);
  });

  it('takes the build date from SOURCE_DATE_EPOCH when set, and it changes only dated content', () => {
    const dir = exampleRepo();
    try {
      expect(runCli(dir, ['build', '--quiet'], { SOURCE_DATE_EPOCH: '1767225600' }).status).toBe(0);
      const first = hashTree(join(dir, 'generated'));
      rmSync(join(dir, 'generated'), { recursive: true });
      expect(
        runCli(dir, ['build', '--quiet'], { SOURCE_DATE_EPOCH: '1767225600', TZ: 'Asia/Tokyo' }).status,
      ).toBe(0);
      expect(hashTree(join(dir, 'generated'))).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('worker threads', () => {
  it('pack the same Word bytes as the main thread', () => {
    const dir = exampleRepo();
    try {
      // Three copies of the estate: enough integrations for the build to use worker threads.
      for (const copy of ['b', 'c']) {
        for (const file of readdirSync(join(dir, 'specs'), { recursive: true }) as string[]) {
          if (!file.endsWith('.yaml')) continue;
          const text = readFileSync(join(dir, 'specs', file), 'utf8');
          writeFileSync(
            join(dir, 'specs', `${copy}-${file.replace(/\//g, '-')}`),
            text.replace(/^id: (.*)$/m, `id: ${copy}-$1`),
          );
        }
      }
      expect(runCli(dir, ['build', '--quiet', '--no-cache']).status).toBe(0);
      const pooled = hashTree(join(dir, 'generated'));
      rmSync(join(dir, 'generated'), { recursive: true });
      expect(runCli(dir, ['build', '--quiet', '--no-cache'], { GOVSPEC_WORKERS: '0' }).status).toBe(0);
      const inline = hashTree(join(dir, 'generated'));
      expect(Object.keys(pooled).filter((p) => p.endsWith('.dpia.docx')).length).toBeGreaterThan(24);
      expect(inline).toEqual(pooled);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
