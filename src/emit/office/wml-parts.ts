import { xmlDeclaration } from './xml.js';

/**
 * The fixed parts of govspec's Word documents: styles (Arial, numbered headings in NHS blue),
 * numbering (headings 1, 1.1, 1.1.1 and three levels of bullets), settings and the font table,
 * which names Liberation Sans as the metric-compatible stand-in where Arial is not installed.
 */

export const FONT = 'Arial';
export const FALLBACK_FONT = 'Liberation Sans';
export const ACCENT = '005EB8';
/** Numbering instances (w:numId) for headings and bullets. */
export const HEADINGS_NUMBERING = 1;
export const BULLETS_NUMBERING = 2;

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const fonts = `<w:rFonts w:ascii="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

function headingStyle(level: 1 | 2 | 3, halfPoints: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${ACCENT}"/>${size(halfPoints)}</w:rPr></w:style>`
  );
}

export const stylesXml =
  `${xmlDeclaration}<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}${size(20)}<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
  `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/>${size(48)}</w:rPr></w:style>` +
  headingStyle(1, 32) +
  headingStyle(2, 26) +
  headingStyle(3, 22) +
  `</w:styles>`;

function level(
  ilvl: number,
  format: 'decimal' | 'bullet',
  text: string,
  left: number,
  hanging: number,
): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`
  );
}

// Room for "1.1.1" and a gap; the text of every level lines up with its number's width.
const headingLevels = [0, 1, 2]
  .map((l) =>
    level(
      l,
      'decimal',
      Array.from({ length: l + 1 }, (_, i) => `%${i + 1}`).join('.'),
      432 + 144 * l,
      432 + 144 * l,
    ),
  )
  .join('');
const bulletLevels = ['\u2022', '\u2013', '\u00b7']
  .map((mark, l) => level(l, 'bullet', mark, 360 * (l + 1), 360))
  .join('');

export const numberingXml =
  `${xmlDeclaration}<w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${headingLevels}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${bulletLevels}</w:abstractNum>` +
  `<w:num w:numId="${HEADINGS_NUMBERING}"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="${BULLETS_NUMBERING}"><w:abstractNumId w:val="1"/></w:num>` +
  `</w:numbering>`;

export const settingsXml =
  `${xmlDeclaration}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

export const fontTableXml =
  `${xmlDeclaration}<w:fonts xmlns:w="${W}"><w:font w:name="${FONT}"><w:altName w:val="${FALLBACK_FONT}"/>` +
  `<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;
