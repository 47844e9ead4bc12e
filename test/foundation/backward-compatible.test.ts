import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRepo, compileSpec, removeRepos, repoRoot } from '../helpers/estate.js';

/**
 * Adding spec keys never breaks a spec that was valid before: the example estate as it was before
 * the clinical-safety keys (test/fixtures/earlier-estate, see its SOURCES.md) and every drafted
 * spec in the import goldens still validate with no error, and build a model.
 */
afterAll(removeRepos);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

describe('specs that validated before still validate', () => {
  it('the earlier example estate compiles to a model with no error', () => {
    const result = compileRepo(join(repoRoot, 'test/fixtures/earlier-estate'), '2026-11-25');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.estate?.integrations.length).toBe(15);
  });

  const goldens = yamlFiles(join(repoRoot, 'test/golden/import'));
  it.each(goldens.map((f) => [f.slice(repoRoot.length + 1), f]))('%s', (_name, file) => {
    const result = compileSpec(readFileSync(file));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.estate?.integrations.length).toBe(1);
  });
});
