import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { docxBytes } from '../../src/emit/office/docx.js';
import type { WordDocument } from '../../src/emit/office/docx.js';
import { heading, imageParagraph, pageFooter, paragraph } from '../../src/emit/office/document-kit.js';
import { readZip } from '../../src/emit/office/zip.js';
import { inTimeZone, sha256, tinyPng } from './helpers.js';

const date = new Date('2025-01-15T09:45:00Z');
const png = tinyPng(4, 3, [0, 94, 184]);
const other = tinyPng(5, 5, [200, 0, 0]);

function sample(): WordDocument {
  return {
    properties: { title: 'Sample <&>', creator: 'govspec', description: 'A "quoted" one' },
    sections: [
      { orientation: 'portrait', blocks: [heading(1, 'Top'), imageParagraph(png, { altText: 'first' })] },
      {
        orientation: 'landscape',
        footer: pageFooter('Org', 'Sample', 'landscape'),
        blocks: [paragraph('Body'), imageParagraph(other), imageParagraph(png, { altText: 'again' })],
      },
    ],
  };
}

function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(readZip(bytes).map((e) => [e.path, e.content]));
}
const text = (p: Map<string, Uint8Array>, path: string) => strFromU8(p.get(path)!);

/** Throws on XML that is not well-formed. */
function parse(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

describe('docxBytes', () => {
  it('gives identical bytes for repeated builds and in different time zones', async () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 3; i++) hashes.add(sha256(docxBytes(sample(), date)));
    hashes.add(sha256(await inTimeZone('America/New_York', () => docxBytes(sample(), date))));
    hashes.add(sha256(await inTimeZone('Asia/Kolkata', () => docxBytes(sample(), date))));
    expect(hashes.size).toBe(1);
  });

  it('stamps created and modified with the build date, or 1980 without one', () => {
    const core = text(parts(docxBytes(sample(), date)), 'docProps/core.xml');
    expect(core).toMatch(/<dcterms:created [^>]*>2025-01-15T09:45:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2025-01-15T09:45:00Z<\/dcterms:modified>/);
    expect(core).toContain('<dc:title>Sample &lt;&amp;&gt;</dc:title>');
    const undated = text(parts(docxBytes(sample())), 'docProps/core.xml');
    expect(undated).toMatch(/<dcterms:created [^>]*>1980-01-01T00:00:00Z</);
    expect(undated).not.toContain('2025');
  });

  it('writes well-formed XML in every part, each with a content type', () => {
    const p = parts(docxBytes(sample(), date));
    const types = text(p, '[Content_Types].xml');
    for (const [path, content] of p) {
      if (path.endsWith('.png')) {
        expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
        continue;
      }
      expect(() => parse(strFromU8(content)), path).not.toThrow();
      if (path.endsWith('.xml') && path !== '[Content_Types].xml')
        expect(types, path).toContain(`PartName="/${path}"`);
    }
  });

  it('keeps every relationship reference resolvable, with numbered ids only', () => {
    const p = parts(docxBytes(sample(), date));
    let checked = 0;
    for (const [path, content] of p) {
      if (!path.endsWith('.xml')) continue;
      const refs = [...strFromU8(content).matchAll(/\br:(?:id|embed)="([^"]*)"/g)].map((m) => m[1]!);
      if (refs.length === 0) continue;
      const rels = text(p, path.replace(/([^/]+)$/, '_rels/$1.rels'));
      const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!));
      for (const ref of refs) {
        expect(ref).toMatch(/^rId\d+$/);
        expect(ids, `${path} refers to ${ref}`).toContain(ref);
        checked++;
      }
      for (const [, target] of rels.matchAll(/Target="([^"]+)"/g))
        expect(p.has(`word/${target}`), target).toBe(true);
    }
    // Three pictures and one footer.
    expect(checked).toBe(4);
  });

  it('stores a picture once however often it is shown, and numbers drawings from 1', () => {
    const p = parts(docxBytes(sample(), date));
    const media = [...p.keys()].filter((k) => k.startsWith('word/media/')).sort();
    expect(media).toEqual(['word/media/image1.png', 'word/media/image2.png']);
    expect(Buffer.from(p.get('word/media/image1.png')!)).toEqual(Buffer.from(png));
    expect(Buffer.from(p.get('word/media/image2.png')!)).toEqual(Buffer.from(other));
    const doc = text(p, 'word/document.xml');
    expect([...doc.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3]);
    const embeds = [...doc.matchAll(/r:embed="(rId\d+)"/g)].map((m) => m[1]);
    expect(embeds[0]).toBe(embeds[2]);
    expect(embeds[1]).not.toBe(embeds[0]);
  });

  it('lays each section on its own A4 page size, the footer on the body section only', () => {
    const doc = text(parts(docxBytes(sample(), date)), 'word/document.xml');
    const sections = [...doc.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sections[0]).not.toContain('footerReference');
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
    expect(sections[1]).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/>/);
    // The last section's properties close the body; the first ends its last paragraph.
    expect(doc).toMatch(/<\/w:sectPr><\/w:body>/);
    expect(doc).toMatch(/<w:p><w:pPr><w:sectPr>/);
  });
});

describe("the Word writer is govspec's own", () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('depends on no Word library: nothing imports docx and package.json does not list it', () => {
    const sources = [...files(join(root, 'src')), ...files(join(root, 'test'))];
    expect(sources.length).toBeGreaterThan(100);
    const importers = sources.filter((f) =>
      /\bfrom '(docx|docx\/[^']*)'|import\('docx'\)/.test(readFileSync(f, 'utf8')),
    );
    expect(importers).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('docx');
  });
});
