import type { Rating } from '../../catalogue/dcb-levels.js';
import type { CellStyle } from '../office/sml-styles.js';

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

const ratingStyles = Object.fromEntries(
  ([1, 2, 3, 4, 5] as const).map((r) => [
    r,
    {
      fill: ratingFill[r],
      font: { name: 'Arial', size: 10, bold: true, color: ratingFont[r] },
      alignment: { horizontal: 'center', vertical: 'top' },
    } satisfies CellStyle,
  ]),
) as Record<Rating, CellStyle>;

/** The style of a cell showing a rating (on top of the cell's own), for a value that is one. */
export function colourRating(value: unknown): CellStyle | undefined {
  return typeof value === 'number' ? ratingStyles[value as Rating] : undefined;
}

export { bodyFont, boldFont, HEADER_FILL as headerFill, titleFont } from '../office/sheet-layout.js';
