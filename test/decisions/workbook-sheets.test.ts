/**
 * The decisions import hands exceljs only the sheets it reads: every other sheet arrives empty,
 * so a large estate's workbook is not held whole. The sheets kept must read exactly as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { onlySheets, sheetParts } from '../../src/decisions/workbook-sheets.js';
import { readSheets } from '../../src/decisions/workbook-rows.js';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { repoRoot } from '../helpers/estate.js';

/** Every cell of every sheet, by sheet name, as exceljs reads it. */
function cells(wb: ExcelJS.Workbook): Map<string, string[]> {
  const out = new Map<string, string[]>();
  wb.eachSheet((ws) => {
    const list: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => list.push(`${r}:${c}=${JSON.stringify(cell.value)}`)),
    );
    out.set(ws.name, list);
  });
  return out;
}

const workbooks = ['clinical-safety/hazard-log.xlsx', 'privacy/risk-register.xlsx'];

describe('a workbook cut down to the sheets the import reads', () => {
  it.each(workbooks)('%s: the sheets read are cell for cell as before, the others empty', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(repoRoot, 'generated', name)));
    const reduced = onlySheets(bytes, readSheets);
    expect(reduced).toBeDefined();
    const [whole, cut] = [cells(await openWorkbook(bytes)), cells(await openWorkbook(reduced!))];
    expect([...cut.keys()]).toEqual([...whole.keys()]);
    let kept = 0;
    for (const [sheet, list] of whole) {
      if (readSheets.has(sheet)) {
        kept++;
        expect(list.length, sheet).toBeGreaterThan(0);
        expect(cut.get(sheet), sheet).toEqual(list);
      } else expect(cut.get(sheet), sheet).toEqual([]);
    }
    // The build sheet and the sheet of decisions.
    expect(kept).toBe(2);
  });

  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sheet = (text: string) =>
    strToU8(
      `<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`,
    );
  /** A workbook of the given workbook part and relationships, with sheets a.xml and b.xml. */
  function zipOf(workbook: string | undefined, rels: string, extra: Record<string, Uint8Array> = {}) {
    return zipSync({
      ...(workbook === undefined ? {} : { 'xl/workbook.xml': strToU8(workbook) }),
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      'xl/worksheets/a.xml': sheet('a'),
      'xl/worksheets/b.xml': sheet('b'),
      ...extra,
    });
  }
  const book = (sheets: string, prefix = '') =>
    `<?xml version="1.0"?><${prefix}workbook xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${ns}" xmlns:r="${rel}"><${prefix}sheets>${sheets}</${prefix}sheets></${prefix}workbook>`;
  const rels = (...r: Array<[string, string, string?]>) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r
      .map(
        ([id, target, type = `${rel}/worksheet`]) =>
          `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
      )
      .join('')}</Relationships>`;
  const after = (bytes: Uint8Array | undefined) =>
    bytes &&
    Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, new TextDecoder().decode(v)]));

  it('finds sheets through relative and absolute targets, with or without a prefix', () => {
    const wb = book(
      '<x:sheet name="Keep" sheetId="1" r:id="r1"/><x:sheet name="Drop" sheetId="2" r:id="r2"/>',
      'x:',
    );
    const out = after(
      onlySheets(
        zipOf(wb, rels(['r1', 'worksheets/a.xml'], ['r2', '/xl/worksheets/b.xml'])),
        new Set(['Keep']),
      ),
    );
    expect(out?.['xl/worksheets/a.xml']).toContain('<t>a</t>');
    expect(out?.['xl/worksheets/b.xml']).toContain('<sheetData/>');
    const parts = sheetParts(
      unzipSync(zipOf(book('<sheet name="S" r:id="r1"/>'), rels(['r1', '../xl/./worksheets/a.xml']))),
    );
    expect(parts?.get('S')).toEqual({ path: 'xl/worksheets/a.xml', worksheet: true });
  });

  it('empties only worksheets, never a chart sheet or a part a kept sheet also uses', () => {
    const chart = after(
      onlySheets(
        zipOf(
          book('<sheet name="Keep" r:id="r1"/><sheet name="Chart" r:id="r2"/><sheet name="Drop" r:id="r3"/>'),
          rels(
            ['r1', 'worksheets/a.xml'],
            ['r2', 'worksheets/b.xml', `${rel}/chartsheet`],
            ['r3', 'worksheets/c.xml'],
          ),
          { 'xl/worksheets/c.xml': sheet('c') },
        ),
        new Set(['Keep']),
      ),
    );
    expect(chart?.['xl/worksheets/b.xml']).toContain('<t>b</t>');
    expect(chart?.['xl/worksheets/c.xml']).toContain('<sheetData/>');
    const shared = zipOf(
      book('<sheet name="Keep" r:id="r1"/><sheet name="Same" r:id="r2"/><sheet name="Drop" r:id="r3"/>'),
      rels(['r1', 'worksheets/a.xml'], ['r2', 'worksheets/a.xml'], ['r3', 'worksheets/b.xml']),
    );
    expect(onlySheets(shared, new Set(['Keep']))).toBeUndefined();
  });

  it('leaves whole a workbook it does not understand, or has nothing to empty in', () => {
    const two = '<sheet name="Keep" r:id="r1"/><sheet name="Drop" r:id="r2"/>';
    const r = rels(['r1', 'worksheets/a.xml'], ['r2', 'worksheets/b.xml']);
    const keep = new Set(['Keep']);
    expect(onlySheets(zipOf(book(two), r), keep)).toBeDefined();
    for (const [why, bytes] of [
      ['no workbook part', zipOf(undefined, r)],
      [
        'a DOCTYPE',
        zipOf(`<!DOCTYPE workbook [<!ENTITY e "x">]>${book(two).replace('<?xml version="1.0"?>', '')}`, r),
      ],
      ['broken XML', zipOf(book(two).replace('</sheets>', ''), r)],
      ['a sheet without its relationship', zipOf(book(two), rels(['r1', 'worksheets/a.xml']))],
      [
        'a target above the package',
        zipOf(book(two), rels(['r1', 'worksheets/a.xml'], ['r2', '../../b.xml'])),
      ],
      [
        'two sheets of one name',
        zipOf(book('<sheet name="Keep" r:id="r1"/><sheet name="Keep" r:id="r2"/>'), r),
      ],
      ['not a zip', strToU8('PK not really')],
    ] as const)
      expect(onlySheets(bytes, keep), why).toBeUndefined();
    expect(onlySheets(zipOf(book(two), r), new Set(['Keep', 'Drop'])), 'every sheet kept').toBeUndefined();
  });
});
