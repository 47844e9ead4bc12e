import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/cli/format/json.js';
import { FsHost } from '../../src/core/host.js';
import { compile } from '../../src/pipeline/compile.js';
import { analyzers } from '../../src/rules/analyzers.js';
import { repoRoot, runCli } from '../helpers/estate.js';

const asOf = '2026-12-02';
let dir: string;

/** The example estate three times over (copies under specs/rK/, ids suffixed -rK), as the bench replicates it. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govspec-replicated-'));
  for (const entry of ['govspec.config.yaml', 'schemas', 'docs/runbooks'])
    cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  for (const top of ['specs', 'channels'])
    for (const f of readdirSync(join(repoRoot, top), { recursive: true }) as string[]) {
      if (!f.endsWith('.yaml')) continue;
      const text = readFileSync(join(repoRoot, top, f), 'utf8');
      for (let k = 0; k < 3; k++) {
        const target = join(dir, top, k === 0 ? f : `r${k}/${f}`);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, k === 0 ? text : text.replace(/^id: (.*)$/m, `id: $1-r${k}`));
      }
    }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (diagnosticsOnly: boolean) => {
  const r = compile({ host: new FsHost(dir), asOf, diagnosticsOnly });
  return jsonReport(r.diagnostics, { specs: r.specFiles.length, asOf });
};

describe('validate runs only the derivation rules that can report', () => {
  it('skips some derivation rules, so the test below compares two different runs', () => {
    expect(analyzers.some((a) => a.artefactsOnly)).toBe(true);
    expect(analyzers.some((a) => !a.artefactsOnly)).toBe(true);
  });

  it('gives byte for byte the diagnostics of the full derivation on the replicated example estate', () => {
    const full = report(false);
    const parsed = JSON.parse(full) as { specs: number; diagnostics: Array<{ code: string }> };
    expect(parsed.specs).toBeGreaterThanOrEqual(50);
    // Lint, clinical, privacy and retention findings are all in what is compared.
    const codes = new Set(parsed.diagnostics.map((d) => d.code));
    for (const code of [
      'readiness-no-runbook',
      'hazard-undecided',
      'privacy-free-text',
      'retention-local-too-short',
    ])
      expect(codes).toContain(code);
    expect(report(true)).toBe(full);
    // And what the command prints is that same report.
    const cli = runCli(['validate', '--format', 'json', '--as-of', asOf], dir);
    expect(cli.stdout).toBe(full);
  });
});
