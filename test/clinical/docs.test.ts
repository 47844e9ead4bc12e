import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCodes, lookupCode } from '../../src/cli/code-index.js';
import { ruleNumber } from '../../src/rules/clinical/rule.js';
import { hazardRules } from '../../src/rules/clinical/rules/index.js';

const clinical = allCodes().filter((c) => c.startsWith('hazard-'));

describe('clinical-safety documentation', () => {
  it('registers the clinical codes', () => expect(clinical.length).toBeGreaterThanOrEqual(10));

  it.each(clinical)('%s has a docs page with the sections', (code) => {
    const page = `docs/codes/${code}.md`;
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${code}: ${lookupCode(code)!.title}`)).toBe(true);
    for (const h of ['## What it means', '## Why it matters', '## How to fix', '## Example'])
      expect(text).toContain(h);
  });

  it.each(hazardRules.map((r) => [r.id, r] as const))(
    'rule %s has a docs page naming its id and number',
    (id, rule) => {
      const page = `docs/hazards/${id}.md`;
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.startsWith(`# ${id} (${ruleNumber(rule.number)}): ${rule.title}`)).toBe(true);
      expect(text).toContain('## Fires when');
      expect(text).toContain('## Silent when');
      // Each rule cites the public material it reflects: a web address or a public repository path.
      const source = text.split('## Public source')[1]?.split('\n## ')[0] ?? '';
      expect(source).toMatch(/<https?:\/\/[^>]+>|public copy: [\w-]+\/[\w.-]+/);
    },
  );

  it('docs/hazards/README.md lists every rule with its number', () => {
    const index = readFileSync('docs/hazards/README.md', 'utf8');
    for (const r of hazardRules)
      expect(index).toContain(`| ${ruleNumber(r.number)} | [${r.id}](${r.id}.md) |`);
  });
});
