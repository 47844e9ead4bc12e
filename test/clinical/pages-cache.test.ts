/**
 * The hazard page of each integration is cached with that integration: after one spec changes, a
 * rebuild renders that integration's page again and takes every other page from the cache.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import type { CachedPart, EmitCache } from '../../src/emit/cache.js';
import { integrationHazardPages } from '../../src/emit/clinical/markdown.js';
import type { EmittedFile, IntegrationEmitter } from '../../src/emit/types.js';
import { isKept, wholeFile } from '../../src/emit/types.js';
import { generate } from '../../src/pipeline/generate.js';
import { makeRepo, minimalSpec, removeRepos } from '../helpers/estate.js';

afterAll(removeRepos);

class MemoryCache implements EmitCache {
  readonly parts = new Map<string, CachedPart>();
  get(key: string) {
    return this.parts.get(key);
  }
  set(key: string, files: readonly EmittedFile[]) {
    this.parts.set(key, { files: [...files], diagnostics: [] });
  }
}

describe('hazard pages per integration', () => {
  it('renders again only the page of the integration whose spec changed', async () => {
    const ids = ['alpha-feed', 'beta-feed', 'gamma-feed'];
    const repo = makeRepo({
      specs: Object.fromEntries(ids.map((id) => [`specs/${id}.yaml`, minimalSpec({ id })])),
    });
    const rendered: string[] = [];
    const counting: IntegrationEmitter = {
      ...integrationHazardPages,
      emitOne(i, ctx) {
        rendered.push(i.id);
        return integrationHazardPages.emitOne(i, ctx);
      },
    };
    const cache = new MemoryCache();
    const run = () =>
      generate({
        host: new FsHost(repo.root),
        asOf: '2026-01-01',
        fallbackAsOf: '2026-01-01',
        env: {},
        cache,
        emitters: [counting],
      });
    const first = await run();
    expect(rendered).toEqual(ids);
    const pages = (first.files ?? []).filter((f) => !isKept(f) && f.path.includes('/integrations/'));
    expect(pages.map((f) => f.path)).toEqual(ids.map((id) => `clinical-safety/integrations/${id}.md`));

    rendered.length = 0;
    await run();
    expect(rendered).toEqual([]);

    writeFileSync(
      join(repo.root, 'specs/beta-feed.yaml'),
      minimalSpec({ id: 'beta-feed', title: 'Beta feed, retitled' }),
    );
    rendered.length = 0;
    const third = await run();
    expect(rendered).toEqual(['beta-feed']);
    const beta = (third.files ?? []).find((f) => f.path.endsWith('/beta-feed.md'));
    expect(beta && !isKept(beta) ? String(wholeFile(beta).content) : '').toContain('Beta feed, retitled');
  });
});
