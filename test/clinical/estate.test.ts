import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline/compile.js';
import { FsHost } from '../../src/core/host.js';
import { hazardsJsonPath } from '../../src/rules/clinical/log-file.js';
import { TempRepo } from '../diff/git-repo.js';

/**
 * The example estate, compiled as `check` would (the committed hazards.json is the previous
 * log), in a scratch copy so that tests can edit specs: a git repository with everything
 * committed, since continuity binds only what is committed.
 */
let root: string;

beforeAll(() => {
  const repo = new TempRepo();
  root = repo.dir;
  for (const p of [
    'govspec.config.yaml',
    'specs',
    'channels',
    'docs/runbooks',
    `generated/${hazardsJsonPath}`,
  ]) {
    cpSync(p, join(root, p), { recursive: true });
  }
  repo.commit('The example estate');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run() {
  return compile({ host: new FsHost(root), asOf: '2026-11-25' });
}

function edit(file: string, change: (text: string) => string): () => void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  writeFileSync(path, change(before));
  return () => writeFileSync(path, before);
}

describe('example estate', () => {
  it('passes the clinical-safety gate with no clinical errors; what is left open is on a proposed spec', () => {
    const result = run();
    const clinical = result.diagnostics.filter((d) => d.code.startsWith('hazard-'));
    expect(clinical.filter((d) => d.severity === 'error')).toEqual([]);
    const open = new Set(clinical.map((d) => d.location?.file));
    expect([...open]).toEqual(['specs/clinical/ers-referrals-robot.yaml']);
    expect(result.estate!.integrations.find((i) => i.id === 'ers-referrals-robot')!.status).toBe('proposed');
  });

  it('has hazards from at least 10 distinct rules', () => {
    const rules = new Set(
      run()
        .analysis.hazards!.hazards.map((h) => h.rule)
        .filter(Boolean),
    );
    expect(rules.size).toBeGreaterThanOrEqual(10);
  });

  it('gives every integration without an owner or monitoring the silent-failure hazard', () => {
    const { estate, analysis } = run();
    const blank = estate!.integrations.filter((i) => !i.owner || !i.monitoring).map((i) => i.id);
    expect(blank.length).toBeGreaterThan(0);
    const silent = analysis
      .hazards!.hazards.filter((h) => h.rule === 'silent-failure')
      .map((h) => h.integration);
    expect(silent.sort()).toEqual(blank.sort());
  });

  it('fails naming the hazard and file:line when a derived hazard disappears without closure', () => {
    // Verifying NHS numbers and queueing unmatched messages removes the wrong-patient hazard.
    const restore = edit('specs/clinical/maternity-to-child-health.yaml', (t) =>
      t
        .replace(
          'nhsNumberVerified: false, onNoMatch: create',
          'nhsNumberVerified: true, onNoMatch: queue-for-review',
        )
        .replace(/ {2}- derived: wrong-patient-match\n( {4}.*\n)+?(?= {2}- derived)/, ''),
    );
    try {
      const spec = readFileSync(join(root, 'specs/clinical/maternity-to-child-health.yaml'), 'utf8');
      expect(spec).not.toContain('derived: wrong-patient-match');
      expect(spec).toContain('derived: merge-not-applied');
      const errors = run().diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code)).toEqual(['hazard-not-closed']);
      expect(errors[0]!.message).toContain('maternity-to-child-health/H01');
      expect(errors[0]!.location).toMatchObject({ file: 'specs/clinical/maternity-to-child-health.yaml' });
      expect(errors[0]!.location!.line).toBeGreaterThan(1);
    } finally {
      restore();
    }
  });

  it('fails naming the hazard and file:line when a CSO decision is removed', () => {
    const restore = edit('specs/clinical/patient-letters-to-portal.yaml', (t) =>
      t.slice(0, t.indexOf('hazards:')),
    );
    try {
      const errors = run().diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code).sort()).toEqual(['hazard-decision-removed', 'hazard-undecided']);
      for (const e of errors) {
        expect(e.message).toContain('patient-letters-to-portal/H04');
        expect(e.location?.file).toBe('specs/clinical/patient-letters-to-portal.yaml');
      }
    } finally {
      restore();
    }
  });
});
