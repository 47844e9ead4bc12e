import {
  bullet,
  composeDocument,
  dataTable,
  docxBytes,
  heading,
  imageParagraph,
  keyValueTable,
  note,
  paragraph,
  signatureTable,
  spacer,
  textHeight,
  textWidth,
} from '../office/document-kit.js';
import type { Block as WordBlock } from '../office/document-kit.js';
import { pngScale } from '../diagrams/browser.js';
import type { Block, Cell, PrivacyDocument } from './document.js';
import { lines } from './document.js';

/** Word through govspec's document kit: title page, numbered headings, header rows, page numbers. */
export async function renderDocx(doc: PrivacyDocument, date: Date | undefined): Promise<Uint8Array> {
  const body: WordBlock[] = [];
  for (const block of doc.blocks) body.push(...blockChildren(block, doc));
  // The footer carries a short title: long spec titles would wrap the footer onto two lines.
  const document = composeDocument({
    organisation: doc.organisation,
    title: doc.title,
    subtitle: doc.subtitle,
    description: doc.subtitle,
    creator: 'govspec',
    footer: doc.footer,
    orientation: doc.orientation,
    control: doc.control.map(([label, value]) => [label, text(value)] as const),
    body,
  });
  return Promise.resolve(docxBytes(document, date));
}

function text(cell: Cell): string {
  return lines(cell).join('\n');
}

function blockChildren(b: Block, doc: PrivacyDocument): WordBlock[] {
  const width = { textWidth: textWidth(doc.orientation) };
  switch (b.kind) {
    case 'heading':
      return [heading(b.level, b.text)];
    case 'paragraph':
      return [paragraph(b.text)];
    case 'note':
      return [note(b.text)];
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
      return [paragraph('Signatures', { bold: true }, { keepNext: true }), signatureTable(b.roles, width)];
    case 'diagram':
      return diagram(b, doc);
  }
}

function diagram(b: Extract<Block, { kind: 'diagram' }>, doc: PrivacyDocument): WordBlock[] {
  const caption = note(b.caption);
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
