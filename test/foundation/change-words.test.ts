import { describe, expect, it } from 'vitest';
import { plainField } from '../../src/cli/change-history.js';

// Change summaries go into documents a CSO or IG lead signs: the field paths `govspec diff`
// prints must read as words there.
describe('field paths in change summaries, in words', () => {
  it.each([
    ['data.items[Ethnic group]', 'data items "Ethnic group"'],
    ['transport.acknowledgement', 'transport acknowledgement'],
    ['data.items[Ethnic group].category', 'data items "Ethnic group", category'],
    ['identity.matchOn', 'identity match on'],
    ['legalBasis.article9.condition', 'legal basis article 9 condition'],
    ['consumers[#2]', 'consumers entry 2'],
    ['route[Spine.proxy#2].role', 'route "Spine.proxy (2)", role'],
  ])('%s', (path, words) => {
    expect(plainField(path)).toBe(words);
  });
});
