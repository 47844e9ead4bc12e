import { Pool } from './sml-text.js';
import { xmlDeclaration, xmlText } from './xml.js';

/**
 * Cell formats for SpreadsheetML. A sheet asks for a style as it writes each cell; the table
 * gives back the number of the format (`s="3"`), adding the font, fill, border and format the
 * first time each is seen, so equal styles share one entry. Numbers are handed out in the order
 * styles are first used, which is the order rows are written: the same workbook gives the same
 * table.
 */

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  /** ARGB, "FF7F0000". */
  color?: string;
}

export interface BorderEdge {
  style: 'thin' | 'hair';
  /** ARGB; the reader's automatic colour when left out. */
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** A solid fill, ARGB. */
  fill?: string;
  border?: { top?: BorderEdge; bottom?: BorderEdge; left?: BorderEdge; right?: BorderEdge };
  alignment?: {
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'center' | 'bottom';
    wrapText?: boolean;
  };
  /** False: the cell stays editable when the sheet is protected. */
  locked?: boolean;
}

/**
 * `over` on top of `base`: each of font, fill and border replaced whole, alignment merged. The
 * same pair gives the same object, so a style used on every row is looked up once.
 */
export function mergeStyle(base: CellStyle | undefined, over: CellStyle | undefined): CellStyle | undefined {
  if (!over) return base;
  if (!base) return over;
  let byOver = merged.get(base);
  if (!byOver) merged.set(base, (byOver = new WeakMap()));
  let style = byOver.get(over);
  if (!style) {
    style = { ...base, ...over };
    if (base.alignment || over.alignment) style.alignment = { ...base.alignment, ...over.alignment };
    byOver.set(over, style);
  }
  return style;
}

const merged = new WeakMap<CellStyle, WeakMap<CellStyle, CellStyle>>();

// Font 0 is the workbook's default (Calibri 11), as Excel writes it; fills 0 and 1 are the two
// that every styles part must begin with.
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const FIRST_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const EMPTY_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

export class StyleTable {
  private readonly fonts = new Pool([DEFAULT_FONT]);
  private readonly fills = new Pool(FIRST_FILLS);
  private readonly borders = new Pool([EMPTY_BORDER]);
  private readonly xfs = new Pool([DEFAULT_XF]);
  // The same style object is usually passed for a whole column: remember its number.
  private readonly seen = new WeakMap<CellStyle, number>();

  /** The number of the cell format for a style; 0 (the default) for none. */
  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.seen.get(style);
    if (known !== undefined) return known;
    const n = this.xfs.id(this.xf(style));
    this.seen.set(style, n);
    return n;
  }

  /** The styles part, xl/styles.xml. */
  xml(): string {
    const list = (name: string, pool: Pool) =>
      `<${name} count="${pool.items.length}">${pool.items.join('')}</${name}>`;
    return (
      `${xmlDeclaration}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list('cellXfs', this.xfs) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`
    );
  }

  private xf(style: CellStyle): string {
    const font = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const border = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const a = style.alignment;
    const alignment = a
      ? `<alignment${attr('horizontal', a.horizontal)}${attr('vertical', a.vertical)}${a.wrapText ? ' wrapText="1"' : ''}/>`
      : '';
    const protection = style.locked === false ? '<protection locked="0"/>' : '';
    const applies =
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '') +
      (protection ? ' applyProtection="1"' : '');
    const head = `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
    return alignment || protection ? `${head}>${alignment}${protection}</xf>` : `${head}/>`;
  }
}

function attr(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${xmlText(value)}"`;
}

function fontXml(f: FontStyle): string {
  return (
    `<font>${f.bold ? '<b/>' : ''}<sz val="${f.size ?? 11}"/>` +
    (f.color ? `<color rgb="${argb(f.color)}"/>` : '') +
    `<name val="${xmlText(f.name ?? 'Calibri')}"/><family val="2"/></font>`
  );
}

function fillXml(colour: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(colour)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(b: NonNullable<CellStyle['border']>): string {
  const edge = (name: string, e: BorderEdge | undefined) =>
    !e
      ? `<${name}/>`
      : e.color
        ? `<${name} style="${e.style}"><color rgb="${argb(e.color)}"/></${name}>`
        : `<${name} style="${e.style}"/>`;
  return `<border>${edge('left', b.left)}${edge('right', b.right)}${edge('top', b.top)}${edge('bottom', b.bottom)}<diagonal/></border>`;
}

function argb(colour: string): string {
  if (!/^[0-9A-Fa-f]{8}$/.test(colour)) throw new Error(`not an ARGB colour: ${JSON.stringify(colour)}`);
  return colour.toUpperCase();
}
