import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hazardRules } from '../../src/rules/clinical/rules/index.js';
import { compileRepo } from '../helpers/estate.js';

/** The recall benchmark (bench/recall) stays runnable: its specs validate and its table names real rules. */
describe('hazard recall benchmark', () => {
  const themes = parse(readFileSync('bench/recall/themes.yaml', 'utf8')) as Record<
    string,
    Array<{ theme: string; source: string; rules: string[] }>
  >;

  it('covers at least ten integration patterns, each with a spec that validates', () => {
    const result = compileRepo('bench/recall');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ids = result.estate!.integrations.map((i) => i.id).sort();
    expect(Object.keys(themes).sort()).toEqual(ids);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    // Each spec says, at its top, the public technical description it was written from.
    for (const i of result.estate!.integrations) {
      const header = readFileSync(`bench/recall/${i.file}`, 'utf8').split('\ngovspec:')[0]!;
      expect(header, i.id).toMatch(/^# Pattern: /);
      expect(header, i.id).toMatch(/https:\/\/|[\w-]+\/[\w.-]+,\s/);
    }
  });

  it('gives every theme a public source and names only rules that exist', () => {
    const known = new Set(hazardRules.map((r) => r.id));
    for (const [pattern, list] of Object.entries(themes))
      for (const t of list) {
        expect(t.source.trim(), `${pattern}: ${t.theme}`).not.toBe('');
        for (const r of t.rules) expect(known.has(r), `${pattern}: ${r}`).toBe(true);
      }
  });
});
