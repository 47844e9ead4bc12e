import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unifiedDiff } from '../../src/decisions/unified-diff.js';
import { editSpec, scalar } from '../../src/decisions/yaml-edit.js';

const spec = `id: feed # the feed
hazards:
  - derived: a # first
    decision: accepted
    controls:
      - kind: design
        text: X
    residual: { likelihood: low, severity: major }
    rationale: >-
      folded
      text
  # between entries
  - { derived: b, status: closed }
tail: 1
`;

const text = (r: ReturnType<typeof editSpec>) => {
  if ('problem' in r) throw new Error(r.problem);
  return r.text;
};

describe('editing a spec in place', () => {
  it('replaces, removes and adds keys of a block entry, leaving every other byte as it was', () => {
    const out = text(
      editSpec(spec, [
        {
          list: 'hazards',
          index: 0,
          set: [
            ['decision', 'mitigate'],
            ['controls', [{ kind: 'test', text: 'Y: with a colon' }]],
            ['rationale', null],
            ['decidedOn', '2026-01-02'],
          ],
        },
      ]),
    );
    expect(out).toBe(`id: feed # the feed
hazards:
  - derived: a # first
    decision: mitigate
    controls:
      - kind: test
        text: "Y: with a colon"
    residual: { likelihood: low, severity: major }
    decidedOn: 2026-01-02
  # between entries
  - { derived: b, status: closed }
tail: 1
`);
  });

  it('writes a one-line entry again on one line, and appends a new entry to the list', () => {
    const out = text(
      editSpec(spec, [
        { list: 'hazards', index: 1, set: [['closure', 'Replaced in 2026.']] },
        {
          list: 'hazards',
          first: ['derived', 'c'],
          set: [
            ['decision', 'accepted'],
            ['rationale', 'two\nlines'],
          ],
        },
      ]),
    );
    expect(out).toContain(
      '  # between entries\n  - { derived: b, status: closed, closure: Replaced in 2026. }\n',
    );
    expect(out).toContain('  - derived: c\n    decision: accepted\n    rationale: "two\\nlines"\ntail: 1\n');
    expect((parse(out) as { hazards: unknown[] }).hazards[2]).toEqual({
      derived: 'c',
      decision: 'accepted',
      rationale: 'two\nlines',
    });
  });

  it('starts a hazards list where there is none, and replaces an empty one', () => {
    const add = [{ list: 'hazards' as const, first: ['derived', 'x'] as [string, string], set: [] }];
    expect(text(editSpec('id: feed\n', add))).toBe('id: feed\nhazards:\n  - derived: x\n');
    expect(text(editSpec('id: feed\nhazards: []\ntail: 1\n', add))).toBe(
      'id: feed\nhazards:\n  - derived: x\ntail: 1\n',
    );
  });

  it('refuses an entry that is not where the workbook says', () => {
    expect(editSpec(spec, [{ list: 'hazards', index: 5, set: [['decision', 'accepted']] }])).toEqual({
      problem: 'hazards entry 6 is not where the workbook says',
    });
  });

  it('quotes only what YAML would read differently', () => {
    for (const v of [
      'plain words',
      'yes',
      'no',
      '123',
      '2026-01-02',
      '- dash',
      '# hash',
      'a: b',
      "it's",
      '"q"',
      ' lead',
    ])
      expect(parse(`k: ${scalar(v)}`)).toEqual({ k: v });
    expect(scalar('plain words')).toBe('plain words');
  });
});

describe('unified diff', () => {
  it('prints removed lines before added ones, with three lines of context and hunk ranges', () => {
    const a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n';
    const b = 'one\ntwo\nthree\nfour\nFIVE\nsix\nseven\neight\nnine\n';
    expect(unifiedDiff('s.yaml', a, b)).toBe(
      '--- a/s.yaml\n+++ b/s.yaml\n@@ -2,7 +2,8 @@\n two\n three\n four\n-five\n+FIVE\n six\n seven\n eight\n+nine\n',
    );
    expect(unifiedDiff('s.yaml', a, a)).toBe('');
  });
});
