import { describe, expect, it } from 'vitest';
import type { WrittenSpec } from '../../src/model/written.js';
import { hazardRules } from '../../src/rules/clinical/rules/index.js';
import { basisSentence } from '../../src/rules/clinical/rating.js';
import { analyse, controlledSpec, fixture, lineOf, patch } from './helpers.js';
import type { Table } from './tables/case.js';
import { completeness } from './tables/completeness.js';
import { earlierRules } from './tables/earlier-rules.js';
import { identifiers } from './tables/identifiers.js';
import { meaning } from './tables/meaning.js';
import { receiving } from './tables/receiving.js';
import { running } from './tables/running.js';
import { writing } from './tables/writing.js';

const table: Table = {
  ...earlierRules,
  ...completeness,
  ...meaning,
  ...receiving,
  ...writing,
  ...running,
  ...identifiers,
};

function hazardsOf(spec: WrittenSpec) {
  const f = fixture([spec]);
  return { f, log: analyse(f).analysis.hazards! };
}

describe('hazard rules', () => {
  it('derive nothing from a spec that shows every control', () => {
    expect(hazardsOf(controlledSpec()).log.hazards).toEqual([]);
  });

  it('every rule has a table, ids and numbers are unique', () => {
    expect(Object.keys(table).sort()).toEqual(hazardRules.map((r) => r.id).sort());
    expect(new Set(hazardRules.map((r) => r.number)).size).toBe(hazardRules.length);
    expect(hazardRules.every((r) => /^[a-z][a-z0-9-]+$/.test(r.id))).toBe(true);
  });

  for (const [ruleId, cases] of Object.entries(table)) {
    describe(ruleId, () => {
      it.each(cases)('$name', ({ change, fires }) => {
        const spec = patch(controlledSpec(), change);
        const { f, log } = hazardsOf(spec);
        const mine = log.hazards.filter((h) => h.rule === ruleId);
        if (!fires) {
          expect(mine).toEqual([]);
          return;
        }
        expect(mine).toHaveLength(1);
        const h = mine[0]!;
        expect(h.id).toBe(`controlled-feed/${ruleId}`);
        expect(h.initial).toMatchObject({
          likelihood: fires.likelihood,
          severity: fires.severity,
          rating: fires.rating,
        });
        expect(h.initial.reason).toMatch(/Likelihood .*Consequence /);
        // One basis across every rule: the worst credible harm, its likelihood, one or many patients.
        expect(h.initial.reason.startsWith(basisSentence)).toBe(true);
        expect(h.initial.reason).toMatch(/\(of the harm, not only of the fault\)/);
        expect(h.initial.reason).toMatch(/one patient|many patients/);
        expect(h.causes.length).toBeGreaterThan(0);
        expect(h.suggestedControls.length).toBeGreaterThan(0);
        expect(new Set(h.suggestedControls.map((c) => c.kind)).size).toBeGreaterThan(1);
        expect(h.source.file).toBe('specs/controlled-feed.yaml');
        const text = f.texts.get(h.source.file)!;
        if (fires.line) expect(h.source.line).toBe(lineOf(text, fires.line));
        if (fires.line && fires.column) {
          const lineText = text.split('\n')[h.source.line - 1]!;
          expect(h.source.column).toBe(lineText.indexOf(fires.line) + 1);
        }
      });
    });
  }

  it('existing controls are read from the spec', () => {
    const spec = patch(controlledSpec(), {
      identity: { matchOn: ['nhs-number', 'demographics'], logsMatchedIdentifier: true },
    });
    const h = hazardsOf(spec).log.hazards.find((x) => x.rule === 'wrong-patient-match')!;
    expect(h.existingControls.join(' ')).toMatch(/queued for a person to review/);
    expect(h.existingControls.join(' ')).toMatch(/identifier used for each match is logged/);
  });
});
