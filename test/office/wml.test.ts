import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { imageParagraph } from '../../src/emit/office/document-images.js';
import { textWidth, unbreakable, widestWord } from '../../src/emit/office/text-metrics.js';
import { dataTable, fittedWidths, keyValueTable } from '../../src/emit/office/wml-table.js';
import { blockXml, paragraphXml, run, textParagraph } from '../../src/emit/office/wml.js';
import type { Block, DocumentIds } from '../../src/emit/office/wml.js';
import { attrs } from '../../src/emit/office/xml.js';
import { tinyPng } from './helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ids: DocumentIds = { picture: () => ({ rel: 'rId9', drawing: 1 }) };

/**
 * Parses a fragment of the body as a reader would and returns the text of its w:t elements,
 * a line break as "\n" and a tab as "\t"; throws on XML that is not well-formed.
 */
function shownText(fragment: string): { text: string; elements: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const elements: string[] = [];
  let text = '';
  let inText = false;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    elements.push(tag.name);
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:br') text += '\n';
    if (tag.name === 'w:tab') text += '\t';
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
  });
  parser.on('text', (t) => {
    if (inText) text += t;
  });
  parser.write(`<w:root xmlns:w="${W}" xmlns:r="r" xmlns:wp="wp">${fragment}</w:root>`).close();
  return { text, elements };
}

const block = (b: Block) => blockXml(b, ids);

describe('WordprocessingML text', () => {
  it('keeps hostile text literal: markup in spec text never becomes an element', () => {
    const hostile = '</w:t></w:r><w:r><w:t>injected</w:t> & "quotes" \'apostrophes\' <![CDATA[x]]> &amp;';
    const xml = block(textParagraph(hostile));
    const { text, elements } = shownText(xml);
    expect(text).toBe(hostile);
    expect(elements).toEqual(['w:root', 'w:p', 'w:r', 'w:t']);
    expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;');
    expect(xml).toContain('&amp;amp;');
  });

  it('escapes attribute values, so alt text cannot open an attribute or an element', () => {
    const alt = 'Flow "A" <b> & \'B\'" onload="x';
    const xml = block(imageParagraph(tinyPng(4, 2, [0, 0, 0]), { altText: alt }));
    expect(() => shownText(xml)).not.toThrow();
    expect(xml).toContain('descr="Flow &quot;A&quot; &lt;b&gt; &amp; &apos;B&apos;&quot; onload=&quot;x"');
    expect(xml).not.toContain('onload="x"');
    expect(attrs({ 'w:val': '"><x/>', n: 3, skipped: undefined })).toBe(
      ' w:val="&quot;&gt;&lt;x/&gt;" n="3"',
    );
  });

  it('drops control characters XML 1.0 cannot carry, keeping tab and newline as Word tab and break', () => {
    const controls = 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh\ufffei\uffffj';
    const { text } = shownText(run(controls));
    expect(text).toBe('abcdefghij');
    expect(shownText(run('one\r\ntwo\rthree\tfour')).text).toBe('one\ntwo\nthree\tfour');
  });

  it('replaces a lone surrogate half, which UTF-8 cannot encode, and keeps real astral characters', () => {
    const { text } = shownText(run('x\ud800y\udc00z \u{1F600}'));
    expect(text).toBe('x\ufffdy\ufffdz \u{1F600}');
  });

  it('shows bidi and C1 controls as code points instead of letting them reorder or hide text', () => {
    const spoof = 'Approved by \u202Eoslevi\u202C the CSO\u2066x\u2069\u200f\u0085';
    const { text } = shownText(run(spoof));
    expect(text).toBe('Approved by [U+202E]oslevi[U+202C] the CSO[U+2066]x[U+2069][U+200F][U+0085]');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u0080-\u009f]/);
  });

  it('writes nothing for empty text and refuses a colour that is not RRGGBB', () => {
    expect(run('')).toBe('');
    expect(paragraphXml(run(undefined))).toBe('<w:p></w:p>');
    expect(() => run('x', { colour: '"/><w:b/>' })).toThrow(TypeError);
  });
});

describe('table columns', () => {
  const total = 9638;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

  it('never makes a column narrower than its longest word when the words fit', () => {
    // The safety case control table: a narrow weight for a column of "Business process".
    const rows = [
      ['Hazard no.', 'Type', 'Control', 'Status', 'Evidence'],
      [
        'discharge-summary-to-gp/H24',
        'Business process',
        'The GP liaison team audits.',
        'Planned',
        'none given',
      ],
    ];
    const widths = fittedWidths(rows, (r) => r === 0, { widths: [3.2, 1.7, 5.2, 2, 2.8], textWidth: total });
    expect(sum(widths)).toBe(total);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => expect(widths[c]!, cell).toBeGreaterThan(widestWord(cell, 20, r === 0))),
    );
  });

  it('lets a very long word or link give way, never the columns of ordinary words', () => {
    const long = 'x'.repeat(400);
    const link =
      'https://qms.example.nhs.uk/clinical-safety/AMB-PREALERT/ed-booking-in-sop-and-a-very-long-tail';
    const reference = 'R'.repeat(300);
    const rows = [
      ['Status', 'Type', 'Evidence', 'Note', 'Reference'],
      ['Outstanding', 'Business process', link, long, reference],
    ];
    // Two words wider than half the page: the minimums cannot all fit.
    const widths = fittedWidths(rows, (r) => r === 0, { textWidth: total });
    expect(sum(widths)).toBe(total);
    expect(widths[0]).toBeGreaterThan(widestWord('Outstanding', 20));
    expect(widths[1]).toBeGreaterThan(widestWord('Business process', 20));
    expect(widths[2]).toBeGreaterThan(widestWord(link, 20));
    // The long words are wider than any column can be: theirs are the columns that break.
    expect(widths[3]).toBeLessThan(textWidth(long, 20));
    expect(widths[4]).toBeLessThan(textWidth(reference, 20));
    // A link breaks after each slash and hyphen.
    expect(unbreakable(link)).toContain('clinical-');
    expect(unbreakable('docs/runbooks/feed.md')).toEqual(['docs/', 'runbooks/', 'feed.md']);
  });

  it('keeps a long word whole in the XML (the reader wraps it) and the table well-formed', () => {
    const long = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(6);
    const xml = block(dataTable(['Term', 'Meaning'], [[long, 'A lung disease <b>']]));
    const { text } = shownText(xml);
    expect(text).toContain(long);
    expect(text).toContain('A lung disease <b>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(sum(grid)).toBe(total);
    expect(grid.every((w) => w > 0)).toBe(true);
  });

  it('gives key-value labels room for their longest word', () => {
    const xml = block(keyValueTable([['Controller for this assessment', 'x']]));
    const first = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(xml)![1]);
    expect(first).toBeGreaterThan(widestWord('assessment', 20, true));
  });
});
