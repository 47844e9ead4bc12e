import { describe, expect, test } from 'vitest';
import { parseBatch } from '../../src/diff/git-host.js';
import { diffEstates } from '../../src/diff/model-diff.js';
import { renderDiffJson } from '../../src/diff/render-json.js';
import { renderMarkdown } from '../../src/diff/render-markdown.js';
import { renderCodeowners, renderHandles } from '../../src/diff/render-reviewers.js';
import type { GovernanceDiff } from '../../src/diff/types.js';
import { estate, sources, spec } from './estates.js';

function governance(before: ReturnType<typeof estate>, after: ReturnType<typeof estate>): GovernanceDiff {
  const body = diffEstates(
    { estate: before, analysis: {}, sources },
    { estate: after, analysis: {}, sources },
  );
  return {
    ...body,
    base: { ref: 'main', commit: 'a'.repeat(40), hasConfig: true },
    head: { ref: 'HEAD', commit: 'b'.repeat(40), hasConfig: true },
  };
}

describe('Markdown', () => {
  test('spec text cannot inject HTML or break the tables', () => {
    const hostile = '<script>alert(1)</script> | **bold** [x](javascript:y)';
    const d = governance(
      estate([spec('a')]),
      estate([
        spec('a', { version: '1.1.0', title: hostile, purpose: 'planning', description: 'line\n## heading' }),
      ]),
    );
    const md = renderMarkdown(d);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toMatch(/\n## heading/);
    // Every table row keeps its five columns: no raw pipe from spec text.
    for (const row of md.split('\n').filter((l) => l.startsWith('| Title')))
      expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  test('a change with no decisions missing says so in the summary line', () => {
    const d = governance(
      estate([spec('a')]),
      estate([spec('a', { version: '1.0.1', runbook: 'docs/a.md' })]),
    );
    expect(renderMarkdown(d).split('\n')[0]).toBe(
      '### Governance change: 1 integration (1 changed) · no decisions missing · review: Service owner',
    );
  });

  test('JSON carries a summary and the whole change', () => {
    const d = governance(estate([spec('a')]), estate([spec('a', { purpose: 'research' })]));
    const j = JSON.parse(renderDiffJson(d));
    expect(j.format).toBe('govspec-diff/1');
    expect(j.summary).toMatchObject({ integrations: 1, changed: 1, required: 1, errors: 1 });
    expect(j.required[0].kind).toBe('version-not-bumped');
    expect(j.integrations[0].fields[0]).toEqual({
      aspect: 'purpose',
      field: 'purpose',
      before: 'direct-care',
      after: 'research',
    });
  });
});

describe('reviewer lists', () => {
  const d = governance(
    estate([spec('a'), spec('b', { owner: undefined })]),
    estate([
      spec('a', { version: '1.1.0', latency: { contract: 'nightly' }, lawfulBasis: { article6: '6(1)(c)' } }),
      spec('b', { version: '1.1.0', owner: undefined, sla: { hours: '24x7' } }),
    ]),
  );

  test('CODEOWNERS lines per changed spec; reviewers without a handle are a comment', () => {
    expect(renderCodeowners(d, 'integration/').split('\n')).toEqual([
      '/integration/specs/a.yaml @trust/clinical-safety caldicott@trust.example @dpo-person',
      '# /integration/specs/b.yaml: Service owner has no handle: set owner.handle in the spec',
      '',
    ]);
  });

  test('handles for review-request APIs, without the @, and the people who have none', () => {
    const { text, missing } = renderHandles(d);
    expect(text).toBe('dpo-person\ntrust/clinical-safety\n');
    expect(missing).toEqual([
      'Caldicott Guardian Dr G has no handle: set organisation.caldicottGuardian.handle in govspec.config.yaml',
      'Service owner has no handle: set owner.handle in the spec',
    ]);
  });
});

test('cat-file batch output is split by the sizes git gives, binary-safe', () => {
  const body = Buffer.from('a\nb\0c', 'utf8');
  const out = Buffer.concat([
    Buffer.from(`1111 blob ${body.length}\n`),
    body,
    Buffer.from('\n2222 missing\n3333 blob 0\n\n'),
  ]);
  const seen: Array<[string, string]> = [];
  parseBatch(out, (oid, bytes) => seen.push([oid, Buffer.from(bytes).toString('utf8')]));
  expect(seen).toEqual([
    ['1111', 'a\nb\0c'],
    ['3333', ''],
  ]);
});
