import type * as ExcelJS from 'exceljs';
import { printSetup, setColumnWidths } from './sheet-layout.js';
import { textCell } from './text.js';

const border: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * A portrait sheet of labelled fields under a title (document control): label, value, one row
 * each, rows sized for their text, with empty rows left for signatures.
 */
export function addFieldsSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  rows: ReadonlyArray<readonly [string, string]>,
  footer: string,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  setColumnWidths(ws, [30, 90]);
  const head = ws.getCell(1, 1);
  head.value = textCell(title);
  head.font = { name: 'Arial', size: 14, bold: true };
  rows.forEach(([label, value], i) => {
    const r = ws.getRow(i + 3);
    const a = r.getCell(1);
    a.value = textCell(label);
    a.font = { name: 'Arial', size: 10, bold: true };
    a.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
    const b = r.getCell(2);
    b.value = textCell(value);
    b.font = { name: 'Arial', size: 10 };
    for (const c of [a, b]) {
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = border;
    }
    const lines = value.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 100)), 0);
    r.height = label.startsWith('Signature') ? 36 : Math.max(16, lines * 13 + 4);
  });
  printSetup(ws, { footer });
  ws.pageSetup = { ...ws.pageSetup, orientation: 'portrait', printTitlesRow: undefined };
  return ws;
}
