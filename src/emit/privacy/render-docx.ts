import type { FileChild } from 'docx';
import { Document, Footer, Paragraph, SectionType, TextRun } from 'docx';
import {
  a4Page,
  bullet,
  dataTable,
  documentNumbering,
  documentStyles,
  heading,
  imageParagraph,
  keyValueTable,
  pageFooter,
  paragraph,
  signatureTable,
  textWidth,
  titlePage,
} from '../office/document-kit.js';
import { packDocx } from '../office/docx.js';
import { officeText } from '../office/text.js';
import { pngScale } from '../diagrams/browser.js';
import type { Block, Cell, PrivacyDocument } from './document.js';
import { lines } from './document.js';

/** Word through govspec's document kit: title page, numbered headings, header rows, page numbers. */
export async function renderDocx(doc: PrivacyDocument, date: Date | undefined): Promise<Uint8Array> {
  const body: FileChild[] = [];
  for (const block of doc.blocks) body.push(...blockChildren(block, doc));
  // The kit's composeDocument, except that the footer carries a short title (long spec titles
  // would wrap the footer onto two lines).
  const document = new Document({
    creator: 'govspec',
    lastModifiedBy: 'govspec',
    title: officeText(doc.title),
    description: officeText(doc.subtitle),
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: { page: a4Page('portrait') },
        footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: titlePage({
          organisation: doc.organisation,
          title: doc.title,
          subtitle: doc.subtitle,
          control: doc.control.map(([label, value]) => [label, text(value)] as const),
        }),
      },
      {
        properties: { page: a4Page(doc.orientation), type: SectionType.NEXT_PAGE },
        footers: { default: pageFooter(doc.organisation, doc.footer, doc.orientation) },
        children: body,
      },
    ],
  });
  return packDocx(document, date);
}

/** Twips of text height on A4 with the kit's 2 cm margins. */
function textHeight(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'portrait' ? 16838 : 11906) - 2 * 1134;
}

function text(cell: Cell): string {
  return lines(cell).join('\n');
}

function spacer(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 120 } });
}

function blockChildren(b: Block, doc: PrivacyDocument): FileChild[] {
  const width = { textWidth: textWidth(doc.orientation) };
  switch (b.kind) {
    case 'heading':
      return [heading(b.level, b.text)];
    case 'paragraph':
      return [paragraph(b.text)];
    case 'note':
      return [
        new Paragraph({
          children: [new TextRun({ text: officeText(b.text), italics: true, size: 18, color: '404040' })],
        }),
      ];
    case 'bullets':
      return b.items.map((item) => bullet(item));
    case 'fields':
      return [
        keyValueTable(
          b.rows.map(([label, value]) => [label, text(value)] as const),
          width,
        ),
        spacer(),
      ];
    case 'table':
      return [
        dataTable(
          b.headers,
          b.rows.map((row) => row.map(text)),
          { ...width, ...(b.widths ? { widths: b.widths } : {}) },
        ),
        spacer(),
      ];
    case 'signatures':
      // Kept with the table: a lone label at the foot of a page reads as a missing table.
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Signatures', bold: true })] }),
        signatureTable(b.roles, width),
      ];
    case 'diagram':
      return diagram(b, doc);
  }
}

function diagram(b: Extract<Block, { kind: 'diagram' }>, doc: PrivacyDocument): FileChild[] {
  const caption = new Paragraph({
    children: [new TextRun({ text: officeText(b.caption), italics: true, size: 18 })],
  });
  if (!b.png) {
    return [
      caption,
      paragraph(
        `The diagram was not rendered in this build. Its Mermaid source is ${doc.folder}/diagrams/${b.name}.mmd; the Markdown version of this document shows it.`,
      ),
    ];
  }
  // A portrait section's diagram takes at most about two fifths of the page, so it fits below the
  // heading and the text before it instead of moving on and leaving this page half empty; the
  // landscape register opens with its estate map, which may take most of that page.
  const share = doc.orientation === 'portrait' ? 0.42 : 0.62;
  const maxHeight = Math.floor((textHeight(doc.orientation) * share) / 15);
  return [
    imageParagraph(b.png, { scale: pngScale, orientation: doc.orientation, altText: b.caption, maxHeight }),
    caption,
  ];
}
