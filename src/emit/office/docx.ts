import { crc32 } from 'node:zlib';
import {
  appProperties,
  contentTypes,
  coreProperties,
  packageRelationships,
  relationships,
  relationshipTypes,
} from './package.js';
import type { DocumentProperties, Relationship } from './package.js';
import type { Block, DocumentIds } from './wml.js';
import { blockXml, paragraphXml } from './wml.js';
import { fontTableXml, numberingXml, settingsXml, stylesXml, W } from './wml-parts.js';
import { PackedStream, packText } from './packed-stream.js';
import { packedZip } from './zip.js';
import type { PackedEntry, ZipLevel } from './zip.js';
import { xmlDeclaration } from './xml.js';

/**
 * Word documents written directly as WordprocessingML: the parts govspec uses and nothing else.
 * The same document and date always give the same bytes: ids are numbered in order of
 * appearance, core.xml carries the build date, and the zip has fixed times and sorted entries.
 */

export type Orientation = 'portrait' | 'landscape';

export interface Section {
  orientation: Orientation;
  /** Paragraphs of the page footer; no footer when left out. */
  footer?: readonly Block[];
  blocks: readonly Block[];
}

export interface WordDocument {
  properties: DocumentProperties;
  /** Each section after the first starts on a new page. */
  sections: readonly Section[];
}

const MARGIN = 1134; // 2 cm

// Level 1 deflates the XML in a third of the time level 6 takes, for a file a few kilobytes
// larger (the pictures, stored as they are, make most of its size).
const LEVEL: ZipLevel = 1;
const pack = (path: string, text: string) => packText(path, text, LEVEL);

function packStored(path: string, bytes: Uint8Array): PackedEntry {
  return { path, chunks: [bytes], crc: crc32(bytes), size: bytes.length, method: 0 };
}
const A4 = { short: 11906, long: 16838 };

function sectionProperties(orientation: Orientation, footerRel: string | undefined, first: boolean): string {
  const [w, h] = orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  const footer = footerRel ? `<w:footerReference w:type="default" r:id="${footerRel}"/>` : '';
  const type = first ? '' : '<w:type w:val="nextPage"/>';
  return (
    `<w:sectPr>${footer}${type}<w:pgSz w:w="${w}" w:h="${h}" w:orient="${orientation}"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="567" w:footer="567" w:gutter="0"/>` +
    `<w:cols w:space="708"/></w:sectPr>`
  );
}

const namespaces =
  `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`;

const wordTypes = {
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  fontTable: 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
};

/** The document as .docx bytes; `date` is the build date for core.xml and the zip entries. */
export function docxBytes(doc: WordDocument, date?: Date): Uint8Array {
  const rels: Relationship[] = [
    { id: 'rId1', type: relationshipTypes.styles, target: 'styles.xml' },
    { id: 'rId2', type: relationshipTypes.numbering, target: 'numbering.xml' },
    { id: 'rId3', type: relationshipTypes.settings, target: 'settings.xml' },
    { id: 'rId4', type: relationshipTypes.fontTable, target: 'fontTable.xml' },
  ];
  const overrides = new Map<string, string>([
    ['/word/document.xml', wordTypes.main],
    ['/word/styles.xml', wordTypes.styles],
    ['/word/numbering.xml', wordTypes.numbering],
    ['/word/settings.xml', wordTypes.settings],
    ['/word/fontTable.xml', wordTypes.fontTable],
  ]);
  const entries: PackedEntry[] = [];
  const pictures = new Map<Uint8Array, { rel: string; drawing: number }>();
  let drawings = 0;
  const ids: DocumentIds = {
    picture(png) {
      drawings += 1;
      let known = pictures.get(png);
      if (!known) {
        const n = pictures.size + 1;
        known = { rel: `rId${rels.length + 1}`, drawing: 0 };
        rels.push({ id: known.rel, type: relationshipTypes.image, target: `media/image${n}.png` });
        // Pictures are compressed already: stored as they are.
        entries.push(packStored(`word/media/image${n}.png`, png));
        pictures.set(png, known);
      }
      return { rel: known.rel, drawing: drawings };
    },
  };
  let footers = 0;
  const footerRels = doc.sections.map((section) => {
    if (!section.footer) return undefined;
    const id = `rId${rels.length + 1}`;
    const name = `footer${++footers}.xml`;
    rels.push({ id, type: relationshipTypes.footer, target: name });
    overrides.set(`/word/${name}`, wordTypes.footer);
    const body = section.footer.map((b) => blockXml(b, ids)).join('');
    entries.push(pack(`word/${name}`, `${xmlDeclaration}<w:ftr ${namespaces}>${body}</w:ftr>`));
    return id;
  });
  // The body is deflated block by block as it is written: a document of thousands of pages is
  // never held whole, only its compressed bytes.
  const body = new PackedStream('word/document.xml', LEVEL);
  body.write(`${xmlDeclaration}<w:document ${namespaces}><w:body>`);
  doc.sections.forEach((section, n) => {
    for (const block of section.blocks) {
      const out = block(ids);
      if (typeof out === 'string') body.write(out);
      else for (const piece of out) body.write(piece);
    }
    const props = sectionProperties(section.orientation, footerRels[n], n === 0);
    // Every section but the last ends with a paragraph carrying its properties.
    body.write(n === doc.sections.length - 1 ? props : paragraphXml('', { sectionEnd: props }));
  });
  body.write('</w:body></w:document>');
  entries.push(
    body.end(),
    pack('word/_rels/document.xml.rels', relationships(rels)),
    pack('word/styles.xml', stylesXml),
    pack('word/numbering.xml', numberingXml),
    pack('word/settings.xml', settingsXml),
    pack('word/fontTable.xml', fontTableXml),
    pack('[Content_Types].xml', contentTypes({ png: 'image/png' }, overrides)),
    pack('_rels/.rels', packageRelationships('word/document.xml')),
    pack('docProps/core.xml', coreProperties(doc.properties, date)),
    pack('docProps/app.xml', appProperties()),
  );
  return packedZip(entries, date);
}
