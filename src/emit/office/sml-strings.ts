import { Pool, textElement } from './sml-text.js';
import { xmlDeclaration } from './xml.js';

/**
 * The shared strings part: every text of the workbook once, numbered in the order first written,
 * as Excel itself writes a workbook. A hazard log repeats the same rule texts (titles, causes,
 * suggested controls) for every integration: at 1,000 specs its sheets held 13.6 million
 * characters of text, of which 1 million were distinct, so each text is written and deflated
 * once and the cells name it. Text holding "_x" followed by four hex digits and "_", which
 * readers take for an escaped character, is written "_x005F_x...", which Excel, LibreOffice and
 * exceljs all read back as the text itself.
 */

const escapeLike = /_(x[0-9A-Fa-f]{4}_)/g;

export class SharedStrings {
  private readonly pool = new Pool([]);
  /** Cells that name a shared string (the part's `count`). */
  private references = 0;

  id(text: string): number {
    this.references += 1;
    return this.pool.id(text);
  }

  xml(): string {
    const items = this.pool.items.map(
      (t) => `<si>${t === '' ? '<t/>' : textElement(t.replace(escapeLike, '_x005F_$1'))}</si>`,
    );
    return `${xmlDeclaration}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}
