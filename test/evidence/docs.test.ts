import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCodes, lookupCode } from '../../src/cli/code-index.js';
import { dsptEditions } from '../../src/catalogue/dspt.js';
import { outcomeUnits } from '../../src/rules/evidence/outcomes/index.js';

const codes = allCodes().filter((c) => c.startsWith('retention-') || c.startsWith('evidence-'));

describe('records and evidence documentation', () => {
  it('registers the codes', () => expect(codes.length).toBeGreaterThanOrEqual(20));

  it.each(codes)('%s has a docs page with the sections', (code) => {
    const page = `docs/codes/${code}.md`;
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${code}: ${lookupCode(code)!.title}\n`)).toBe(true);
    for (const h of ['## What it means', '## Why it matters', '## How to fix', '## Example'])
      expect(text).toContain(h);
    expect(text).toContain(code);
  });

  it.each(outcomeUnits.map((u) => [u.id, u] as const))(
    'unit %s has a docs page and a real outcome',
    (id, unit) => {
      const page = `docs/dspt/${id}.md`;
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(page, 'utf8').startsWith(`# ${id} (${unit.outcome}):`)).toBe(true);
      for (const e of dsptEditions) expect(e.outcomes.map((o) => o.id)).toContain(unit.outcome);
    },
  );

  it('has at most one unit per outcome, with unique ids', () => {
    const outcomes = outcomeUnits.map((u) => u.outcome);
    expect(new Set(outcomes).size).toBe(outcomes.length);
    expect(new Set(outcomeUnits.map((u) => u.id)).size).toBe(outcomeUnits.length);
  });
});
