import { describe, expect, it } from 'vitest';
import '../../src/cli/code-index.js';
import { loadConfig } from '../../src/load/config.js';
import { baseConfig } from '../records/estate-fixture.js';

const load = (extra: string) =>
  loadConfig('govspec.config.yaml', new TextEncoder().encode(`${baseConfig}${extra}`));

describe('DSPT settings in config', () => {
  it('accepts the default and the pinned editions', () => {
    expect(load('')[0]?.dspt).toEqual({ edition: '2025-26-caf', auditChoice: [], auditScope: 'nhs' });
    const [config, , diags] = load('dspt: { edition: 2025-26-caf, auditChoice: [E4.a, A3.a, B3.a] }\n');
    expect(config?.dspt.edition).toBe('2025-26-caf');
    expect(diags).toEqual([]);
  });

  it('rejects an unknown edition as a config error, at the edition', () => {
    const [config, , diags] = load('dspt: { edition: 2023-24 }\n');
    expect(config).toBeUndefined();
    expect(diags).toMatchObject([
      { code: 'evidence-edition-unknown', severity: 'error', location: { line: 8, column: 18 } },
    ]);
    expect(diags[0]!.message).toContain('2024-25-caf, 2025-26-caf');
  });

  it('rejects an unknown outcome id as a config error, at the id', () => {
    const [config, , diags] = load('dspt:\n  edition: 2025-26-caf\n  auditChoice: [E4.a, Z9.z, A3.a]\n');
    expect(config).toBeUndefined();
    expect(diags).toMatchObject([{ code: 'evidence-outcome-unknown', location: { line: 10, column: 23 } }]);
  });

  it('warns when the number of outcomes chosen for audit does not match the edition', () => {
    const [config, , diags] = load('dspt: { edition: 2025-26-caf, auditChoice: [E4.a] }\n');
    expect(config).toBeDefined();
    expect(diags.map((d) => [d.code, d.severity])).toEqual([['evidence-audit-choice-count', 'warning']]);
  });
});
