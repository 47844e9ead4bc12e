import { Pool, textElement } from './sml-text.js';
import { xmlDeclaration } from './xml.js';

/**
 * The shared strings part, for the few texts a sheet cannot write inline: the empty string (an
 * inline string cannot be empty) and text holding "_x" followed by four hex digits and "_",
 * which readers take for an escaped character. There such a sequence is written "_x005F_x...",
 * which Excel, LibreOffice and exceljs all read back as the text itself (exceljs decodes that
 * escape in shared strings only). Every other text is written inline, so this table stays small.
 */

const escapeLike = /_(x[0-9A-Fa-f]{4}_)/g;

/** True when text must go through the shared strings to read back as it is. */
export function needsSharedString(text: string): boolean {
  return text === '' || /_x[0-9A-Fa-f]{4}_/.test(text);
}

export class SharedStrings {
  private readonly pool = new Pool(['']);

  id(text: string): number {
    return this.pool.id(text);
  }

  xml(): string {
    const items = this.pool.items.map(
      (t) => `<si>${t === '' ? '<t/>' : textElement(t.replace(escapeLike, '_x005F_$1'))}</si>`,
    );
    return `${xmlDeclaration}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}
