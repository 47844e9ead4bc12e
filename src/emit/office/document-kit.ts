import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TabStopType,
  TextRun,
} from 'docx';
import type { FileChild, ISectionPropertiesOptions, IStylesOptions, INumberingOptions } from 'docx';
import {
  A4_LANDSCAPE_TEXT_WIDTH,
  A4_PORTRAIT_TEXT_WIDTH,
  dataTable,
  keyValueTable,
  signatureTable,
  textRuns,
} from './document-tables.js';
import { imageParagraph } from './document-images.js';
import { officeText } from './text.js';

export { columnWidths, dataTable, keyValueTable, signatureTable, textRuns } from './document-tables.js';
export type { TableOptions } from './document-tables.js';
export { imageParagraph, pngSize } from './document-images.js';
export type { ImageOptions } from './document-images.js';

/**
 * The common shape of govspec's Word documents (DPIA, safety case): Arial (Liberation Sans
 * where Arial is missing, which has the same metrics), A4, numbered headings, a title page with
 * a document-control table, and a footer with the organisation and "Page X of Y".
 */

export const FONT = 'Arial';
const ACCENT = '005EB8';
const HEADINGS = 'govspec-headings';
const BULLETS = 'govspec-bullets';
const MARGIN = 1134; // 2 cm

export type Orientation = 'portrait' | 'landscape';

/** A4 page size and 2 cm margins, for a section's `properties.page`. */
export function a4Page(
  orientation: Orientation = 'portrait',
): NonNullable<ISectionPropertiesOptions['page']> {
  return {
    size: {
      width: 11906,
      height: 16838,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
  };
}

export function textWidth(orientation: Orientation = 'portrait'): number {
  return orientation === 'landscape' ? A4_LANDSCAPE_TEXT_WIDTH : A4_PORTRAIT_TEXT_WIDTH;
}

export function documentStyles(): IStylesOptions {
  const heading = (size: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 120 } } },
      title: { run: { font: FONT, size: 48, bold: true }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(32),
      heading2: heading(26),
      heading3: heading(22),
    },
  };
}

/** Numbering definitions for headings (1, 1.1, 1.1.1) and bullets; give to `new Document`. */
export function documentNumbering(): INumberingOptions {
  const headingLevel = (level: number) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
    alignment: AlignmentType.LEFT,
    // Room for "1.1.1" and a gap; the text of every level lines up with its number's width.
    style: { paragraph: { indent: { left: 432 + 144 * level, hanging: 432 + 144 * level } } },
  });
  return {
    config: [
      { reference: HEADINGS, levels: [0, 1, 2].map(headingLevel) },
      {
        reference: BULLETS,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: ['\u2022', '\u2013', '\u00b7'][level]!,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
        })),
      },
    ],
  };
}

/** A numbered heading: level 1 is "1", level 2 "1.1", level 3 "1.1.1". */
export function heading(level: 1 | 2 | 3, text: unknown): Paragraph {
  const style = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1];
  return new Paragraph({
    heading: style,
    numbering: { reference: HEADINGS, level: level - 1 },
    children: textRuns(text),
  });
}

export function paragraph(text: unknown): Paragraph {
  return new Paragraph({ children: textRuns(text) });
}

export function bullet(text: unknown, level: 0 | 1 | 2 = 0): Paragraph {
  return new Paragraph({
    numbering: { reference: BULLETS, level },
    children: textRuns(text),
    spacing: { after: 60 },
  });
}

export interface TitlePageOptions {
  organisation: string;
  title: string;
  subtitle?: string;
  /** Document-control rows such as Version, Status, Date ("not recorded" when unknown), Owner. */
  control: readonly (readonly [string, unknown])[];
}

/** Organisation, title, subtitle and document-control table; put it in a section of its own. */
export function titlePage(options: TitlePageOptions): FileChild[] {
  return [
    new Paragraph({
      spacing: { before: 1800, after: 600 },
      children: [
        new TextRun({ text: officeText(options.organisation), bold: true, size: 28, color: ACCENT }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(options.title) }),
    ...(options.subtitle === undefined
      ? []
      : [
          new Paragraph({
            spacing: { after: 1200 },
            children: [new TextRun({ text: officeText(options.subtitle), size: 28 })],
          }),
        ]),
    new Paragraph({
      spacing: { before: 600, after: 120 },
      children: [new TextRun({ text: 'Document control', bold: true, size: 24 })],
    }),
    keyValueTable(options.control),
  ];
}

/** Organisation (and optionally the document title) on the left, "Page X of Y" on the right. */
export function pageFooter(
  organisation: string,
  title?: string,
  orientation: Orientation = 'portrait',
): Footer {
  const left =
    title === undefined
      ? officeText(organisation)
      : `${officeText(organisation)} \u2013 ${officeText(title)}`;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
        children: [
          new TextRun({ text: left.replace(/\n/g, ' '), size: 16, color: '595959' }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '595959',
          }),
        ],
      }),
    ],
  });
}

export interface ComposeOptions extends TitlePageOptions {
  creator: string;
  body: readonly FileChild[];
  orientation?: Orientation;
  description?: string;
}

/**
 * A whole document: the title page as a section without a footer, then the body, starting on a
 * new page, with the page footer. Page numbers count the title page.
 */
export function composeDocument(options: ComposeOptions): Document {
  const orientation = options.orientation ?? 'portrait';
  return new Document({
    creator: officeText(options.creator),
    title: officeText(options.title),
    description: options.description === undefined ? undefined : officeText(options.description),
    lastModifiedBy: officeText(options.creator),
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: { page: a4Page('portrait') },
        footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: titlePage(options),
      },
      {
        properties: { page: a4Page(orientation), type: SectionType.NEXT_PAGE },
        footers: { default: pageFooter(options.organisation, options.title, orientation) },
        children: [...options.body],
      },
    ],
  });
}

/** Every kit function in one object, for callers that prefer `kit.heading(...)`. */
export const documentKit = {
  a4Page,
  textWidth,
  documentStyles,
  documentNumbering,
  heading,
  paragraph,
  bullet,
  titlePage,
  pageFooter,
  composeDocument,
  dataTable,
  keyValueTable,
  signatureTable,
  textRuns,
  imageParagraph,
};
