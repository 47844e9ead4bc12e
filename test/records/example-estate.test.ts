import { describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import type { Host } from '../../src/core/host.js';
import { generate } from '../../src/pipeline/generate.js';
import { repoRoot, env } from '../evidence/pack-fixture.js';

const letters = 'specs/clinical/patient-letters-to-portal.yaml';

/** The example estate with some files replaced in memory: a copy of a spec, edited. */
function overlay(files: Record<string, string>): Host {
  const fs = new FsHost(repoRoot);
  return {
    root: fs.root,
    readFile: (p) => (p in files ? new TextEncoder().encode(files[p]) : fs.readFile(p)),
    exists: (p) => p in files || fs.exists(p),
    listFiles: () => fs.listFiles(),
  };
}

async function schedule(host: Host) {
  const r = await generate({ host, fallbackAsOf: '2026-11-25', env });
  return {
    rows: r.compiled.analysis.retention!.rows,
    diagnostics: r.diagnostics,
    estate: r.compiled.estate!,
    files: r.files!,
  };
}

describe('retention schedule of the example estate', () => {
  it('covers every integration', async () => {
    const { rows, estate } = await schedule(new FsHost(repoRoot));
    for (const i of estate.integrations)
      expect(
        rows.some((r) => r.integration === i.id),
        i.id,
      ).toBe(true);
    expect(rows.filter((r) => r.copy === 'audit-log')).toHaveLength(estate.integrations.length);
  });

  it('shows a real shortfall, which the spec then fixes', async () => {
    const before = await schedule(new FsHost(repoRoot));
    const row = before.rows.find(
      (r) => r.integration === 'patient-letters-to-portal' && r.copy === 'record',
    )!;
    expect(row.status).toBe('shortfall');
    expect(row.statusText).toBe('SHORTFALL: local 6 years is under the 8 years minimum');
    const d = before.diagnostics.find((x) => x.code === 'retention-local-too-short')!;
    expect(d.location).toMatchObject({ file: letters, line: 35 });
    const md = (before.files.find((f) => f.path === 'records/retention-schedule.md') as { content: string })
      .content;
    expect(md).toContain('| patient-letters-to-portal | record in target | Patient portal (ZZR) |');

    const text = new TextDecoder().decode(new FsHost(repoRoot).readFile(letters));
    expect(text).toContain('localPeriod: P6Y');
    const fixed = await schedule(
      overlay({ [letters]: text.replace('localPeriod: P6Y', 'localPeriod: P8Y') }),
    );
    const after = fixed.rows.find(
      (r) => r.integration === 'patient-letters-to-portal' && r.copy === 'record',
    )!;
    expect(after.status).toBe('meets');
    expect(after.localPeriod).toBe('8 years');
    expect(fixed.diagnostics.map((x) => x.code)).not.toContain('retention-local-too-short');
  });
});
