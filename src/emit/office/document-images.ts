import { ImageRun, Paragraph } from 'docx';
import { A4_LANDSCAPE_TEXT_WIDTH, A4_PORTRAIT_TEXT_WIDTH } from './document-tables.js';
import { officeText } from './text.js';

const TWIPS_PER_PIXEL = 15; // 1440 twips an inch at 96 pixels an inch

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
  return { width: view.getUint32(16), height: view.getUint32(20) };
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

/** A paragraph holding one PNG at its intended size; throws on bytes that are not a PNG. */
export function imageParagraph(png: Uint8Array, options: ImageOptions = {}): Paragraph {
  const size = pngSize(png);
  if (size === undefined) throw new TypeError('imageParagraph was given bytes that are not a PNG');
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
  const alt = officeText(options.altText ?? '');
  return new Paragraph({
    keepLines: true,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) },
        altText: alt === '' ? undefined : { name: alt, description: alt, title: alt },
      }),
    ],
  });
}
