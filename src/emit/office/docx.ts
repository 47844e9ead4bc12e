import type { Document } from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { deterministicZip, readZip, ZIP_EPOCH } from './zip.js';

/**
 * Word documents with byte-stable output. `Packer.toBuffer` is not stable: it stamps
 * docProps/core.xml with the current time, gives some relationships random ids, numbers
 * drawings and bookmarks from counters shared by every document in the process, and zips with
 * the current local time. `packDocx` packs and then rewrites exactly those things.
 *
 * The rewrite depends on the XML docx 9.15 writes (docx is pinned in package.json; a hash
 * test catches a change). Not covered: comments (give each an explicit `date`), embedded fonts
 * and bibliography sources, which carry random UUIDs.
 */

export async function packDocx(doc: Document, date?: Date): Promise<Uint8Array> {
  // Loaded here so that commands which never write a document do not pay for docx.
  const { Packer } = await import('docx');
  const packed = await Packer.toBuffer(doc);
  return normaliseDocx(new Uint8Array(packed), date);
}

/** Rewrites a packed .docx so the same document and date always give the same bytes. */
export function normaliseDocx(bytes: Uint8Array, date?: Date): Uint8Array {
  const entries = readZip(bytes).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const xml = new Map<string, string>();
  for (const entry of entries) {
    if (/\.(xml|rels)$/.test(entry.path)) xml.set(entry.path, strFromU8(entry.content));
  }
  const rewrite = (fn: (text: string, path: string) => string): void => {
    for (const [path, text] of xml) xml.set(path, fn(text, path));
  };

  const stamp = w3cdtf(date ?? ZIP_EPOCH);
  const core = xml.get('docProps/core.xml');
  if (core !== undefined) {
    xml.set(
      'docProps/core.xml',
      core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`),
    );
  }

  // Random relationship ids ("rId" + 21 random characters) become numbered ids above every
  // numbered id already in use, in order of first appearance. One map serves all parts so an id
  // shared by several parts stays consistent; random ids are unique, so replacing the quoted
  // value cannot touch anything else.
  const relIds: string[] = [];
  let maxId = 0;
  for (const [path, text] of xml) {
    if (!path.endsWith('.rels')) continue;
    for (const m of text.matchAll(/<Relationship\b[^>]*?\bId="([^"]+)"/g)) {
      const id = m[1]!;
      const numbered = /^rId(\d+)$/.exec(id);
      if (numbered) maxId = Math.max(maxId, Number(numbered[1]));
      else if (!relIds.includes(id)) relIds.push(id);
    }
  }
  if (relIds.length > 0) {
    const renamed = new Map(relIds.map((id, i) => [`"${id}"`, `"rId${maxId + i + 1}"`]));
    const pattern = new RegExp([...renamed.keys()].map(escapeRegExp).join('|'), 'g');
    rewrite((text) => text.replace(pattern, (q) => renamed.get(q)!));
  }

  // Drawing ids must be unique in the document: number every drawing in part order.
  let drawing = 0;
  rewrite((text) =>
    text.replace(/(<(?:wp:docPr|wps:cNvPr)\b[^>]*?\bid=")\d+"/g, (_m, head) => `${head}${++drawing}"`),
  );

  // Bookmark start and end share an id: map each old id to its order of first appearance.
  const bookmarks = new Map<string, number>();
  rewrite((text) =>
    text.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(-?\d+)"/g, (_m, head, id: string) => {
      if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1);
      return `${head}${bookmarks.get(id)}"`;
    }),
  );

  // VML shapes carry random ids too (watermarks, text boxes).
  const shapes = new Map<string, number>();
  rewrite((text) =>
    text.replace(/(<v:shape\b[^>]*?\bid=")([^"]*)"/g, (_m, head, id: string) => {
      if (!shapes.has(id)) shapes.set(id, shapes.size + 1);
      return `${head}_x0000_s${1024 + shapes.get(id)!}"`;
    }),
  );

  return deterministicZip(
    entries.map((entry) => {
      const text = xml.get(entry.path);
      return { path: entry.path, content: text === undefined ? entry.content : strToU8(text) };
    }),
    date,
  );
}

/** W3C date-time in UTC to the second, as Word writes it. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
