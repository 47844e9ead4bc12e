/**
 * The previous version of each spec comes from its own commit: two specs changed at different
 * times are each compared with the version they had before, in one compile of the estate (each
 * spec at its previous version, the config as it is now), and a spec that never changed version
 * has no summary at all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { changeHistory } from '../../src/cli/change-history.js';
import { compile } from '../../src/pipeline/compile.js';
import { TempRepo } from '../diff/git-repo.js';
import { minimalConfigYaml, minimalSpec } from '../helpers/estate.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

describe('change history across an estate', () => {
  it('compares each changed spec with its own previous version', () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write('govspec.config.yaml', minimalConfigYaml);
    for (const id of ['alpha-feed', 'beta-feed', 'gamma-feed'])
      repo.write(`specs/${id}.yaml`, minimalSpec({ id, version: '1.0.0' }));
    const first = repo.commit('Three specs at 1.0.0');
    repo.edit('specs/alpha-feed.yaml', /^version: .*$/m, 'version: 1.1.0');
    repo.edit('specs/alpha-feed.yaml', /^title: .*$/m, 'title: Alpha feed, now with a new title');
    const second = repo.commit('Alpha at 1.1.0');
    repo.edit('specs/beta-feed.yaml', /^version: .*$/m, 'version: 2.0.0');
    repo.edit('specs/alpha-feed.yaml', /^version: .*$/m, 'version: 1.2.0');
    repo.commit('Beta at 2.0.0, alpha at 1.2.0');

    const head = compile({ host: new FsHost(repo.dir), asOf: '2026-01-01' });
    expect(head.estate?.integrations.length).toBe(3);
    const history = changeHistory(repo.dir, 'govspec.config.yaml', undefined);
    expect(history.diagnostics).toEqual([]);
    history.amend(head, '2026-01-01');
    const changes = head.analysis.changes ?? [];
    expect(changes.map((c) => c.integration)).toEqual(['alpha-feed', 'beta-feed']);
    const [alpha, beta] = changes;
    // Alpha's previous version is 1.1.0, introduced by the second commit; beta's is 1.0.0.
    expect(alpha!.before.version).toBe('1.1.0');
    expect(alpha!.before.base).toContain(`commit ${second.slice(0, 12)}`);
    expect(alpha!.version).toBe('1.2.0');
    expect(beta!.before.version).toBe('1.0.0');
    expect(beta!.before.base).toContain(`commit ${first.slice(0, 12)}`);
    expect(beta!.version).toBe('2.0.0');
  });
});
