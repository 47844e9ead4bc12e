import {
  appProperties,
  contentTypes,
  coreProperties,
  packageRelationships,
  relationshipTypes,
  relationships,
} from './package.js';
import { packText } from './packed-stream.js';
import type { SheetOptions } from './sml-sheet.js';
import { SheetWriter } from './sml-sheet.js';
import { SharedStrings } from './sml-strings.js';
import { StyleTable } from './sml-styles.js';
import { xmlDeclaration, xmlText } from './xml.js';
import type { PackedEntry, ZipLevel } from './zip.js';
import { packedZip, ZIP_EPOCH } from './zip.js';

/**
 * govspec's SpreadsheetML writer: a workbook of sheets written row by row, each deflated as it
 * is written, packed into a zip whose bytes depend only on what was written and the build date
 * (never the clock, the time zone or the locale).
 */

export interface WorkbookProps {
  title: string;
  creator: string;
  /** Build date: the workbook's created and modified dates and every zip entry's time. */
  date?: Date | undefined;
}

// Level 1 deflates sheet XML in about half the time level 6 takes, for a file about a quarter
// larger (the Word writer makes the same choice); fixed, so bytes never change with a library's
// default.
const LEVEL: ZipLevel = 1;
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export class Workbook {
  private readonly sheets: SheetWriter[] = [];
  private readonly styles = new StyleTable();
  private readonly strings = new SharedStrings();
  private finished: PackedEntry[] | undefined;

  constructor(readonly props: WorkbookProps) {}

  /** The sheets so far, in order (their names keep new names unique). */
  get worksheets(): readonly { name: string }[] {
    return this.sheets;
  }

  /** A new sheet at the end. The name must be valid and unused (see `sheetName`). */
  addSheet(name: string, options: SheetOptions = {}): SheetWriter {
    if (this.finished) throw new Error('the workbook is packed already');
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`sheet ${JSON.stringify(name)} exists already`);
    const n = this.sheets.length + 1;
    const sheet = new SheetWriter(
      name,
      `xl/worksheets/sheet${n}.xml`,
      this.styles,
      this.strings,
      options,
      LEVEL,
      n === 1,
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * The .xlsx bytes, dated `date` (the build date given when the workbook was made, when left
   * out). Finishes every sheet: nothing can be added afterwards.
   */
  bytes(date: Date | undefined = this.props.date): Uint8Array {
    const n = this.sheets.length;
    this.finished ??= this.sheets.map((s) => s.end());
    const parts = [...this.finished];
    const text = (path: string, xml: string) => parts.push(packText(path, xml, LEVEL));
    const overrides = new Map<string, string>([
      ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
      ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
      [
        '/xl/sharedStrings.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
      ],
    ]);
    this.sheets.forEach((_, i) => overrides.set(`/xl/worksheets/sheet${i + 1}.xml`, SHEET_TYPE));
    text('[Content_Types].xml', contentTypes({}, overrides));
    text('_rels/.rels', packageRelationships('xl/workbook.xml'));
    text('docProps/core.xml', coreProperties(this.props, date ?? ZIP_EPOCH));
    text('docProps/app.xml', appProperties());
    text('xl/workbook.xml', this.workbookXml());
    text(
      'xl/_rels/workbook.xml.rels',
      relationships([
        ...this.sheets.map((_, i) => ({
          id: `rId${i + 1}`,
          type: relationshipTypes.worksheet,
          target: `worksheets/sheet${i + 1}.xml`,
        })),
        { id: `rId${n + 1}`, type: relationshipTypes.styles, target: 'styles.xml' },
        { id: `rId${n + 2}`, type: relationshipTypes.sharedStrings, target: 'sharedStrings.xml' },
      ]),
    );
    text('xl/styles.xml', this.styles.xml());
    text('xl/sharedStrings.xml', this.strings.xml());
    return packedZip(parts, date);
  }

  private workbookXml(): string {
    const sheets = this.sheets
      .map((s, i) => {
        const state = s.options.state === 'veryHidden' ? ' state="veryHidden"' : '';
        return `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
      })
      .join('');
    const names = this.sheets
      .map((s, i) => {
        const rows = s.options.print?.titleRows;
        if (!rows) return '';
        const quoted = `'${s.name.replace(/'/g, "''")}'`;
        return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quoted}!$1:$${rows}`)}</definedName>`;
      })
      .join('');
    return (
      `${xmlDeclaration}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>` +
      (names ? `<definedNames>${names}</definedNames>` : '') +
      `<calcPr calcId="171027"/></workbook>`
    );
  }
}
