import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  bullet,
  composeDocument,
  dataTable,
  heading,
  keyValueTable,
  paragraph,
  signatureTable,
  columnWidths,
  docxBytes,
} from '../../src/emit/office/document-kit.js';
import { readZip } from '../../src/emit/office/zip.js';
import { sha256 } from './helpers.js';

function sample() {
  return composeDocument({
    organisation: 'Example NHS Trust',
    title: 'Clinical safety case',
    subtitle: 'Integration estate',
    creator: 'govspec',
    control: [
      ['Version', '1.0'],
      ['Date', 'not recorded'],
    ],
    body: [
      heading(1, 'Scope'),
      paragraph('Line one\nLine two\u0007'),
      heading(2, 'Systems'),
      heading(3, 'EPR'),
      bullet('point'),
      dataTable(['ID', 'Hazard'], [['H1', '=cmd|" /C calc"!A0']], { widths: [1, 4] }),
      keyValueTable([['Owner', 'CSO']]),
      signatureTable(['Clinical Safety Officer', 'SIRO']),
    ],
  });
}

async function parts(): Promise<Map<string, string>> {
  const bytes = docxBytes(sample(), new Date('2025-02-01T00:00:00Z'));
  return new Map(readZip(bytes).map((e) => [e.path, strFromU8(e.content)]));
}

describe('document kit', () => {
  it('numbers headings 1, 1.1, 1.1.1 through one multi-level list', async () => {
    const p = await parts();
    const numbering = p.get('word/numbering.xml')!;
    expect(numbering).toContain('<w:lvlText w:val="%1"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2.%3"/>');
    const doc = p.get('word/document.xml')!;
    const headings = [
      ...doc.matchAll(
        /<w:pStyle w:val="(Heading\d)"\/><w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"/g,
      ),
    ];
    expect(headings.map((m) => [m[1], m[2]])).toEqual([
      ['Heading1', '0'],
      ['Heading2', '1'],
      ['Heading3', '2'],
    ]);
    expect(new Set(headings.map((m) => m[3])).size).toBe(1);
  });

  it('puts the title page in its own A4 section and the page footer on the body', async () => {
    const p = await parts();
    const doc = p.get('word/document.xml')!;
    const sections = [...doc.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const s of sections) expect(s).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc.indexOf('Example NHS Trust')).toBeLessThan(doc.indexOf('Document control'));
    const footerRef = /<w:footerReference w:type="default" r:id="(rId\d+)"\/>/.exec(sections[1]!)![1];
    const rels = p.get('word/_rels/document.xml.rels')!;
    const footerPath = new RegExp(`Id="${footerRef}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const footer = p.get(`word/${footerPath}`)!;
    expect(footer).toContain('Example NHS Trust');
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> PAGE <\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> NUMPAGES <\/w:instrText>/);
    expect(footer).toContain('<w:fldChar w:fldCharType="separate"/>');
  });

  it('repeats a bold shaded header row and keeps line breaks and no control characters', async () => {
    const doc = (await parts()).get('word/document.xml')!;
    const headerRows = [...doc.matchAll(/<w:tr><w:trPr>(.*?)<\/w:trPr>(.*?)<\/w:tr>/g)].filter((m) =>
      m[1]!.includes('<w:tblHeader/>'),
    );
    expect(headerRows.length).toBe(2); // data table and signature table
    for (const row of headerRows) {
      expect(row[2]).toContain('w:fill="DCE6F2"');
      expect(row[2]).toContain('<w:b/>');
    }
    expect(doc).toContain(
      '<w:t xml:space="preserve">Line one</w:t><w:br/><w:t xml:space="preserve">Line two</w:t>',
    );
    expect(doc).not.toContain('\u0007');
    expect(doc).toContain('=cmd|&quot; /C calc&quot;!A0');
  });

  it('leaves name, signature and date blank in the signature table', async () => {
    const doc = (await parts()).get('word/document.xml')!;
    const row = /<w:tr>(?:(?!<\/w:tr>).)*Clinical Safety Officer.*?<\/w:tr>/.exec(doc)![0];
    expect(row.match(/<w:tc>/g)).toHaveLength(4);
    const texts = [...row.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).filter((t) => t !== '');
    expect(texts).toEqual(['Clinical Safety Officer']);
  });

  it('uses Arial throughout, with Liberation Sans named as its stand-in', async () => {
    const styles = (await parts()).get('word/styles.xml')!;
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/);
    // Where Arial is missing, the metric-compatible Liberation Sans stands in, so nothing reflows.
    const fonts = (await parts()).get('word/fontTable.xml')!;
    expect(fonts).toContain('<w:font w:name="Arial"><w:altName w:val="Liberation Sans"/>');
    expect(fonts).toContain('<w:panose1 w:val="020B0604020202020204"/>');
  });

  it('spreads column widths over the text width exactly', () => {
    expect(columnWidths(3, { widths: [1, 1, 1], textWidth: 1000 })).toEqual([333, 333, 334]);
    expect(columnWidths(2, { textWidth: 9638 }).reduce((a, b) => a + b)).toBe(9638);
    // Wrong number of weights: equal widths.
    expect(columnWidths(2, { widths: [1], textWidth: 10 })).toEqual([5, 5]);
  });

  it('packs the same kit document to the same bytes', async () => {
    const a = docxBytes(sample(), new Date('2025-02-01T00:00:00Z'));
    const b = docxBytes(sample(), new Date('2025-02-01T00:00:00Z'));
    expect(sha256(a)).toBe(sha256(b));
  });
});
