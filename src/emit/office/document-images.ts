import { A4_LANDSCAPE_TEXT_WIDTH, A4_PORTRAIT_TEXT_WIDTH } from './wml-table.js';
import { paragraphXml } from './wml.js';
import type { Block } from './wml.js';
import { xmlText } from './xml.js';

const TWIPS_PER_PIXEL = 15; // 1440 twips an inch at 96 pixels an inch
const EMU_PER_PIXEL = 9525; // 914400 EMU an inch at 96 pixels an inch

/**
 * PNG images (diagrams) sized from the PNG header. A diagram rendered at a device scale factor
 * of 2 has twice the pixels of its intended size, so the size is divided by that factor, then
 * shrunk to the text width when wider.
 */

/** Width and height in pixels from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

export interface ImageOptions {
  /** Device scale factor the PNG was rendered at (default 1). */
  scale?: number;
  /** Largest width in pixels at 96 dpi; the text width of the page orientation by default. */
  maxWidth?: number;
  /** Largest height in pixels at 96 dpi, so a tall picture leaves room on its page (no limit by default). */
  maxHeight?: number;
  /** Page orientation the image sits on (default portrait). */
  orientation?: 'portrait' | 'landscape';
  /** Alternative text for screen readers. */
  altText?: string;
}

/** The size in pixels at 96 dpi a PNG is shown at, with these options. */
export function shownSize(
  size: { width: number; height: number },
  options: ImageOptions = {},
): { width: number; height: number } {
  const scale = options.scale ?? 1;
  const textTwips = options.orientation === 'landscape' ? A4_LANDSCAPE_TEXT_WIDTH : A4_PORTRAIT_TEXT_WIDTH;
  const maxWidth = options.maxWidth ?? Math.floor(textTwips / TWIPS_PER_PIXEL);
  let width = size.width / scale;
  let height = size.height / scale;
  if (width > maxWidth) {
    height = (height * maxWidth) / width;
    width = maxWidth;
  }
  if (options.maxHeight !== undefined && height > options.maxHeight) {
    width = (width * options.maxHeight) / height;
    height = options.maxHeight;
  }
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

/** A paragraph holding one PNG at its intended size; throws on bytes that are not a PNG. */
export function imageParagraph(png: Uint8Array, options: ImageOptions = {}): Block {
  const size = pngSize(png);
  if (size === undefined) throw new TypeError('imageParagraph was given bytes that are not a PNG');
  const { width, height } = shownSize(size, options);
  const cx = width * EMU_PER_PIXEL;
  const cy = height * EMU_PER_PIXEL;
  const alt = xmlText(options.altText ?? '');
  return (ids) => {
    const { rel, drawing } = ids.picture(png);
    const name = alt === '' ? `Picture ${drawing}` : alt;
    const inline =
      `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
      `<wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${drawing}" name="${name}" descr="${alt}"/>` +
      `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
      `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${drawing}" name="image${drawing}.png" descr="${alt}"/><pic:cNvPicPr/></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
      `</a:graphicData></a:graphic></wp:inline>`;
    return paragraphXml(`<w:r><w:drawing>${inline}</w:drawing></w:r>`, { keepLines: true, keepNext: true });
  };
}
