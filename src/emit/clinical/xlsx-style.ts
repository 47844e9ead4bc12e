import type * as ExcelJS from 'exceljs';
import type { Rating } from '../../catalogue/dcb-levels.js';

/**
 * Rating colours: green (acceptable) through amber to red (unacceptable), with text dark enough
 * to read on each fill when printed in black and white.
 */
const ratingFill: Record<Rating, string> = {
  1: 'FFC6EFCE',
  2: 'FFE2F0D9',
  3: 'FFFFEB9C',
  4: 'FFF8CBAD',
  5: 'FFFF7C80',
};
const ratingFont: Record<Rating, string> = {
  1: 'FF006100',
  2: 'FF375623',
  3: 'FF7F6000',
  4: 'FF843C0C',
  5: 'FF7F0000',
};

export function colourRating(cell: ExcelJS.Cell, rating: Rating): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ratingFill[rating] } };
  cell.font = { name: 'Arial', size: 10, bold: true, color: { argb: ratingFont[rating] } };
  cell.alignment = { ...cell.alignment, horizontal: 'center', vertical: 'top' };
}

export const titleFont: Partial<ExcelJS.Font> = { name: 'Arial', size: 14, bold: true };
export const boldFont: Partial<ExcelJS.Font> = { name: 'Arial', size: 10, bold: true };
export const bodyFont: Partial<ExcelJS.Font> = { name: 'Arial', size: 10 };
export const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
