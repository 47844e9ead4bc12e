/**
 * The repository's own example estate (specs/ and channels/ under the repository root): it must
 * validate with warnings and no errors, show its honest blanks, and build to a folder that `check`
 * then accepts, byte-identically on a rebuild.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline/compile.js';
import type { CompileResult } from '../../src/pipeline/compile.js';
import { FsHost } from '../../src/core/host.js';
import { listOutput } from '../../src/emit/writer.js';
import { makeRepo, removeRepos, repoRoot, runCli } from '../helpers/estate.js';

afterAll(removeRepos);

const asOf = '2026-01-01';
let result: CompileResult;

beforeAll(() => {
  result = compile({ host: new FsHost(repoRoot), asOf });
});

const codesFor = (id: string) =>
  result.diagnostics
    .filter((d) => d.location?.file === result.estate?.integrations.find((i) => i.id === id)?.file)
    .map((d) => d.code);

describe('the example estate', () => {
  it('validates with no errors', () => {
    expect(result.configProblem).toBe(false);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('is a fictional trust with 12 to 17 integrations, specs in specs/ and beside channel code', () => {
    const estate = result.estate!;
    expect(estate.config.organisation.name).toMatch(/fictional/i);
    expect(estate.integrations.length).toBeGreaterThanOrEqual(12);
    expect(estate.integrations.length).toBeLessThanOrEqual(17);
    expect(result.specFiles.some((f) => f.startsWith('specs/'))).toBe(true);
    expect(result.specFiles.some((f) => f.startsWith('channels/'))).toBe(true);
  });

  it('exercises the engines, standards and transports the estate is meant to show', () => {
    const all = result.estate!.integrations;
    const engines = new Set(all.map((i) => i.engine.kind));
    for (const kind of ['mirth', 'rhapsody', 'ensemble', 'cloverleaf'] as const)
      expect(engines).toContain(kind);
    const transports = new Set(all.map((i) => i.transport.kind));
    for (const kind of ['mllp', 'https', 'mesh'] as const) expect(transports).toContain(kind);
    const messages = all.flatMap((i) => i.protocol.messages ?? []);
    expect(messages).toContain('ADT^A40');
    expect(messages).toContain('ORU^R01');
    expect(all.some((i) => i.protocol.standard === 'fhir' && i.protocol.version === 'R4')).toBe(true);
    expect(all.some((i) => i.protocol.standard === 'csv' && i.latency?.contract === 'nightly')).toBe(true);
  });

  it('shows the blanks of the legacy Cloverleaf channel nobody owns', () => {
    expect(codesFor('theatres-legacy-cloverleaf')).toEqual(
      expect.arrayContaining([
        'readiness-no-owner',
        'readiness-no-sla',
        'readiness-no-runbook',
        'readiness-no-monitoring',
        'readiness-review-overdue',
        'readiness-unowned-no-end-of-life',
      ]),
    );
  });

  it('has at least three integrations with honest blanks: no runbook, no monitoring, overdue review', () => {
    const withCode = (code: string) =>
      new Set(result.diagnostics.filter((d) => d.code === code).map((d) => d.location?.file));
    expect(withCode('readiness-no-runbook').size).toBeGreaterThanOrEqual(1);
    expect(withCode('readiness-no-monitoring').size).toBeGreaterThanOrEqual(1);
    expect(withCode('readiness-review-overdue').size).toBeGreaterThanOrEqual(1);
    const blank = new Set(
      result.diagnostics.filter((d) => d.code.startsWith('readiness-')).map((d) => d.location?.file),
    );
    expect(blank.size).toBeGreaterThanOrEqual(3);
  });

  it('places every warning on a line that exists in its file', () => {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(d.severity).toBe('warning');
      const lines = readFileSync(join(repoRoot, d.location!.file), 'utf8').split('\n');
      expect(d.location!.line).toBeLessThanOrEqual(lines.length);
      expect(lines[d.location!.line - 1]!.length + 1).toBeGreaterThanOrEqual(d.location!.column);
    }
  });

  it('carries a yaml-language-server modeline to the schema in every spec and the config', () => {
    for (const file of [...result.specFiles, 'govspec.config.yaml']) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
      expect(m, file).not.toBeNull();
      const target = resolve(dirname(join(repoRoot, file)), m![1]!);
      expect(existsSync(target), `${file} -> ${m![1]}`).toBe(true);
      expect(
        target.endsWith(file === 'govspec.config.yaml' ? 'config.schema.json' : 'integration.schema.json'),
      ).toBe(true);
    }
  });
});

describe('the example estate through the CLI', () => {
  it('validate exits 0 with warnings only', () => {
    const r = runCli(['validate', '--as-of', asOf], repoRoot);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\(0 errors, \d+ warnings\)/);
    expect(r.stdout).toMatch(new RegExp(`Checked ${result.specFiles.length} specs as of ${asOf}`));
  });

  it('a copy builds, check passes, and a rebuild changes nothing', () => {
    const copy = makeRepo({ config: null });
    for (const path of ['govspec.config.yaml', 'specs', 'channels', 'docs', 'schemas'])
      if (existsSync(join(repoRoot, path)))
        cpSync(join(repoRoot, path), join(copy.root, path), { recursive: true });
    const built = runCli(['build'], copy.root);
    expect(built.code).toBe(0);
    const out = join(copy.root, 'generated');
    expect(listOutput(out)).toEqual(expect.arrayContaining(['estate.md', 'model.json', 'build-info.json']));
    const bytes = Object.fromEntries(listOutput(out).map((p) => [p, readFileSync(join(out, p))]));
    expect(runCli(['check'], copy.root).code).toBe(0);
    const again = runCli(['build'], copy.root);
    expect(again.stdout).toMatch(/is up to date/);
    for (const [p, b] of Object.entries(bytes)) expect(readFileSync(join(out, p)).equals(b), p).toBe(true);
  });
});
