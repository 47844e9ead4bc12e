import { describe, expect, it } from 'vitest';
import type { Host, ReadResult } from '../../src/core/host.js';
import { carrySources, maxSourceBytes } from '../../src/evidence/sources.js';

/** A host whose every read answers as the table says; nothing touches the disk. */
function hostOf(reads: Record<string, ReadResult>): Host & { asked: Array<[string, number | undefined]> } {
  const asked: Array<[string, number | undefined]> = [];
  return {
    root: '/repo',
    asked,
    readFile: () => undefined,
    readChecked(path, max) {
      asked.push([path, max]);
      return reads[path] ?? { problem: 'missing', detail: 'no such file' };
    },
    exists: () => false,
    listFiles: () => [],
  };
}

const cite = (path: string) => ({ path, label: 'evidence for a hazard control', subject: 'demo-feed' });

describe('carrying cited files', () => {
  it('carries a real file under sources/, read with the size limit', () => {
    const host = hostOf({ 'docs/evidence/a.md': { bytes: new TextEncoder().encode('# A') } });
    const { carried, missing } = carrySources(host, [cite('docs/evidence/a.md')]);
    expect(carried.map((c) => c.path)).toEqual(['sources/docs/evidence/a.md']);
    expect(missing).toEqual([]);
    expect(host.asked).toEqual([['docs/evidence/a.md', maxSourceBytes]]);
  });

  it.each([
    [
      'a missing file',
      'docs/evidence/gone.md',
      { problem: 'missing', detail: 'no such file' },
      /no such file/,
    ],
    [
      'a link out of the repository',
      'docs/evidence/out.md',
      { problem: 'outside', detail: '' },
      /outside the repository/,
    ],
    [
      'a file too large',
      'docs/evidence/big.md',
      { problem: 'too-large', detail: '', size: 1e9 },
      /larger than 16 MB/,
    ],
    ['a FIFO', 'docs/evidence/fifo', { problem: 'not-a-file', detail: 'it is a FIFO (named pipe)' }, /FIFO/],
  ] as const)('reports %s as a gap, with the reason', (_what, path, read, reason) => {
    const { carried, missing } = carrySources(hostOf({ [path]: read }), [cite(path)]);
    expect(carried).toEqual([]);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ source: path, subjects: ['demo-feed'] });
    expect(missing[0]!.reason).toMatch(reason);
  });

  it.each([
    ['a parent segment', '../../etc/passwd', /outside the repository/],
    ['an absolute path', '/etc/passwd', /outside the repository/],
    ['a backslash', 'docs\\evil.md', /backslash/],
    ['a terminal escape', 'docs/\u001b[31mred.md', /control characters/],
    ['a right-to-left override', 'docs/evil\u202egpj.md', /hidden control characters/],
    ['a line separator', 'docs/a\u2028b.md', /hidden control characters/],
  ])('never reads a path with %s, and prints it with hidden characters shown', (_what, path, reason) => {
    const host = hostOf({});
    const { carried, missing } = carrySources(host, [cite(path)]);
    expect(carried).toEqual([]);
    expect(host.asked).toEqual([]);
    expect(missing[0]!.reason).toMatch(reason);
    expect(missing[0]!.source).not.toMatch(/[\u0000-\u001f\u202e\u2028]/);
  });

  it('lists a file cited twice once, with everyone who cites it', () => {
    const host = hostOf({ 'docs/runbooks/down.md': { bytes: new Uint8Array([0x23]) } });
    const { carried } = carrySources(host, [
      { path: 'docs/runbooks/down.md', label: 'downtime procedure', subject: 'a-feed' },
      { path: 'docs/runbooks/down.md', label: 'downtime procedure', subject: 'b-feed' },
    ]);
    expect(carried).toHaveLength(1);
    expect(host.asked).toHaveLength(1);
  });
});
