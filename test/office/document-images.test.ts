import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  composeDocument,
  docxBytes,
  heading,
  imageParagraph,
  pngSize,
} from '../../src/emit/office/document-kit.js';
import { readZip } from '../../src/emit/office/zip.js';
import { tinyPng } from './helpers.js';

const EMU_PER_PX = 9525;

async function documentXml(png: Uint8Array, options: Parameters<typeof imageParagraph>[1]): Promise<string> {
  const doc = composeDocument({
    organisation: 'Org',
    title: 'T',
    creator: 'c',
    control: [],
    orientation: 'landscape',
    body: [heading(1, 'Map'), imageParagraph(png, options)],
  });
  const entries = readZip(docxBytes(doc));
  return strFromU8(entries.find((e) => e.path === 'word/document.xml')!.content);
}

describe('images', () => {
  it('reads the PNG size from its header and rejects other bytes', () => {
    expect(pngSize(tinyPng(30, 7, [1, 2, 3]))).toEqual({ width: 30, height: 7 });
    expect(pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toBeUndefined();
    expect(() => imageParagraph(new Uint8Array(4))).toThrow(TypeError);
  });

  it('divides by the scale factor and shrinks to the maximum width', async () => {
    const scaled = await documentXml(tinyPng(200, 100, [9, 9, 9]), { scale: 2, altText: 'Estate map' });
    expect(scaled).toContain(`<wp:extent cx="${100 * EMU_PER_PX}" cy="${50 * EMU_PER_PX}"/>`);
    expect(scaled).toMatch(/<wp:docPr id="1" name="Estate map" descr="Estate map"/);
    const shrunk = await documentXml(tinyPng(2000, 500, [9, 9, 9]), { maxWidth: 1000 });
    expect(shrunk).toContain(`<wp:extent cx="${1000 * EMU_PER_PX}" cy="${250 * EMU_PER_PX}"/>`);
  });

  it('lays a landscape body section on a landscape A4 page', async () => {
    const xml = await documentXml(tinyPng(2, 2, [0, 0, 0]), {});
    const sizes = [...xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sizes).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    ]);
  });
});
