import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/diff/render-markdown.js';
import type { DiffOptions } from '../../src/diff/revision.js';
import { diffRevisions } from '../../src/diff/revision.js';
import { FsHost } from '../../src/core/host.js';
import { TempRepo } from './git-repo.js';

const spec = (id: string, extra = '') => `govspec: 1
id: ${id}
version: 1.0.0
title: Feed ${id}
status: live
owner: { name: Owner ${id}, team: Team, contact: ${id}@trust.example }
source: { system: PAS }
target: { system: EPR }
engine: { kind: mirth, channel: ${id.toUpperCase()} }
protocol: { standard: hl7v2, version: "2.4" }
transport: { kind: mllp, network: internal, encryption: tls }
latency: { contract: realtime }
data:
  subjects: [patients]
  items:
    - { name: NHS number, class: identifier }
purpose: direct-care
lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h) }
${extra}`;

const configText = `govspec: 1
organisation: { name: Test Trust, ods: ZZT, role: deploying-organisation, cso: { name: Dr C } }
specs: [specs/**/*.yaml, channels/**/*.govspec.yaml]
`;

function diff(repo: TempRepo, opts: Partial<DiffOptions> & { base: string }) {
  return diffRevisions({ root: repo.dir, configFile: 'govspec.config.yaml', useMergeBase: true, ...opts });
}

describe('small repositories', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo();
    repo.write('govspec.config.yaml', configText);
    for (const id of ['alpha-feed', 'beta-feed', 'gamma-feed']) repo.write(`specs/${id}.yaml`, spec(id));
    repo.commit('three feeds');
    repo.git('tag', 'start');
  });
  afterAll(() => repo.dispose());

  test('renaming a spec file without changing it is no governance change', () => {
    repo.git('checkout', '-q', '-b', 'rename', 'start');
    repo.mv('specs/alpha-feed.yaml', 'specs/alpha-renamed.yaml');
    repo.commit('rename');
    const r = diff(repo, { base: 'start' });
    expect(r.diagnostics).toEqual([]);
    expect(r.diff!.integrations).toEqual([]);
    expect(r.diff!.moved).toEqual([
      { id: 'alpha-feed', from: 'specs/alpha-feed.yaml', to: 'specs/alpha-renamed.yaml' },
    ]);
    const md = renderMarkdown(r.diff!);
    expect(md.split('\n')[0]).toBe('### Governance change: none');
    expect(md).toContain('No governance change.');
  });

  test('a spec moved between folders (beside its channel) is no change; moved and edited is a change', () => {
    repo.git('checkout', '-q', '-b', 'move', 'start');
    repo.mv('specs/beta-feed.yaml', 'channels/beta/beta.govspec.yaml');
    repo.mv('specs/gamma-feed.yaml', 'channels/gamma/gamma.govspec.yaml');
    repo.edit('channels/gamma/gamma.govspec.yaml', 'version: 1.0.0', 'version: 1.1.0');
    // An edit that derives the same hazards, so that no CSO decision is needed for the move.
    repo.edit('channels/gamma/gamma.govspec.yaml', 'title: Feed gamma-feed', 'title: Feed gamma (renamed)');
    repo.commit('move');
    const r = diff(repo, { base: 'start' });
    expect(r.diff!.moved.map((m) => m.id)).toEqual(['beta-feed']);
    expect(r.diff!.integrations).toHaveLength(1);
    const gamma = r.diff!.integrations[0]!;
    expect([gamma.id, gamma.change, gamma.file]).toEqual([
      'gamma-feed',
      'changed',
      { before: 'specs/gamma-feed.yaml', after: 'channels/gamma/gamma.govspec.yaml' },
    ]);
    expect(gamma.fields).toEqual([
      { aspect: 'wording', field: 'title', before: 'Feed gamma-feed', after: 'Feed gamma (renamed)' },
    ]);
    expect(r.diff!.required).toEqual([]);
  });

  test('added and deleted specs', () => {
    repo.git('checkout', '-q', '-b', 'add-delete', 'start');
    repo.rm('specs/beta-feed.yaml');
    repo.write('specs/delta-feed.yaml', spec('delta-feed'));
    repo.commit('add delta, delete beta');
    const r = diff(repo, { base: 'start' });
    expect(r.diff!.integrations.map((i) => [i.id, i.change, i.reviewers])).toEqual([
      ['beta-feed', 'removed', ['cso', 'caldicott', 'dpo', 'owner']],
      ['delta-feed', 'added', ['cso', 'caldicott', 'dpo', 'owner']],
    ]);
    const md = renderMarkdown(r.diff!);
    expect(md).toContain('Governance change: 2 integrations (1 added, 1 removed)');
    expect(md).toContain('The spec was deleted. Retire an integration with status: retired instead');
  });

  test('the base is the merge base: work merged on main meanwhile is not shown as undone', () => {
    repo.git('checkout', '-q', '-b', 'side', 'start');
    repo.edit('specs/alpha-feed.yaml', 'version: 1.0.0', 'version: 1.0.1');
    repo.edit('specs/alpha-feed.yaml', 'contract: realtime', 'contract: hourly');
    repo.commit('side change');
    repo.git('checkout', '-q', '-b', 'trunk', 'start');
    repo.edit('specs/gamma-feed.yaml', 'version: 1.0.0', 'version: 2.0.0');
    repo.edit('specs/gamma-feed.yaml', 'purpose: direct-care', 'purpose: research');
    repo.commit('trunk change');
    const withBase = diff(repo, { base: 'trunk', head: 'side' });
    expect(withBase.diff!.integrations.map((i) => i.id)).toEqual(['alpha-feed']);
    expect(withBase.diff!.base.commit).toBe(repo.git('rev-parse', 'start^{commit}'));
    const direct = diff(repo, { base: 'trunk', head: 'side', useMergeBase: false });
    expect(direct.diff!.integrations.map((i) => i.id)).toEqual(['alpha-feed', 'gamma-feed']);
  });

  test('reading revisions leaves the working tree and index untouched', () => {
    repo.git('checkout', '-q', 'start');
    repo.write('specs/alpha-feed.yaml', spec('alpha-feed', 'tags: [uncommitted]\n'));
    const index = join(repo.dir, '.git/index');
    const before = [repo.git('status', '--porcelain'), statSync(index).mtimeMs];
    const r = diff(repo, { base: 'start', head: 'side' });
    expect(r.diff!.integrations.map((i) => i.id)).toEqual(['alpha-feed']);
    expect([repo.git('status', '--porcelain'), statSync(index).mtimeMs]).toEqual(before);
    // --worktree compares the files on disk instead, uncommitted edits included.
    const wt = diff(repo, { base: 'start', worktree: new FsHost(repo.dir) });
    expect(wt.diff!.head.ref).toBe('working tree');
    expect(wt.diff!.integrations[0]!.fields).toEqual([
      { aspect: 'wording', field: 'tags', after: 'uncommitted' },
    ]);
    repo.git('checkout', '-q', '--', 'specs/alpha-feed.yaml');
  });

  test('option-like and unknown revisions are refused with a clear message, and nothing is written', () => {
    for (const bad of ['--output=x', '-p', '', 'main two']) {
      const r = diff(repo, { base: bad });
      expect(r.usage).toBe(true);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['diff-ref-invalid']);
    }
    expect(diff(repo, { base: 'start', head: '--output=x' }).diagnostics[0]!.code).toBe('diff-ref-invalid');
    expect(existsSync(join(repo.dir, 'x'))).toBe(false);
    const unknown = diff(repo, { base: 'no-such-branch' });
    expect(unknown.diagnostics[0]!.code).toBe('diff-ref-not-found');
    expect(unknown.diagnostics[0]!.message).toContain('git fetch origin no-such-branch');
  });

  test('unrelated histories fall back to the base itself, with a warning', () => {
    repo.git('checkout', '-q', '--orphan', 'unrelated');
    repo.git('rm', '-rqf', '.');
    repo.write('govspec.config.yaml', configText);
    repo.write('specs/alpha-feed.yaml', spec('alpha-feed'));
    repo.commit('orphan');
    const r = diff(repo, { base: 'start', head: 'unrelated' });
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes[0]).toBe('diff-no-merge-base');
    // The specs missing from the unrelated history had open hazards: dropped without closure.
    expect(new Set(codes.slice(1))).toEqual(new Set(['diff-hazard-dropped']));
    expect(r.diff!.integrations.map((i) => [i.id, i.change])).toEqual([
      ['beta-feed', 'removed'],
      ['gamma-feed', 'removed'],
    ]);
    repo.git('checkout', '-q', '-f', 'start');
    repo.git('clean', '-qfd');
  });
});

describe('repository shapes', () => {
  test('a base with no config: everything is added', () => {
    const repo = new TempRepo();
    try {
      repo.write('README.md', 'before govspec\n');
      repo.commit('initial');
      repo.write('govspec.config.yaml', configText);
      repo.write('specs/alpha-feed.yaml', spec('alpha-feed'));
      repo.commit('adopt govspec');
      const r = diff(repo, { base: 'HEAD~1' });
      // Every hazard the new spec derives is new and needs the CSO's decision.
      expect(new Set(r.diagnostics.map((d) => d.code))).toEqual(new Set(['diff-hazard-undecided']));
      expect(r.diff!.base.hasConfig).toBe(false);
      expect(r.diff!.integrations.map((i) => [i.id, i.change])).toEqual([['alpha-feed', 'added']]);
      expect(renderMarkdown(r.diff!)).toContain('which has no govspec config');
    } finally {
      repo.dispose();
    }
  });

  test('a workspace in a subfolder of the repository reads its own paths', () => {
    const repo = new TempRepo();
    try {
      repo.write('integration/govspec.config.yaml', configText);
      repo.write('integration/specs/alpha-feed.yaml', spec('alpha-feed'));
      repo.write('specs/outside.yaml', 'not: a spec in this workspace\n');
      repo.commit('nested');
      repo.edit('integration/specs/alpha-feed.yaml', 'version: 1.0.0', 'version: 1.0.1');
      repo.edit('integration/specs/alpha-feed.yaml', 'encryption: tls', 'encryption: none');
      repo.commit('drop tls');
      const r = diffRevisions({
        root: join(repo.dir, 'integration'),
        configFile: 'govspec.config.yaml',
        base: 'HEAD~1',
        useMergeBase: true,
      });
      expect(r.diagnostics).toEqual([]);
      const [i] = r.diff!.integrations;
      expect([i!.file.after, i!.fields, i!.reviewers]).toEqual([
        'specs/alpha-feed.yaml',
        [{ aspect: 'security', field: 'transport.encryption', before: 'tls', after: 'none' }],
        ['dpo'],
      ]);
    } finally {
      repo.dispose();
    }
  });

  test('a shallow clone that lacks the base says how to fetch it', () => {
    const origin = new TempRepo();
    const clones: TempRepo[] = [];
    try {
      origin.write('govspec.config.yaml', configText);
      origin.write('specs/alpha-feed.yaml', spec('alpha-feed'));
      const baseSha = origin.commit('base');
      origin.git('checkout', '-q', '-b', 'feature');
      origin.edit('specs/alpha-feed.yaml', 'version: 1.0.0', 'version: 1.1.0');
      origin.commit('feature');
      const dir = `${origin.dir}-clone`;
      new TempRepo(origin.dir).git(
        'clone',
        '-q',
        '--depth',
        '1',
        '--branch',
        'feature',
        `file://${origin.dir}`,
        dir,
      );
      const clone = new TempRepo(dir);
      clones.push(clone);
      expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
      for (const base of ['main', baseSha]) {
        const r = diff(clone, { base });
        expect(r.usage).toBe(true);
        expect(r.diagnostics.map((d) => d.code)).toEqual(['diff-base-not-fetched']);
        expect(r.diagnostics[0]!.message).toContain(`git fetch --depth=50 origin ${base}`);
        expect(r.diagnostics[0]!.message).toContain('fetch-depth: 0');
      }
      // Once the base is fetched the diff runs (compared with the base itself: history is cut).
      clone.git('fetch', '-q', '--depth=1', 'origin', 'main');
      const r = diff(clone, { base: 'FETCH_HEAD' });
      expect(r.diagnostics.map((d) => d.code)).toEqual(['diff-no-merge-base']);
      expect(r.diff!.integrations).toEqual([]);
    } finally {
      origin.dispose();
      clones.forEach((c) => c.dispose());
    }
  });

  test('outside a git repository', () => {
    const r = diffRevisions({
      root: '/',
      configFile: 'govspec.config.yaml',
      base: 'main',
      useMergeBase: true,
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['diff-not-a-repository']);
  });
});
