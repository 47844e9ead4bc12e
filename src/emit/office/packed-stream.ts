import { crc32 } from 'node:zlib';
import { Deflate } from 'fflate';
import type { PackedEntry, ZipLevel } from './zip.js';
import { boundedMemo } from '../../core/shared-text.js';

/**
 * One zip entry written as text, a piece at a time, and deflated as it goes: the entry's whole
 * text is never held at once, only its compressed bytes. Text is gathered into pieces of about
 * 64 KiB before each is encoded and deflated, so the output depends only on the text written.
 */

const PIECE = 1 << 16;

export class PackedStream {
  private readonly chunks: Uint8Array[] = [];
  private readonly deflate: Deflate;
  private pending: string[] = [];
  private pendingLength = 0;
  private crc = 0;
  private size = 0;
  private done = false;

  constructor(
    readonly path: string,
    level: ZipLevel,
  ) {
    this.deflate = new Deflate({ level }, (chunk) => {
      this.chunks.push(chunk);
    });
  }

  write(text: string): void {
    if (this.done) throw new Error(`${this.path} is finished already`);
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= PIECE) this.flush(false);
  }

  /** Finishes the stream: the entry for `packedZip`. */
  end(): PackedEntry {
    if (!this.done) this.flush(true);
    this.done = true;
    return { path: this.path, chunks: this.chunks, crc: this.crc, size: this.size, method: 8 };
  }

  private flush(final: boolean): void {
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.push(bytes, final);
  }
}

/** A small entry written whole. */
export function packText(path: string, text: string, level: ZipLevel): PackedEntry {
  return text.length <= 16384 ? packedSmall(path, text, level) : packWhole(path, text, level);
}

function packWhole(path: string, text: string, level: ZipLevel): PackedEntry {
  const stream = new PackedStream(path, level);
  stream.write(text);
  return stream.end();
}

/**
 * Small parts already packed, by level, path and text. Most small parts of a Word document or a
 * workbook are the same in every one (styles, numbering, settings, relationships), and setting
 * up a deflate stream costs far more than such a part: packing them again for each of 1,000 DPIA
 * sections took a quarter of the packing time. The same text always deflates to the same bytes,
 * so an entry packed once is the entry packed again.
 */
const packedSmall = boundedMemo(
  64,
  (path: string, text: string, level: ZipLevel) => `${level}:${path}\n${text}`,
  packWhole,
);
