import { unzipSync, zipSync } from 'fflate';
import type { Unzipped } from 'fflate';
import { SaxesParser } from 'saxes';

/**
 * A workbook cut down to the sheets the import reads. exceljs holds every cell of every sheet
 * it opens (about 1.2 GB for the hazard log workbook of 5,000 specs, most of it the hazard log
 * and suggested controls sheets, which the import never reads), so every other sheet is handed
 * to it empty. The sheets kept are read by exceljs exactly as before. Anything not understood
 * here (no workbook part, an unusual relationship, a DOCTYPE) leaves the workbook whole.
 */

const emptySheet = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
);

const workbookPart = 'xl/workbook.xml';
const workbookRels = 'xl/_rels/workbook.xml.rels';

/** The workbook with only the sheets named in `keep` filled; undefined to leave it whole. */
export function onlySheets(bytes: Uint8Array, keep: ReadonlySet<string>): Uint8Array | undefined {
  try {
    // First the workbook part and its relationships (every entry's name seen), then every entry
    // but the sheets emptied: those are never unpacked.
    const names = new Set<string>();
    const index = unzipSync(bytes, {
      filter: (f) => names.add(f.name) && (f.name === workbookPart || f.name === workbookRels),
    });
    const parts = sheetParts(index);
    if (!parts) return undefined;
    const kept = new Set([...parts].filter(([name]) => keep.has(name)).map(([, part]) => part.path));
    const emptied = new Set<string>();
    for (const [name, part] of parts) {
      if (keep.has(name) || !part.worksheet || !names.has(part.path)) continue;
      // A part shared with a sheet that is read (never written so) leaves the workbook whole.
      if (kept.has(part.path)) return undefined;
      emptied.add(part.path);
    }
    if (emptied.size === 0) return undefined;
    const files = unzipSync(bytes, { filter: (f) => !emptied.has(f.name) });
    for (const path of emptied) files[path] = emptySheet;
    // Stored, not deflated: exceljs unpacks it at once, and nothing is written.
    return zipSync(files, { level: 0 });
  } catch {
    return undefined;
  }
}

/** Sheet name → the part holding it, and whether it is a worksheet (not a chart sheet). */
export function sheetParts(files: Unzipped): Map<string, { path: string; worksheet: boolean }> | undefined {
  const workbook = files[workbookPart] && elements(files[workbookPart]);
  const rels = files[workbookRels] && elements(files[workbookRels]);
  if (!workbook || !rels) return undefined;
  const targets = new Map<string, { target: string; worksheet: boolean }>();
  for (const el of rels) {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = el.attrs;
    if (localName(el.name) === 'Relationship' && id && type && target && mode !== 'External')
      targets.set(id, { target, worksheet: /\/relationships\/worksheet$/.test(type) });
  }
  const out = new Map<string, { path: string; worksheet: boolean }>();
  for (const el of workbook) {
    if (localName(el.name) !== 'sheet') continue;
    const name = el.attrs.name;
    // The relationship id is the sheet's one prefixed "id" attribute (r:id by convention).
    const id = Object.entries(el.attrs).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = id === undefined ? undefined : targets.get(id);
    const path = rel && partPath(rel.target);
    if (name === undefined || !rel || !path || out.has(name)) return undefined;
    out.set(name, { path, worksheet: rel.worksheet });
  }
  return out.size > 0 ? out : undefined;
}

/**
 * The start tags of a small XML part, in order; undefined when it cannot be read or has a
 * DOCTYPE. (The import folder's safe parser sits on the same floor, so it is not used here.)
 */
function elements(bytes: Uint8Array): Array<{ name: string; attrs: Record<string, string> }> | undefined {
  const parser = new SaxesParser();
  const out: Array<{ name: string; attrs: Record<string, string> }> = [];
  let ok = true;
  parser.on('doctype', () => (ok = false));
  parser.on('error', () => (ok = false));
  parser.on('opentag', (tag) => {
    out.push({
      name: tag.name,
      attrs: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
    });
  });
  try {
    parser.write(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)).close();
  } catch {
    return undefined;
  }
  return ok ? out : undefined;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** A relationship target of the workbook part as a path in the zip (relative to xl/, or absolute). */
function partPath(target: string): string | undefined {
  const segments = target.startsWith('/') ? target.slice(1).split('/') : ['xl', ...target.split('/')];
  const out: string[] = [];
  for (const s of segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(s);
  }
  return out.length > 0 ? out.join('/') : undefined;
}
