import {
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  InternalHyperlink,
  Paragraph,
  TextRun,
} from 'docx';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../src/emit/office/docx.js';
import { readZip } from '../../src/emit/office/zip.js';
import { inTimeZone, sha256, tinyPng } from './helpers.js';

const date = new Date('2025-01-15T09:45:00Z');
const png = tinyPng(4, 3, [0, 94, 184]);

function sample(): Document {
  const image = () => new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 30 } });
  return new Document({
    creator: 'govspec',
    title: 'Sample',
    footnotes: {
      1: {
        children: [
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'https://example.org/fn', children: [new TextRun('fn link')] }),
            ],
          }),
        ],
      },
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [image()] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new ExternalHyperlink({ link: 'https://example.org/f', children: [new TextRun('f')] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            children: [
              new Bookmark({ id: 'top', children: [new TextRun('Top')] }),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({
            children: [
              image(),
              new ExternalHyperlink({ link: 'https://example.org/a', children: [new TextRun('a')] }),
            ],
          }),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'https://example.org/b', children: [new TextRun('b')] }),
            ],
          }),
          new Paragraph({ children: [new Bookmark({ id: 'end', children: [new TextRun('End')] }), image()] }),
          new Paragraph({
            children: [new InternalHyperlink({ anchor: 'top', children: [new TextRun('back to top')] })],
          }),
        ],
      },
    ],
  });
}

function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(readZip(bytes).map((e) => [e.path, e.content]));
}
const text = (p: Map<string, Uint8Array>, path: string) => strFromU8(p.get(path)!);

describe('packDocx', () => {
  it('gives identical bytes for repeated packs in one process', async () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 3; i++) hashes.add(sha256(await packDocx(sample(), date)));
    expect(hashes.size).toBe(1);
  });

  it('gives identical bytes in different time zones', async () => {
    const utc = await inTimeZone('UTC', () => packDocx(sample(), date));
    const ny = await inTimeZone('America/New_York', () => packDocx(sample(), date));
    expect(sha256(ny)).toBe(sha256(utc));
  });

  it('stamps created and modified with the build date, or 1980 without one', async () => {
    const core = text(parts(await packDocx(sample(), date)), 'docProps/core.xml');
    expect(core).toMatch(/<dcterms:created [^>]*>2025-01-15T09:45:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2025-01-15T09:45:00Z<\/dcterms:modified>/);
    const undated = text(parts(await packDocx(sample())), 'docProps/core.xml');
    expect(undated).toMatch(/<dcterms:created [^>]*>1980-01-01T00:00:00Z</);
  });

  it('leaves no random ids and keeps every relationship reference resolvable', async () => {
    const p = parts(await packDocx(sample(), date));
    let checked = 0;
    for (const [path, content] of p) {
      if (!/\.xml$/.test(path)) continue;
      const xml = strFromU8(content);
      const refs = [...xml.matchAll(/\br:(?:id|embed|link)="([^"]*)"/g)].map((m) => m[1]!);
      if (refs.length === 0) continue;
      const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
      const rels = text(p, relsPath);
      const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!));
      for (const ref of refs) {
        expect(ref).toMatch(/^rId\d+$/);
        expect(ids, `${path} refers to ${ref}`).toContain(ref);
        checked++;
      }
      for (const id of ids) expect(id).toMatch(/^rId\d+$/);
    }
    // Header image, document image, three document hyperlinks, footer and footnote links.
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('numbers drawings and bookmarks from 1 in every document', async () => {
    await packDocx(sample(), date); // advance docx's process-wide counters
    const p = parts(await packDocx(sample(), date));
    const all = [...p.entries()]
      .filter(([k]) => k.endsWith('.xml'))
      .map(([, v]) => strFromU8(v))
      .join('');
    const drawings = [...all.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(drawings.sort()).toEqual([1, 2, 3]);
    const doc = text(p, 'word/document.xml');
    expect([...doc.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect([...doc.matchAll(/<w:bookmarkEnd w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('keeps the embedded image bytes', async () => {
    const p = parts(await packDocx(sample(), date));
    const media = [...p.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    for (const path of media) expect(Buffer.from(p.get(path)!)).toEqual(Buffer.from(png));
    const target = media[0]!.replace('word/', '');
    expect(text(p, 'word/_rels/document.xml.rels')).toContain(`Target="${target}"`);
  });
});
