import { describe, expect, it } from 'vitest';
import { kindProblem } from '../../src/evidence/document-kinds.js';
import { rewriteLinks } from '../../src/evidence/links.js';

const inPack = new Map([
  ['specs/a b.yaml', 'sources/specs/a b.yaml'],
  ['docs/runbooks/feed.md', 'sources/docs/runbooks/feed.md'],
  ['generated/estate.md', 'artefacts/estate.md'],
]);
const lookup = (p: string) => inPack.get(p);
const hazardPage = {
  path: 'artefacts/clinical-safety/integrations/x.md',
  origin: 'generated/clinical-safety/integrations/x.md',
};

describe('links inside the pack', () => {
  it.each([
    [
      'a spec, with its line',
      '[spec](../../../specs/a%20b.yaml#L12)',
      '[spec](../../../sources/specs/a%20b.yaml#L12)',
    ],
    ['another artefact', '[estate](../../estate.md)', '[estate](../../estate.md)'],
    ['a file the pack does not hold', '[secret](../../../notes/private.md)', 'secret'],
    ['a path out of the repository', '[up](../../../../../etc/passwd)', 'up'],
    ['an absolute path', '[abs](/etc/passwd)', 'abs'],
    ['a URL, left alone', '[nhs](https://www.nhs.uk/x)', '[nhs](https://www.nhs.uk/x)'],
    ['an anchor, left alone', '[h1](#pds-lookup-h01)', '[h1](#pds-lookup-h01)'],
  ])('Markdown: %s', (_what, link, expected) => {
    expect(rewriteLinks(`See ${link}.`, hazardPage, lookup)).toBe(`See ${expected}.`);
  });

  it('HTML: points a link at the copy, and drops one to a file the pack does not hold', () => {
    const page = { path: 'sources/docs/runbooks/feed.html', origin: 'docs/runbooks/feed.html' };
    const html =
      '<a href="feed.md">this</a> <a href="../../specs/a%20b.yaml#L2">spec</a> <a href="../missing.md">gone</a>';
    expect(rewriteLinks(html, page, lookup)).toBe(
      '<a href="feed.md">this</a> <a href="../../specs/a%20b.yaml#L2">spec</a> <a>gone</a>',
    );
  });

  it('a carried Markdown document links its neighbour in the pack', () => {
    const doc = { path: 'sources/docs/runbooks/feed.md', origin: 'docs/runbooks/feed.md' };
    expect(rewriteLinks('[spec](../../specs/a%20b.yaml)', doc, lookup)).toBe(
      '[spec](../../specs/a%20b.yaml)',
    );
    expect(rewriteLinks('[map](../../generated/estate.md)', doc, lookup)).toBe(
      '[map](../../../artefacts/estate.md)',
    );
  });
});

describe('documents of their kind', () => {
  const plan =
    '1. The alert fires when the queue stops moving.\n2. Call the on-call engineer and tell the ward.\n3. Restart the channel and replay the queue.\n';
  it.each([
    ['a response plan', 'response-plan', plan, undefined],
    ['the same as a procedure', 'procedure', plan, undefined],
    [
      'steps without recovery, as a procedure',
      'procedure',
      '- Look at the board for problems.\n- Phone the ward manager now.\n- Write it in the log book.\n',
      undefined,
    ],
    [
      'a list of paths',
      'response-plan',
      '- docs/a.md\n- [b](docs/b.md)\n- <https://x.example/c>\n',
      /lists paths or links/,
    ],
    ['prose without steps', 'procedure', 'When it fails, restart it and tell someone.\n', /no written steps/],
    ['a binary file', 'response-plan', new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), /not a text document/],
  ] as const)('%s', (_what, kind, content, expected) => {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const problem = kindProblem(kind, bytes);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('hostile documents are read in linear time', () => {
  const big = (unit: string) => unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
  const doc = { path: 'sources/docs/x.md', origin: 'docs/x.md' };
  it.each([
    ['open brackets', '['],
    ['unclosed links', '[a]('],
    ['unclosed attributes', ' href="'],
    ['dotted words', 'a.'],
  ])('a document of two megabytes of %s', (_what, unit) => {
    const text = big(unit);
    expect(rewriteLinks(text, doc, () => undefined)).toBe(text);
    // As HTML, a run of unclosed attributes reads as links to nothing, which are dropped.
    const html = rewriteLinks(text, { ...doc, path: 'sources/docs/x.html' }, () => undefined);
    expect(html.length).toBeLessThanOrEqual(text.length);
    expect(kindProblem('response-plan', new TextEncoder().encode(`- ${text}\n`))).toBeDefined();
  });
});
