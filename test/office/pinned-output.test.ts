import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxBytes } from '../../src/emit/office/docx.js';
import { workbookBytes } from '../../src/emit/office/xlsx.js';
import { sha256 } from './helpers.js';
import { sampleDate, sampleDocument, sampleWorkbook } from './samples.js';
import { hasCommand, libreOfficeConvert } from '../helpers/commands.js';

/**
 * Both writers are pinned: govspec's own WordprocessingML and SpreadsheetML writers. If one of
 * these hashes changes (a change to a writer, or an upgrade of fflate), open the output
 * and check it for dates, counters or anything else that varies before updating the hash.
 */
describe('pinned output', () => {
  it('docx bytes are unchanged', () => {
    expect(sha256(docxBytes(sampleDocument(), sampleDate))).toBe(
      'b07694b0edb2096504cb30d8bd304c32287d0320bef44dd88841f45482cac192',
    );
  });

  it('xlsx bytes are unchanged', async () => {
    expect(sha256(await workbookBytes(sampleWorkbook(), sampleDate))).toBe(
      'a2099aab891c178556659d0071fc6e7448941b6d469759cf972315209dd57a22',
    );
  });
});

// A real reader must open the files with their text intact (skipped where LibreOffice is missing).
describe.skipIf(!hasCommand('libreoffice') || !hasCommand('pdftotext'))(
  'LibreOffice reads the output (needs LibreOffice and pdftotext)',
  () => {
    it('converts the document and the workbook to PDF with their text', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'govspec-office-'));
      try {
        writeFileSync(join(dir, 'doc.docx'), docxBytes(sampleDocument(), sampleDate));
        writeFileSync(join(dir, 'book.xlsx'), await workbookBytes(sampleWorkbook(), sampleDate));
        libreOfficeConvert(dir, 'pdf', [join(dir, 'doc.docx'), join(dir, 'book.xlsx')]);
        execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf')]);
        execFileSync('pdftotext', ['-layout', join(dir, 'book.pdf')]);
        const doc = readFileSync(join(dir, 'doc.txt'), 'utf8');
        expect(doc).toContain('Data Protection Impact Assessment');
        expect(doc).toMatch(/1\s+Flows/);
        expect(doc).toContain('Demographics');
        expect(doc).toMatch(/Page 2 of 2/);
        const book = readFileSync(join(dir, 'book.txt'), 'utf8');
        expect(book).toContain('Adult GP record');
        expect(book).toContain('=HYPERLINK("http://x","click")');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
