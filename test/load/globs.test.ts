/**
 * Spec globs: the same answers as the regular-expression matcher they replace, and no
 * exponential matching on hostile patterns such as `**a**a**a…**b`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, globMatches, matchGlobs } from '../../src/load/globs.js';

/** The earlier translation of a glob to a (backtracking) regular expression: the reference. */
function referenceRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((s) => s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

describe('glob matching', () => {
  it.each([
    ['specs/**/*.yaml', 'specs/a.yaml', true],
    ['specs/**/*.yaml', 'specs/x/y/a.yaml', true],
    ['specs/**/*.yaml', 'specs/x/a.yml', false],
    ['specs/*.yaml', 'specs/x/a.yaml', false],
    ['channels/**/*.govspec.yaml', 'channels/adt/pas.govspec.yaml', true],
    ['**/*.{yaml,yml}', 'a/b.yml', true],
    ['**/*.{yaml,yml}', 'a/b.json', false],
    ['spec?.yaml', 'spec1.yaml', true],
    ['spec?.yaml', 'spec/.yaml', false],
    ['a{b', 'a{b', true],
    ['**', 'any/thing/at/all', true],
  ])('%s against %s is %s', (glob, path, expected) => {
    expect(globMatches(compileGlob(glob), path)).toBe(expected);
  });

  it('excludes with a leading !', () => {
    expect(
      matchGlobs(
        ['specs/a.yaml', 'specs/drafts/b.yaml', 'x/c.yaml'],
        ['specs/**/*.yaml', '!specs/drafts/**'],
      ),
    ).toEqual(['specs/a.yaml']);
  });

  it('agrees with the regular-expression matcher it replaces (property-based)', () => {
    const glob = fc.stringMatching(/^[ab/*?{},.]{0,10}$/);
    const path = fc.stringMatching(/^[ab/.,{}]{0,12}$/);
    fc.assert(
      fc.property(glob, path, (g, p) => {
        expect(globMatches(compileGlob(g), p)).toBe(referenceRegExp(g).test(p));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with it when one compiled glob is matched against many paths in turn', () => {
    // The matcher remembers the steps it has worked out for a glob: a path read after others
    // must get the answer it gets alone.
    const glob = fc.stringMatching(/^[ab/*?{},.]{0,10}$/);
    const paths = fc.array(fc.stringMatching(/^[ab/.,{}]{0,12}$/), { maxLength: 30 });
    fc.assert(
      fc.property(glob, paths, (g, ps) => {
        const compiled = compileGlob(g);
        const reference = referenceRegExp(g);
        for (const p of ps) expect(globMatches(compiled, p), `${g} on ${p}`).toBe(reference.test(p));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile globs', () => {
  // Hostile input: exponential matching. With the regular-expression matcher this pattern
  // against a 60-character path that almost matches never finishes.
  it('matches "**a**a**a…**b" without backtracking blow-up', () => {
    const hostile = `${'**a'.repeat(40)}**b`;
    const path = 'a'.repeat(60);
    expect(matchGlobs([path, `${path}b`], [hostile])).toEqual([`${path}b`]);
  });

  it('keeps the automaton no larger than the glob', () => {
    const hostile = `${'*?'.repeat(500)}{${'x,'.repeat(200)}y}`;
    const g = compileGlob(hostile);
    expect(g.edges.length).toBeLessThan(hostile.length * 2);
    expect(globMatches(g, 'q'.repeat(2000))).toBe(false);
  });
});
