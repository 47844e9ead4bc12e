import { describe, expect, it } from 'vitest';
import { auditListFor, currentEdition, dsptEditions, findEdition } from '../../src/catalogue/dspt.js';
import { defaults } from '../../src/model/normalise.js';
import { evidenceAnalyzers } from '../../src/rules/evidence/index.js';
import { recordsAnalyzers } from '../../src/rules/records/index.js';
import { baseConfig, baseSpec, build } from '../records/estate-fixture.js';

/**
 * DSPT editions pinned to the NHS England pages that publish them. The lists are written out
 * here, independently of the catalogue, with the page each comes from.
 */
const auditNews = 'https://dsptoolkit.nhs.uk/News/auditnews';
const news162 = 'https://dsptoolkit.nhs.uk/News/162';
const list2024 = ['A2.a', 'A4.a', 'B2.a', 'B4.d', 'C1.a', 'D1.a', 'E2.b', 'E3.a'];

describe('DSPT editions', () => {
  it('2024-25: eight mandatory outcomes and four of the organisation’s choice (DSPT audit news)', () => {
    const e = findEdition('2024-25-caf')!;
    expect(e.audit).toMatchObject({
      outcomes: list2024,
      choose: 4,
      confidence: 'official',
      source: auditNews,
    });
    expect(e.sources).toContain(auditNews);
  });

  it('2025-26: the official lists of DSPT news 162, with their own list for OES and genomics organisations', () => {
    const e = findEdition('2025-26-caf')!;
    expect(auditListFor(e, 'nhs')).toMatchObject({
      outcomes: ['A1.a', 'B1.a', 'B4.a', 'B5.a', 'B5.c', 'C1.b', 'D2.a', 'E2.a', 'E2.c'],
      choose: 3,
      confidence: 'official',
      source: news162,
    });
    expect(auditListFor(e, 'oes-genomics')).toMatchObject({
      outcomes: list2024,
      choose: 4,
      confidence: 'official',
      source: news162,
    });
    expect(e.notes.join(' ')).toContain('No NHS England edition based on NCSC CAF v4.0 could be verified');
  });

  it('defaults to the current edition', () => {
    expect(currentEdition).toBe('2025-26-caf');
    expect(defaults.dsptEdition).toBe(currentEdition);
  });

  it('lets any of the 47 outcomes be chosen for audit, not only those integration specs speak to', () => {
    for (const e of dsptEditions) {
      const ids = e.auditable.map((o) => o.id);
      expect(ids, e.id).toHaveLength(47);
      expect(new Set(ids).size).toBe(47);
      for (const l of e.auditLists) for (const id of l.outcomes) expect(ids).toContain(id);
      for (const o of e.outcomes) expect(ids).toContain(o.id);
    }
    const chosen = `${baseConfig}dspt: { edition: 2025-26-caf, auditChoice: [B6.b, D1.c, E4.a] }\n`;
    const built = build({ 'specs/a.yaml': baseSpec }, chosen, [...recordsAnalyzers, ...evidenceAnalyzers], {
      hazards: { decisionRequiredFrom: 3, hazards: [] },
      privacy: { integrations: {} },
    });
    const training = built.analysis.evidence!.outcomes.find((o) => o.outcome.id === 'B6.b')!;
    expect(training).toMatchObject({ audit: 'chosen', assessment: { status: 'none' } });
    expect(training.outcome.title).toBe('Cyber security training');
    expect(built.analysis.evidence!.outcomes.find((o) => o.outcome.id === 'C1.b')!.audit).toBe('mandatory');
  });

  it('C1.b is evidenced by log access control and integrity, not retention alone', () => {
    const c1b = findEdition('2025-26-caf')!.outcomes.find((o) => o.id === 'C1.b')!;
    expect(c1b.scope).toContain('business need');
    expect(c1b.scope).toContain('protected from change or deletion');
  });
});
