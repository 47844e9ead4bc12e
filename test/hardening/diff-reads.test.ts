/**
 * diff reads each revision as build reads the working tree: a spec behind a symbolic link inside
 * the repository and a spec in a git submodule are seen at both revisions; a link out of the
 * repository is reported, never read; a submodule whose files cannot be read is named and the
 * diff fails instead of reporting "no governance change".
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffRevisions } from '../../src/diff/revision.js';
import { FsHost } from '../../src/core/host.js';
import { compile } from '../../src/pipeline/compile.js';
import { TempRepo } from '../diff/git-repo.js';
import { minimalSpec } from '../helpers/estate.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.dispose();
});

const config = `govspec: 1
organisation: { name: Test Trust, ods: ZZT, role: deploying-organisation }
specs: [specs/**/*.yaml, vendor/**/*.yaml]
output: generated
`;

function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}

const diff = (r: TempRepo, base: string) =>
  diffRevisions({ root: r.dir, configFile: 'govspec.config.yaml', base, useMergeBase: true });

const idsBuildSees = (r: TempRepo) =>
  compile({ host: new FsHost(r.dir), asOf: '2026-01-01', skipAnalysis: true }).estate?.integrations.map(
    (i) => i.id,
  );

describe('a spec behind a symbolic link inside the repository', () => {
  it('is seen by diff at both revisions, as build sees it', () => {
    const r = repo();
    r.write('govspec.config.yaml', config);
    r.write('shared/linked-feed.yaml', minimalSpec({ id: 'linked-feed', title: 'Linked feed' }));
    r.write('specs/.keep', '');
    symlinkSync('../shared/linked-feed.yaml', join(r.dir, 'specs', 'linked-feed.yaml'));
    const base = r.commit('linked spec');
    r.edit('shared/linked-feed.yaml', 'title: Linked feed', 'title: Linked feed, renamed');
    r.edit('shared/linked-feed.yaml', 'version: 1.0.0', 'version: 1.1.0');
    r.commit('change it');
    expect(idsBuildSees(r)).toEqual(['linked-feed']);
    const run = diff(r, base);
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(run.diff?.integrations.map((i) => [i.id, i.change])).toEqual([['linked-feed', 'changed']]);
  });

  it('a link that leads out of the repository is reported at the revision, never read', () => {
    const r = repo();
    r.write('govspec.config.yaml', config);
    r.write('specs/a.yaml', minimalSpec({ id: 'inside-feed' }));
    const base = r.commit('one spec');
    symlinkSync('/etc/hostname', join(r.dir, 'specs', 'outside.yaml'));
    r.commit('link out');
    const run = diff(r, base);
    const codes = run.diagnostics.map((d) => `${d.code} ${d.location?.file ?? ''}`);
    expect(codes).toContain('load-link-outside specs/outside.yaml');
  });
});

describe('a spec in a git submodule', () => {
  function withSubmodule() {
    const vendor = repo();
    vendor.write('feeds/vendor-feed.yaml', minimalSpec({ id: 'vendor-feed', title: 'Vendor feed' }));
    vendor.commit('vendor spec');
    const r = repo();
    r.write('govspec.config.yaml', config);
    r.write('specs/a.yaml', minimalSpec({ id: 'own-feed' }));
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', vendor.dir, 'vendor');
    const base = r.commit('with a submodule');
    return { vendor, r, base };
  }

  it('is seen by diff at both revisions, as build sees it', () => {
    const { r, base } = withSubmodule();
    const inner = new TempRepo(join(r.dir, 'vendor'));
    inner.git('config', 'user.name', 'Test');
    inner.git('config', 'user.email', 'test@example.invalid');
    inner.edit('feeds/vendor-feed.yaml', 'title: Vendor feed', 'title: Vendor feed, renamed');
    inner.edit('feeds/vendor-feed.yaml', 'version: 1.0.0', 'version: 2.0.0');
    inner.commit('vendor change');
    r.commit('move the submodule on');
    expect(idsBuildSees(r)?.sort()).toEqual(['own-feed', 'vendor-feed']);
    const run = diff(r, base);
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(run.diff?.integrations.map((i) => [i.id, i.change])).toEqual([['vendor-feed', 'changed']]);
  });

  it('a submodule that is not checked out is named, and the diff fails rather than say "no change"', () => {
    const { r, base } = withSubmodule();
    // A fresh clone without --recurse-submodules: the submodule folder is empty.
    const clone = repo();
    clone.dispose();
    execFileSync('git', ['clone', '-q', r.dir, clone.dir]);
    const run = diff(clone, base);
    expect(run.diff).toBeUndefined();
    const unreadable = run.diagnostics.find((d) => d.code === 'load-folder-unreadable');
    expect(unreadable?.location?.file).toBe('vendor');
    expect(unreadable?.message).toContain('not checked out');
  });
});
