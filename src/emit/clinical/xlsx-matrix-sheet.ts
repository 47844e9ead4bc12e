import type * as ExcelJS from 'exceljs';
import type { Rating } from '../../catalogue/dcb-levels.js';
import { consequenceLevels, likelihoodLevels } from '../../catalogue/dcb-levels.js';
import type { HazardLog } from '../../rules/clinical/types.js';
import { printSetup, setColumnWidths, textCell } from '../office/xlsx.js';
import { ratingMeaning, ratingOrder } from './view.js';
import { boldFont, bodyFont, colourRating, headerFill, titleFont } from './xlsx-style.js';

/** The matrix in force, with the level definitions and the meaning of each rating. */
export function addMatrixSheet(wb: ExcelJS.Workbook, log: HazardLog, footer: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Risk matrix');
  // The first column holds the widest headings on one line ("Consequence (patients affected)").
  setColumnWidths(ws, [36, 18, 18, 18, 18, 18]);
  let r = 1;
  const put = (row: number, col: number, value: unknown, font = bodyFont): ExcelJS.Cell => {
    const c = ws.getCell(row, col);
    c.value = typeof value === 'number' ? value : textCell(value);
    c.font = font;
    c.alignment = { wrapText: true, vertical: 'top' };
    return c;
  };
  const header = (row: number, col: number, value: string): void => {
    const c = put(row, col, value, boldFont);
    c.fill = headerFill;
  };

  put(r, 1, 'Risk matrix', titleFont);
  r += 1;
  put(r, 1, log.matrix.name, boldFont);
  ws.mergeCells(r, 1, r, 6);
  r += 1;
  put(
    r,
    1,
    `${log.matrix.source}. The rating is looked up in this table, not calculated as likelihood times consequence.`,
  );
  ws.mergeCells(r, 1, r, 6);
  ws.getRow(r).height = 30;
  r += 2;

  header(r, 1, 'Likelihood \\ Consequence');
  consequenceLevels.forEach((c, i) => header(r, i + 2, c.label));
  ws.getRow(r).height = 20;
  r += 1;
  for (const l of [...likelihoodLevels].reverse()) {
    header(r, 1, l.label);
    log.matrix.ratings[l.key].forEach((rating, i) => colourRating(put(r, i + 2, rating), rating));
    ws.getRow(r).height = 20;
    r += 1;
  }
  r += 1;

  header(r, 1, 'Rating');
  header(r, 2, 'Meaning');
  ws.mergeCells(r, 2, r, 6);
  r += 1;
  for (const rating of ratingOrder) {
    colourRating(put(r, 1, rating), rating as Rating);
    put(r, 2, ratingMeaning(rating));
    ws.mergeCells(r, 2, r, 6);
    ws.getRow(r).height = rating === 3 ? 30 : 16;
    r += 1;
  }
  r += 1;

  r = definitions(ws, r, 'Likelihood', likelihoodLevels, put, header);
  r += 1;
  definitions(ws, r, 'Consequence (patients affected)', consequenceLevels, put, header);

  printSetup(ws, { footer });
  ws.pageSetup = { ...ws.pageSetup, orientation: 'portrait', printTitlesRow: undefined };
  return ws;
}

function definitions(
  ws: ExcelJS.Worksheet,
  start: number,
  title: string,
  levels: ReadonlyArray<{ label: string; definition: string }>,
  put: (row: number, col: number, value: unknown) => ExcelJS.Cell,
  header: (row: number, col: number, value: string) => void,
): number {
  let r = start;
  header(r, 1, title);
  header(r, 2, 'Definition');
  ws.mergeCells(r, 2, r, 6);
  ws.getRow(r).height = 20;
  r += 1;
  for (const level of [...levels].reverse()) {
    put(r, 1, level.label);
    put(r, 2, level.definition);
    ws.mergeCells(r, 2, r, 6);
    // Merged cells do not grow: size the row from the text (about 100 characters a line here).
    ws.getRow(r).height = Math.max(16, Math.ceil(level.definition.length / 100) * 13 + 4);
    r += 1;
  }
  return r;
}
