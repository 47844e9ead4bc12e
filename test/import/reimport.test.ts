import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMirth } from '../../src/import/mirth/import.js';
import { renderSummaryText } from '../../src/import/render-summary.js';
import { fixtures, readTree, repoRoot, tempDir } from './helpers.js';

const v1 = relative(repoRoot, join(fixtures, 'synthetic/reimport-v1/pas-adt.xml'));
const v2 = relative(repoRoot, join(fixtures, 'synthetic/reimport-v2/pas-adt.xml'));

describe('re-import', () => {
  let t: ReturnType<typeof tempDir>;
  let out: string;
  beforeEach(() => {
    t = tempDir();
    out = join(t.dir, 'specs');
  });
  afterEach(() => t.done());

  it('is idempotent: the same export again writes nothing and reports no change', () => {
    const first = importMirth([v1], { outDir: out, cwd: repoRoot });
    expect(first.specs.map((s) => [s.id, s.action])).toEqual([['pas-adt-to-epr', 'written']]);
    const before = readTree(out);
    const second = importMirth([v1], { outDir: out, cwd: repoRoot });
    expect(second.specs.map((s) => [s.id, s.action])).toEqual([['pas-adt-to-epr', 'unchanged']]);
    expect(second.specs[0]!.changes).toBeUndefined();
    expect(readTree(out)).toEqual(before);
  });

  it('never overwrites a spec someone has edited, and proposes what changed in the channel', () => {
    importMirth([v1], { outDir: out, cwd: repoRoot });
    const path = join(out, 'pas-adt-to-epr.yaml');
    const edited = readFileSync(path, 'utf8')
      .replace('system: PAS', 'system: Patient Administration System')
      .replace('status: live', 'status: live\nowner: { name: Priya Shah, team: Integration }');
    writeFileSync(path, edited);

    const summary = importMirth([v2], { outDir: out, cwd: repoRoot });
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const [spec] = summary.specs;
    expect(spec!.action).toBe('changed');
    expect(spec!.changes).toEqual(
      expect.arrayContaining([
        { fact: 'channel.revision', before: '1', after: '2' },
        { fact: 'source.endpoint', before: '0.0.0.0:6661 MLLP', after: '0.0.0.0:6662 MLLP' },
        { fact: 'destination.2.transport', after: 'Database Writer' },
        { fact: 'destination.2.name', after: 'Audit copy' },
      ]),
    );
    const edits = spec!.proposedEdits!;
    expect(edits).toEqual(expect.arrayContaining([{ pointer: '/engine/revision', current: 1, proposed: 2 }]));
    // the person's edit shows up as a proposal, not as a silent overwrite
    expect(edits).toEqual(
      expect.arrayContaining([
        { pointer: '/source/system', current: 'Patient Administration System', proposed: 'PAS' },
      ]),
    );
    const text = renderSummaryText(summary);
    expect(text).toContain('~ ');
    expect(text).toContain('source.endpoint: 0.0.0.0:6661 MLLP -> 0.0.0.0:6662 MLLP');
    expect(summary.diagnostics.map((d) => d.code)).toContain('import-spec-exists');
  });

  it('matches by channel id even when the spec file was renamed, and keeps new ids unique', () => {
    importMirth([v1], { outDir: out, cwd: repoRoot });
    const old = join(out, 'pas-adt-to-epr.yaml');
    const text = readFileSync(old, 'utf8').replace('id: pas-adt-to-epr', 'id: pas-adt');
    writeFileSync(join(out, 'pas-adt.yaml'), text);
    writeFileSync(
      old,
      text
        .replace('channelId: 5e1f0000-0000-4000-8000-00000000a1a1', 'channelId: other')
        .replace(/import\.key = mirth:\S+/, 'import.key = mirth:other')
        .replace('id: pas-adt', 'id: pas-adt-to-epr'),
    );
    const summary = importMirth([v1], { outDir: out, cwd: repoRoot });
    expect(summary.specs.map((s) => [s.id, s.action, s.file.split('/').pop()])).toEqual([
      ['pas-adt', 'unchanged', 'pas-adt.yaml'],
    ]);
  });

  it('dry run reports without writing', () => {
    const summary = importMirth([v1], { outDir: out, cwd: repoRoot, dryRun: true });
    expect(summary.specs[0]!.action).toBe('planned');
    expect(readTree(t.dir).size).toBe(0);
  });
});
