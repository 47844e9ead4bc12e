/**
 * How wide text is in Arial, for sizing table columns so that no word breaks in the middle.
 * Advance widths in thousandths of an em for the printable ASCII characters (space to "~"),
 * read from the hmtx table of Liberation Sans 2 Regular and Bold, which is metric-compatible
 * with Arial (the same advance width for every character). Other characters count as the
 * widest lowercase letter ("m"), so an estimate errs on the wide side.
 */
// prettier-ignore
const regular = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const bold = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const other = { regular: 833, bold: 889 };

/** Width of `text` in twips at `halfPoints` (Word's w:sz unit: 20 is 10 pt). */
export function textWidth(text: string, halfPoints: number, isBold = false): number {
  const table = isBold ? bold : regular;
  const fallback = isBold ? other.bold : other.regular;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 0x20 && code <= 0x7e ? table[code - 0x20]! : fallback;
  }
  // 1 pt is 20 twips and a half-point is 10: an em of `halfPoints` is halfPoints * 10 twips.
  return Math.ceil((units * halfPoints * 10) / 1000);
}

/**
 * The pieces of text a line may not break inside: runs without white space, split after each
 * hyphen and each slash (Word and LibreOffice break a line after "-", and after "/" in links
 * and paths).
 */
export function unbreakable(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    for (const piece of word.split(/(?<=[-/])/)) if (piece !== '') out.push(piece);
  }
  return out;
}

/** Width in twips of the widest piece of `text` that cannot break. */
export function widestWord(text: string, halfPoints: number, isBold = false): number {
  let widest = 0;
  for (const piece of unbreakable(text)) widest = Math.max(widest, textWidth(piece, halfPoints, isBold));
  return widest;
}

/** Lines `text` takes when wrapped at `width` twips (a piece wider than a line breaks inside). */
export function wrappedLineCount(text: string, width: number, halfPoints: number, isBold = false): number {
  const space = textWidth(' ', halfPoints, isBold);
  let total = 0;
  for (const line of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const piece of unbreakable(line)) {
      const w = textWidth(piece, halfPoints, isBold);
      const need = used === 0 ? w : used + space + w;
      if (need <= width) used = need;
      else if (w <= width) {
        lines += 1;
        used = w;
      } else {
        lines += (used > 0 ? 1 : 0) + Math.ceil(w / width) - 1;
        used = w % width || width;
      }
    }
    total += lines;
  }
  return total;
}
