/**
 * `validate --format sarif` against the official SARIF 2.1.0 schemas (test/fixtures/foundation,
 * see SOURCES.md), plus what GitHub code scanning relies on beyond the schema: every result has a
 * rule, a level and a location in a file that exists, at a line that exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarif } from '../../src/cli/format/sarif.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { makeRepo, minimalSpec, quietSpec, removeRepos, repoRoot, runCli } from '../helpers/estate.js';

afterAll(removeRepos);

const fixtures = join(repoRoot, 'test', 'fixtures', 'foundation');

function schema(name: string): object {
  const parsed = JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as Record<string, unknown>;
  // The errata copy is written for draft-04, whose only difference that matters here is `id`.
  if (typeof parsed.id === 'string') {
    parsed.$id = parsed.id;
    delete parsed.id;
  }
  delete parsed.$schema;
  return parsed;
}

function validator(name: string): ValidateFunction {
  // The schema's `language` pattern has a stray "]" that is only legal without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema(name));
}

const schemas = ['sarif-schema-2.1.0.json', 'sarif-schema-2.1.0-errata01.json'];

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
        };
      }>;
    }>;
  }>;
}

function expectValid(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  for (const name of schemas) {
    const validate = validator(name);
    const ok = validate(log);
    expect(validate.errors ?? [], name).toEqual([]);
    expect(ok).toBe(true);
  }
  return log;
}

function uriToPath(uri: string): string {
  return uri.split('/').map(decodeURIComponent).join('/');
}

describe('SARIF from a failing estate', () => {
  let root: string;
  let log: SarifLog;
  let exitCode: number;
  let stderr: string;

  beforeAll(() => {
    const repo = makeRepo({
      specs: {
        'bad status.yaml': minimalSpec({ status: 'lve' }),
        'tagged.yaml': minimalSpec({ id: 'tagged-feed' }).replace('title: Demo feed', 'title: !custom x'),
        'odd #1?.yaml': minimalSpec({ id: 'odd-feed', version: '1.0' }),
        'live.yaml': minimalSpec({ id: 'live-feed', status: 'live', engine: { kind: 'mirth' } }),
        'realtime.yaml': minimalSpec({
          id: 'nightly-feed',
          latency: { contract: 'nightly' },
          consumers: [{ name: 'Ward "A" <b>', use: 'direct-care-decisions', freshness: 'realtime' }],
          examples: { nhsNumbers: ['4010232137'] },
        }),
      },
    });
    root = repo.root;
    const r = runCli(['validate', '--format', 'sarif', '--as-of', '2026-01-01'], root);
    exitCode = r.code;
    stderr = r.stderr;
    log = expectValid(r.stdout);
  });

  it('exits 1 and prints only SARIF', () => {
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver.name).toBe('govspec');
  });

  it('has errors, warnings and every result tied to its rule', () => {
    const run = log.runs[0]!;
    const levels = new Set(run.results.map((r) => r.level));
    expect(levels).toEqual(new Set(['error', 'warning']));
    expect(run.results.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining([
        'schema-invalid-value',
        'yaml-unknown-tag',
        'spec-version-invalid',
        'readiness-no-owner',
        'readiness-unowned-no-end-of-life',
        'latency-batch-for-realtime',
        'spec-nhs-number-not-test',
      ]),
    );
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.message.text.length).toBeGreaterThan(0);
    }
  });

  it('places every result in a repository file, at a line and column that exist', () => {
    for (const result of log.runs[0]!.results) {
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      // A relative reference with no query or fragment: "#" and "?" in file names must be escaped.
      expect(artifactLocation.uri).not.toMatch(/[#? ]|^\//);
      const lines = readFileSync(join(root, uriToPath(artifactLocation.uri)), 'utf8').split('\n');
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startLine).toBeLessThanOrEqual(lines.length);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeLessThanOrEqual(lines[region.startLine - 1]!.length + 1);
      if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
    }
  });

  it('names odd file names exactly when a URI reader resolves them against the root', () => {
    const resolved = log.runs[0]!.results.map((r) => {
      const url = new URL(r.locations[0]!.physicalLocation.artifactLocation.uri, 'file:///repo/');
      expect(url.search + url.hash).toBe('');
      return decodeURIComponent(url.pathname);
    });
    expect(resolved).toContain('/repo/specs/odd #1?.yaml');
    expect(resolved).toContain('/repo/specs/bad status.yaml');
  });
});

describe('SARIF edge cases', () => {
  it('a clean estate is a valid log with no results', () => {
    const repo = makeRepo({ specs: { 'a.yaml': quietSpec() } });
    const r = runCli(['validate', '--format', 'sarif', '--as-of', '2026-01-01'], repo.root);
    expect(r.code).toBe(0);
    const log = expectValid(r.stdout);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('a missing config is a valid log, exit 2, with the result on the config file', () => {
    const repo = makeRepo({ config: null });
    const r = runCli(['validate', '--format', 'sarif'], repo.root);
    expect(r.code).toBe(2);
    const log = expectValid(r.stdout);
    const result = log.runs[0]!.results[0]!;
    expect(result.ruleId).toBe('config-not-found');
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('govspec.config.yaml');
  });

  it('notes, multi-line regions and unusual text stay valid', () => {
    const diagnostics: Diagnostic[] = [
      { code: 'build-not-run', severity: 'info', message: 'nothing built' },
      {
        code: 'schema-constraint',
        severity: 'error',
        message: 'multi-line value\nwith "quotes" and <angle> & \u0007 control',
        location: { file: 'specs/ünïcode.yaml', line: 3, column: 5, endLine: 7, endColumn: 1 },
      },
      {
        code: 'x-unregistered',
        severity: 'warning',
        message: 'a code with no registry entry still gets a rule',
        location: { file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ];
    const log = expectValid(sarif(diagnostics, 'govspec.config.yaml'));
    const [note, multi, bare] = log.runs[0]!.results;
    expect(note!.level).toBe('note');
    expect(multi!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 5,
      endLine: 7,
      endColumn: 1,
    });
    expect(uriToPath(multi!.locations[0]!.physicalLocation.artifactLocation.uri)).toBe('specs/ünïcode.yaml');
    // An empty range is not written as a region end.
    expect(bare!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });
});
