import type { Rating } from '../../catalogue/dcb-levels.js';
import { consequenceLevels, likelihoodLevels } from '../../catalogue/dcb-levels.js';
import type { HazardLog } from '../../rules/clinical/types.js';
import type { Workbook } from '../office/sml.js';
import type { Cell, SheetWriter } from '../office/sml-sheet.js';
import type { CellStyle, FontStyle } from '../office/sml-styles.js';
import { mergeStyle } from '../office/sml-styles.js';
import { printSetup, textCell } from '../office/xlsx.js';
import { ratingMeaning, ratingOrder } from './view.js';
import { boldFont, bodyFont, colourRating, headerFill, titleFont } from './xlsx-style.js';

const COLUMNS = 6;
const wrapTop = { wrapText: true, vertical: 'top' } as const;
const styles = new Map<FontStyle, CellStyle>();
const plain = (font: FontStyle): CellStyle => {
  if (!styles.has(font)) styles.set(font, { font, alignment: wrapTop });
  return styles.get(font)!;
};
const headerStyle: CellStyle = { font: boldFont, alignment: wrapTop, fill: headerFill };

const text = (value: unknown, font: FontStyle = bodyFont): Cell => ({
  value: typeof value === 'number' ? value : textCell(value),
  style: plain(font),
});
const header = (value: string): Cell => ({ value: textCell(value), style: headerStyle });
const rated = (rating: Rating): Cell => ({
  value: rating,
  style: mergeStyle(plain(bodyFont), colourRating(rating)),
});

/**
 * Rows of the matrix sheet, written in order. `merge` spans the row's last cell to column 6;
 * the cells it covers carry that cell's style, so borders and fills run across the merge.
 */
class Rows {
  private r = 0;
  constructor(private readonly ws: SheetWriter) {}
  put(cells: Cell[], options: { height?: number; merge?: boolean } = {}): void {
    this.r += 1;
    const row = [...cells];
    if (options.merge) {
      const from = cells.length;
      for (let c = from + 1; c <= COLUMNS; c++) row.push({ style: cells[from - 1]!.style });
      this.ws.merge(this.r, from, COLUMNS);
    }
    this.ws.row(row, { at: this.r, ...(options.height === undefined ? {} : { height: options.height }) });
  }
  skip(): void {
    this.r += 1;
  }
}

/** The matrix in force, with the level definitions and the meaning of each rating. */
export function addMatrixSheet(wb: Workbook, log: HazardLog, footer: string): SheetWriter {
  // The first column holds the widest headings on one line ("Consequence (patients affected)").
  const ws = wb.addSheet('Risk matrix', {
    widths: [36, 18, 18, 18, 18, 18],
    print: printSetup({ footer, portrait: true, headerRows: 0 }),
  });
  const rows = new Rows(ws);
  rows.put([text('Risk matrix', titleFont)]);
  rows.put([text(log.matrix.name, boldFont)], { merge: true });
  rows.put(
    [
      text(
        `${log.matrix.source}. The rating is looked up in this table, not calculated as likelihood times consequence.`,
      ),
    ],
    { merge: true, height: 30 },
  );
  rows.skip();

  rows.put([header('Likelihood \\ Consequence'), ...consequenceLevels.map((c) => header(c.label))], {
    height: 20,
  });
  for (const l of [...likelihoodLevels].reverse())
    rows.put([header(l.label), ...log.matrix.ratings[l.key].map((rating) => rated(rating))], { height: 20 });
  rows.skip();

  rows.put([header('Rating'), header('Meaning')], { merge: true });
  for (const rating of ratingOrder)
    rows.put([rated(rating as Rating), text(ratingMeaning(rating))], {
      merge: true,
      height: rating === 3 ? 30 : 16,
    });
  rows.skip();

  definitions(rows, 'Likelihood', likelihoodLevels);
  rows.skip();
  definitions(rows, 'Consequence (patients affected)', consequenceLevels);
  return ws;
}

function definitions(
  rows: Rows,
  title: string,
  levels: ReadonlyArray<{ label: string; definition: string }>,
): void {
  rows.put([header(title), header('Definition')], { merge: true, height: 20 });
  for (const level of [...levels].reverse()) {
    // Merged cells do not grow: size the row from the text (about 100 characters a line here).
    rows.put([text(level.label), text(level.definition)], {
      merge: true,
      height: Math.max(16, Math.ceil(level.definition.length / 100) * 13 + 4),
    });
  }
}
