import { describe, expect, it } from 'vitest';
import { agrees, counted } from '../../src/core/formats.js';
import { analyse, controlledSpec, DELETE, emitClinical, fixture, patch, text } from './helpers.js';

/** Counts in signed documents read as English: "1 hazard was", never "1 hazards were". */

describe('counts in words', () => {
  it('gives the noun and the verb that agree with the count', () => {
    expect(counted(1, 'hazard')).toBe('1 hazard');
    expect(counted(0, 'hazard')).toBe('0 hazards');
    expect(counted(2, 'local hazard')).toBe('2 local hazards');
    expect(counted(1, 'copy', 'copies')).toBe('1 copy');
    expect(counted(3, 'copy', 'copies')).toBe('3 copies');
    expect([agrees(1, 'is', 'are'), agrees(0, 'is', 'are'), agrees(2, 'has', 'have')]).toEqual([
      'is',
      'are',
      'have',
    ]);
  });

  it('says "1 integration is in scope" and "1 hazard ... has no CSO decision" for an estate of one', async () => {
    // One integration without monitoring or an owner: its hazards, with none decided.
    const f = fixture([patch(controlledSpec('lonely-feed'), { monitoring: DELETE, owner: DELETE })]);
    const { analysis } = analyse(f);
    const log = analysis.hazards!;
    const { files } = await emitClinical(f, analysis);
    const report = text(files.get('clinical-safety/safety-case-report.md'));
    expect(report).toContain('1 integration is in scope.');
    const derived = log.hazards.filter((h) => h.origin === 'derived').length;
    expect(report).toContain(
      `${counted(derived, 'hazard')} ${derived === 1 ? 'was' : 'were'} derived this way and 0 local hazards were recorded`,
    );
    expect(report).not.toMatch(/\b1 (hazards|integrations|local hazards)\b/);
    const md = text(files.get('clinical-safety/hazard-log.md'));
    expect(md).toContain(`${counted(log.hazards.length, 'hazard')} across 1 integration:`);
    expect(md).not.toMatch(/\b1 (hazards|integrations|standing risks)\b/);
    expect(md).not.toMatch(/\b1 hazard [^\n]* have no CSO decision/);
  });
});
