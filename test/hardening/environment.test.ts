import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBuildInfo, sourceDateEpoch } from '../../src/pipeline/provenance.js';
import { exampleRepo, hashTree, runCli } from './example-repo.js';

/** Environment values are input too: a bad one is ignored or reported, never trusted or executed. */
describe('hostile environment values', () => {
  it('ignores a SOURCE_DATE_EPOCH that is not a whole number of seconds', () => {
    for (const value of ['abc', '-1', '1e9', '1.5', ' 1', '99999999999999999', '$(touch /tmp/x)', '']) {
      expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: value }), value).toBeUndefined();
    }
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1767225600' })?.toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    const last = { commit: 'c'.repeat(40), timestamp: new Date('2026-11-20T10:00:00Z'), order: 0 };
    expect(resolveBuildInfo('digest', last, false, { SOURCE_DATE_EPOCH: 'garbage' }).date).toBe('2026-11-20');
  });

  it('builds with hostile values in the browser path and locale, writing only inside generated/', () => {
    const dir = exampleRepo();
    try {
      const env = {
        GOVSPEC_CHROMIUM: '/nonexistent/chromium; touch /tmp/govspec-pwned',
        SOURCE_DATE_EPOCH: '$(date)',
        LANG: 'xx_XX.bogus',
        TZ: '../../etc/passwd',
        GOVSPEC_WORKERS: '-1',
      };
      const r = runCli(dir, ['build'], env);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).toMatch(/diagrams were not rendered|privacy-diagrams-not-rendered/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(Object.keys(hashTree(join(dir, 'generated'))).length).toBeGreaterThan(20);
      const top = Object.keys(hashTree(dir)).map((p) => p.split('/')[0]);
      expect([...new Set(top)].sort()).toEqual(
        [
          '.git',
          '.govspec-cache',
          'channels',
          'docs',
          'generated',
          'govspec.config.yaml',
          'schemas',
          'specs',
        ].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
