import { xmlDeclaration, xmlText } from './xml.js';
import { ZIP_EPOCH } from './zip.js';

/**
 * The Open Packaging Conventions parts every Office file has: content types, relationships and
 * the core and extended document properties. The dates in core.xml are the build date (or
 * 1980-01-01 without one), never the clock.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const relationshipTypes = {
  officeDocument: `${REL}/officeDocument`,
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extended: `${REL}/extended-properties`,
  styles: `${REL}/styles`,
  numbering: `${REL}/numbering`,
  settings: `${REL}/settings`,
  fontTable: `${REL}/fontTable`,
  footer: `${REL}/footer`,
  image: `${REL}/image`,
  worksheet: `${REL}/worksheet`,
  sharedStrings: `${REL}/sharedStrings`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationships(list: readonly Relationship[]): string {
  const items = list
    .map((r) => `<Relationship Id="${xmlText(r.id)}" Type="${r.type}" Target="${xmlText(r.target)}"/>`)
    .join('');
  return `${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

const corePart = 'application/vnd.openxmlformats-package.core-properties+xml';
const appPart = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';

/** [Content_Types].xml: defaults by extension, then one override per part (path → type). */
export function contentTypes(
  defaults: Readonly<Record<string, string>>,
  overrides: ReadonlyMap<string, string>,
): string {
  const all = new Map(overrides);
  all.set('/docProps/core.xml', corePart);
  all.set('/docProps/app.xml', appPart);
  const d = Object.entries({
    rels: 'application/vnd.openxmlformats-package.relationships+xml',
    xml: 'application/xml',
    ...defaults,
  })
    .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
    .join('');
  const o = [...all]
    .map(([part, type]) => `<Override PartName="${xmlText(part)}" ContentType="${type}"/>`)
    .join('');
  return `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${d}${o}</Types>`;
}

/** _rels/.rels: the main part and the two property parts. */
export function packageRelationships(main: string): string {
  return relationships([
    { id: 'rId1', type: relationshipTypes.officeDocument, target: main },
    { id: 'rId2', type: relationshipTypes.core, target: 'docProps/core.xml' },
    { id: 'rId3', type: relationshipTypes.extended, target: 'docProps/app.xml' },
  ]);
}

export interface DocumentProperties {
  title: string;
  creator: string;
  description?: string;
}

/** W3C date-time in UTC to the second, as Office writes it. */
export function w3cdtf(date: Date | undefined): string {
  const d = date === undefined || Number.isNaN(date.getTime()) ? ZIP_EPOCH : date;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function coreProperties(props: DocumentProperties, date: Date | undefined): string {
  const stamp = w3cdtf(date);
  const description =
    props.description === undefined ? '' : `<dc:description>${xmlText(props.description)}</dc:description>`;
  return (
    `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(props.title)}</dc:title>${description}<dc:creator>${xmlText(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlText(props.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

/** docProps/app.xml; `extra` is XML of further properties (Excel lists its sheets there). */
export function appProperties(extra = ''): string {
  return `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>govspec</Application>${extra}</Properties>`;
}
