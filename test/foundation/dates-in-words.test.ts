import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dateWords } from '../../src/core/formats.js';
import { repoRoot } from '../helpers/estate.js';

describe('dates in words', () => {
  it.each([
    ['2026-03-12', '12 March 2026'],
    ['2026-12-01', '1 December 2026'],
    ['2024-02-29', '29 February 2024'],
    // Not a calendar date: left as it is, never guessed at.
    ['2026-02-30', '2026-02-30'],
    ['not recorded', 'not recorded'],
  ])('%s', (text, words) => {
    expect(dateWords(text)).toBe(words);
  });
});

/**
 * The documents a CSO, Caldicott Guardian or DPO signs write dates in words ("12 March 2026").
 * Workbooks keep their date cells as dates (the decision columns are read back by `decisions
 * import`), and data files for other tools keep the codes.
 */
describe('dates in the documents people sign', () => {
  const generated = join(repoRoot, 'generated');
  const signed = [
    ...readdirSync(join(generated, 'privacy'))
      .filter((n) => /\.(md|docx)$/.test(n))
      .map((n) => `privacy/${n}`),
    'clinical-safety/safety-case-report.md',
    'clinical-safety/safety-case-report.docx',
    'clinical-safety/hazard-log.md',
    ...readdirSync(join(generated, 'clinical-safety/integrations')).map(
      (n) => `clinical-safety/integrations/${n}`,
    ),
    'records/retention-schedule.md',
  ];

  function text(path: string): string {
    const bytes = readFileSync(join(generated, path));
    if (!path.endsWith('.docx')) return bytes.toString('utf8');
    return strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<[^>]+>/g, '');
  }

  it('covers the DPIAs, the register, the safety case and the hazard log', () => {
    expect(signed.filter((p) => p.endsWith('.dpia.docx')).length).toBeGreaterThan(10);
    expect(signed).toContain('privacy/data-flows.md');
  });

  it.each(signed)('%s has no date written as YYYY-MM-DD', (path) => {
    expect(text(path).match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
  });
});
