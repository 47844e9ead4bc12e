import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { privacyRules } from '../../src/rules/privacy/rules/index.js';
import { analyse, codes } from './helpers.js';
import { igTable, yamlOf } from './ig-cases.js';

describe('information-governance privacy rules', () => {
  for (const [rule, cases] of Object.entries(igTable)) {
    describe(rule, () => {
      it('has at least one firing case and one control case', () => {
        expect(cases.some((c) => c.expect.includes(rule) && c.at)).toBe(true);
        expect(cases.some((c) => c.expect.length === 0)).toBe(true);
      });
      for (const c of cases) {
        it(c.name, () => {
          const text = yamlOf(c);
          const run = analyse([text]);
          expect(codes(run)).toEqual(c.expect);
          const risks = run.analysis.privacy!.integrations['pas-adt-to-epr']!.risks.map((r) => r.id);
          expect([...risks].sort()).toEqual(c.expect);
          if (!c.at) return;
          const d = run.diagnostics.find((x) => x.code === rule)!;
          expect(d.pointer).toBe(c.at.pointer);
          const line = text.split('\n')[c.at.line - 1]!;
          expect(line.indexOf(c.at.key), `line ${c.at.line} holds ${c.at.key}`).toBeGreaterThanOrEqual(0);
          expect(d.location).toMatchObject({ line: c.at.line, column: line.indexOf(c.at.key) + 1 });
          expect(d.message).toContain('privacyRisks');
        });
      }
    });
  }
});

describe('privacy rule documentation', () => {
  it.each(privacyRules.map((r) => r.id))('%s has a docs page citing its public source', (id) => {
    const page = readFileSync(`docs/codes/${id}.md`, 'utf8');
    const source = page.split('## Source')[1]?.split('\n## ')[0] ?? '';
    expect(source, `${id}: a ## Source section`).not.toBe('');
    expect(source).toMatch(
      /https:\/\/(www\.)?(legislation\.gov\.uk|digital\.nhs\.uk|ico\.org\.uk|transform\.england\.nhs\.uk|support\.nhs\.net|www\.hra\.nhs\.uk|dsptoolkit\.nhs\.uk)\//,
    );
  });
});
