import { bodyFont, boldFont, HEADER_FILL, printSetup, titleFont } from './sheet-layout.js';
import type { Workbook } from './sml.js';
import type { SheetWriter } from './sml-sheet.js';
import type { CellStyle } from './sml-styles.js';
import { textCell } from './text.js';

const thin = { style: 'thin' } as const;
const border = { top: thin, bottom: thin, left: thin, right: thin };
const alignment = { vertical: 'top', wrapText: true } as const;
const labelStyle: CellStyle = { font: boldFont, fill: HEADER_FILL, alignment, border };
const valueStyle: CellStyle = { font: bodyFont, alignment, border };

/**
 * A portrait sheet of labelled fields under a title (document control): label, value, one row
 * each, rows sized for their text, with empty rows left for signatures.
 */
export function addFieldsSheet(
  wb: Workbook,
  name: string,
  title: string,
  rows: ReadonlyArray<readonly [string, string]>,
  footer: string,
): SheetWriter {
  const ws = wb.addSheet(name, {
    widths: [30, 90],
    print: printSetup({ footer, portrait: true, headerRows: 0 }),
  });
  ws.row([{ value: textCell(title), style: { font: titleFont } }]);
  rows.forEach(([label, value], i) => {
    const lines = value.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 100)), 0);
    ws.row(
      [
        { value: textCell(label), style: labelStyle },
        { value: textCell(value), style: valueStyle },
      ],
      { at: i + 3, height: label.startsWith('Signature') ? 36 : Math.max(16, lines * 13 + 4) },
    );
  });
  return ws;
}
