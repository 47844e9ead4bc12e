import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allCodes, lookupCode } from '../../src/cli/code-index.js';
import { repoRoot } from './git-repo.js';

test('every diff code is registered and has a docs page with the four sections', () => {
  const codes = allCodes().filter((c) => c.startsWith('diff-'));
  expect(codes.length).toBeGreaterThanOrEqual(12);
  for (const code of codes) {
    const page = join(repoRoot, 'docs/codes', `${code}.md`);
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${code}: ${lookupCode(code)!.title}`);
    for (const h of ['## What it means', '## Why it matters', '## How to fix', '## Example'])
      expect(text).toContain(h);
  }
});
