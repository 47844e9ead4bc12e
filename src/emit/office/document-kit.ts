import type { Orientation, WordDocument } from './docx.js';
import { officeText } from './text.js';
import { A4_LANDSCAPE_TEXT_WIDTH, A4_PORTRAIT_TEXT_WIDTH, keyValueTable } from './wml-table.js';
import { field, paragraphXml, run, textParagraph } from './wml.js';
import type { Block, RunStyle } from './wml.js';
import { ACCENT, BULLETS_NUMBERING, HEADINGS_NUMBERING } from './wml-parts.js';

export { columnWidths, dataTable, keyValueTable, signatureTable } from './wml-table.js';
export type { TableOptions } from './wml-table.js';
export { imageParagraph, pngSize } from './document-images.js';
export type { ImageOptions } from './document-images.js';
export { pageBreak } from './wml.js';
export type { Block } from './wml.js';
export { docxBytes } from './docx.js';
export type { Orientation, Section, WordDocument } from './docx.js';
export { FONT } from './wml-parts.js';

/**
 * The common shape of govspec's Word documents (DPIA, safety case): Arial (Liberation Sans
 * where Arial is missing, which has the same metrics), A4, numbered headings, a title page with
 * a document-control table, and a footer with the organisation and "Page X of Y".
 */

export function textWidth(orientation: Orientation = 'portrait'): number {
  return orientation === 'landscape' ? A4_LANDSCAPE_TEXT_WIDTH : A4_PORTRAIT_TEXT_WIDTH;
}

/** Twips of text height on A4 with the kit's 2 cm margins. */
export function textHeight(orientation: Orientation = 'portrait'): number {
  // The page turned: a landscape page's text height is a portrait page's text width.
  return orientation === 'landscape' ? A4_PORTRAIT_TEXT_WIDTH : A4_LANDSCAPE_TEXT_WIDTH;
}

/** A numbered heading: level 1 is "1", level 2 "1.1", level 3 "1.1.1". */
export function heading(level: 1 | 2 | 3, text: unknown): Block {
  return textParagraph(
    text,
    {},
    { style: `Heading${level}`, numbering: { id: HEADINGS_NUMBERING, level: level - 1 } },
  );
}

export function paragraph(text: unknown, style: RunStyle = {}, options: { keepNext?: boolean } = {}): Block {
  return textParagraph(text, style, options.keepNext ? { keepNext: true } : {});
}

/** An empty paragraph: the gap after a table. */
export function spacer(): Block {
  return paragraph('');
}

/** A smaller italic line: captions and notes. */
export function note(text: unknown): Block {
  return textParagraph(text, { italic: true, size: 18, colour: '404040' });
}

export function bullet(text: unknown, level: 0 | 1 | 2 = 0): Block {
  return textParagraph(text, {}, { numbering: { id: BULLETS_NUMBERING, level }, spacing: { after: 60 } });
}

export interface TitlePageOptions {
  organisation: string;
  title: string;
  subtitle?: string;
  /** Document-control rows such as Version, Status, Date ("not recorded" when unknown), Owner. */
  control: readonly (readonly [string, unknown])[];
}

/** Organisation, title, subtitle and document-control table; put it in a section of its own. */
export function titlePage(options: TitlePageOptions): Block[] {
  return [
    textParagraph(
      options.organisation,
      { bold: true, size: 28, colour: ACCENT },
      { spacing: { before: 1800, after: 600 } },
    ),
    textParagraph(options.title, {}, { style: 'Title' }),
    ...(options.subtitle === undefined
      ? []
      : [textParagraph(options.subtitle, { size: 28 }, { spacing: { after: 1200 } })]),
    textParagraph(
      'Document control',
      { bold: true, size: 24 },
      { spacing: { before: 600, after: 120 }, keepNext: true },
    ),
    keyValueTable(options.control),
  ];
}

/** Organisation (and optionally the document title) on the left, "Page X of Y" on the right. */
export function pageFooter(
  organisation: string,
  title?: string,
  orientation: Orientation = 'portrait',
): Block[] {
  const style = { size: 16, colour: '595959' };
  const left =
    title === undefined
      ? officeText(organisation)
      : `${officeText(organisation)} \u2013 ${officeText(title)}`;
  const runs =
    run(left.replace(/\n/g, ' '), style) +
    run('\tPage ', style) +
    field('PAGE', style) +
    run(' of ', style) +
    field('NUMPAGES', style);
  const xml = paragraphXml(runs, { rightTab: textWidth(orientation), spacing: { after: 0 } });
  return [() => xml];
}

export interface ComposeOptions extends TitlePageOptions {
  creator: string;
  body: readonly Block[];
  orientation?: Orientation;
  description?: string;
  /** Title shown in the page footer (the document title when left out). */
  footer?: string;
}

/**
 * A whole document: the title page as a section without a footer, then the body, starting on a
 * new page, with the page footer. Page numbers count the title page.
 */
export function composeDocument(options: ComposeOptions): WordDocument {
  const orientation = options.orientation ?? 'portrait';
  return {
    properties: {
      title: officeText(options.title),
      creator: officeText(options.creator),
      ...(options.description === undefined ? {} : { description: officeText(options.description) }),
    },
    sections: [
      { orientation: 'portrait', blocks: titlePage(options) },
      {
        orientation,
        footer: pageFooter(options.organisation, options.footer ?? options.title, orientation),
        blocks: options.body,
      },
    ],
  };
}
