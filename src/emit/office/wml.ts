import { element, xmlText } from './xml.js';
import { officeText } from './text.js';

/**
 * WordprocessingML runs and paragraphs, as strings. A block of the body is a function of the
 * document it is placed in, so that pictures get relationship and drawing ids numbered in the
 * order they appear; blocks of text ignore it.
 */

export interface DocumentIds {
  /** The relationship id and drawing number of a PNG placed in the document. */
  picture(png: Uint8Array): { rel: string; drawing: number };
}

/**
 * A piece of the document body. A large one (a table of thousands of rows) gives its XML in
 * pieces, made as they are written, so the body is never held whole.
 */
export type Block = (ids: DocumentIds) => string | Iterable<string>;

/** A block's XML as one string (for parts that are small, such as a footer). */
export function blockXml(block: Block, ids: DocumentIds): string {
  const out = block(ids);
  return typeof out === 'string' ? out : [...out].join('');
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** Half-points (Word's unit): 20 is 10 pt. */
  size?: number;
  /** RRGGBB. */
  colour?: string;
  font?: string;
}

function runProperties(style: RunStyle): string {
  let p = '';
  if (style.font) {
    const f = xmlText(style.font);
    p += `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:eastAsia="${f}"/>`;
  }
  if (style.bold) p += '<w:b/><w:bCs/>';
  if (style.italic) p += '<w:i/><w:iCs/>';
  if (style.colour) p += `<w:color w:val="${colour(style.colour)}"/>`;
  if (style.size) p += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return p === '' ? '' : `<w:rPr>${p}</w:rPr>`;
}

function colour(value: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(value)) throw new TypeError(`not an RRGGBB colour: ${value}`);
  return value.toUpperCase();
}

/** One run of text (nothing for empty text); "\n" becomes a line break and a tab a tab. */
export function run(text: unknown, style: RunStyle = {}): string {
  const props = runProperties(style);
  let body = '';
  officeText(text)
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) body += '<w:br/>';
      line.split('\t').forEach((part, j) => {
        if (j > 0) body += '<w:tab/>';
        if (part !== '') body += `<w:t xml:space="preserve">${xmlText(part)}</w:t>`;
      });
    });
  return body === '' ? '' : `<w:r>${props}${body}</w:r>`;
}

/** A field such as PAGE or NUMPAGES, showing `placeholder` until the reader updates it. */
export function field(instruction: 'PAGE' | 'NUMPAGES', style: RunStyle = {}, placeholder = '1'): string {
  const props = runProperties(style);
  const r = (inner: string) => `<w:r>${props}${inner}</w:r>`;
  return (
    r('<w:fldChar w:fldCharType="begin"/>') +
    r(`<w:instrText xml:space="preserve"> ${instruction} </w:instrText>`) +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r(`<w:t>${placeholder}</w:t>`) +
    r('<w:fldChar w:fldCharType="end"/>')
  );
}

export interface ParagraphOptions {
  style?: string;
  numbering?: { id: number; level: number };
  spacing?: { before?: number; after?: number };
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** Tab stops: right-aligned at a position in twips. */
  rightTab?: number;
  align?: 'left' | 'center' | 'right';
  /** Section properties ending the section this paragraph closes. */
  sectionEnd?: string;
}

/** A paragraph around runs already written with `run` (or a drawing). */
export function paragraphXml(runs: string, options: ParagraphOptions = {}): string {
  let p = '';
  if (options.style) p += `<w:pStyle w:val="${xmlText(options.style)}"/>`;
  if (options.keepNext) p += '<w:keepNext/>';
  if (options.keepLines) p += '<w:keepLines/>';
  if (options.pageBreakBefore) p += '<w:pageBreakBefore/>';
  if (options.numbering)
    p += `<w:numPr><w:ilvl w:val="${options.numbering.level}"/><w:numId w:val="${options.numbering.id}"/></w:numPr>`;
  if (options.rightTab !== undefined)
    p += `<w:tabs><w:tab w:val="right" w:pos="${options.rightTab}"/></w:tabs>`;
  if (options.spacing)
    p += element('w:spacing', { 'w:before': options.spacing.before, 'w:after': options.spacing.after });
  if (options.align) p += `<w:jc w:val="${options.align}"/>`;
  if (options.sectionEnd) p += options.sectionEnd;
  return `<w:p>${p === '' ? '' : `<w:pPr>${p}</w:pPr>`}${runs}</w:p>`;
}

/** A block holding one paragraph of text in one style. */
export function textParagraph(text: unknown, style: RunStyle = {}, options: ParagraphOptions = {}): Block {
  const xml = paragraphXml(run(text, style), options);
  return () => xml;
}

/** Starts the next block on a new page. */
export function pageBreak(): Block {
  return () => '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
}
