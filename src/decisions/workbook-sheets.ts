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

/** The workbook with only the sheets named in `keep` filled; undefined to leave it whole. */
export function onlySheets(bytes: Uint8Array, keep: ReadonlySet<string>): Uint8Array | undefined {
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch {
    return undefined;
  }
  const parts = sheetParts(files);
  if (!parts) return undefined;
  const kept = new Set([...parts].filter(([name]) => keep.has(name)).map(([, part]) => part.path));
  let emptied = 0;
  for (const [name, part] of parts) {
    if (keep.has(name) || !part.worksheet || !files[part.path]) continue;
    // A part shared with a sheet that is read (never written so) leaves the workbook whole.
    if (kept.has(part.path)) return undefined;
    files[part.path] = emptySheet;
    emptied++;
  }
  if (emptied === 0) return undefined;
  // Stored, not deflated: exceljs unpacks it at once, and nothing is written.
  return zipSync(files, { level: 0 });
}

/** Sheet name → the part holding it, and whether it is a worksheet (not a chart sheet). */
export function sheetParts(files: Unzipped): Map<string, { path: string; worksheet: boolean }> | undefined {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return undefined;
  const sheets: Array<{ name: string; id: string }> = [];
  const targets = new Map<string, { target: string; worksheet: boolean }>();
  const read =
    parse(workbook, (local, attributes) => {
      if (local !== 'sheet') return;
      const name = attributes.find((a) => a.local === 'name' && a.uri === '')?.value;
      const id = attributes.find((a) => a.local === 'id' && a.uri.endsWith('/relationships'))?.value;
      if (name !== undefined && id !== undefined) sheets.push({ name, id });
    }) &&
    parse(rels, (local, attributes) => {
      if (local !== 'Relationship') return;
      const value = (n: string) => attributes.find((a) => a.local === n && a.uri === '')?.value;
      const [id, type, target, mode] = [value('Id'), value('Type'), value('Target'), value('TargetMode')];
      if (id && type && target && mode !== 'External')
        targets.set(id, { target, worksheet: /\/relationships\/worksheet$/.test(type) });
    });
  if (!read || sheets.length === 0) return undefined;
  const out = new Map<string, { path: string; worksheet: boolean }>();
  for (const { name, id } of sheets) {
    const rel = targets.get(id);
    const path = rel === undefined ? undefined : partPath(rel.target);
    if (rel === undefined || path === undefined || out.has(name)) return undefined;
    out.set(name, { path, worksheet: rel.worksheet });
  }
  return out;
}

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

interface Attribute {
  local: string;
  uri: string;
  value: string;
}

/** Parse a small XML part, calling `element` for each start tag; false when it cannot be read. */
function parse(bytes: Uint8Array, element: (local: string, attributes: Attribute[]) => void): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on('doctype', () => {
    ok = false;
  });
  parser.on('error', () => {
    ok = false;
  });
  parser.on('opentag', (tag) => {
    if (!ok) return;
    const attributes = Object.values(tag.attributes).map((a) => ({
      local: a.local,
      uri: a.uri,
      value: a.value,
    }));
    element(tag.local, attributes);
  });
  try {
    parser.write(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).close();
  } catch {
    return false;
  }
  return ok;
}
