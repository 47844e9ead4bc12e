import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { hasCommand, libreOfficeConvert } from '../helpers/commands.js';
import { analyse, controlledSpec, DELETE, emitClinical, fixture, patch } from './helpers.js';

/** The hazard log as it prints: document control first, each hazard's whole row on one A3 page. */

async function workbookBytes(): Promise<Uint8Array> {
  const specs = ['results-feed', 'orders-feed', 'letters-feed'].map((id) =>
    patch(controlledSpec(id), { monitoring: DELETE, owner: DELETE }),
  );
  const f = fixture(specs);
  const { analysis } = analyse(f);
  return (await emitClinical(f, analysis)).files.get('clinical-safety/hazard-log.xlsx') as Uint8Array;
}

describe('hazard log print setup', () => {
  it('prints the log on A3 landscape, one page wide, header row repeated, document control first', async () => {
    const wb = await openWorkbook(await workbookBytes());
    expect(wb.worksheets[0]!.name).toBe('Document control');
    const setup = wb.getWorksheet('Hazard log')!.pageSetup as Partial<ExcelJS.PageSetup>;
    expect(setup).toMatchObject({
      paperSize: 8,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(setup.printTitlesColumn).toBeUndefined();
  });

  it("makes the matrix sheet's first column wide enough for its headings on one line", async () => {
    const ws = (await openWorkbook(await workbookBytes())).getWorksheet('Risk matrix')!;
    const headings: string[] = [];
    ws.getColumn(1).eachCell((c) => {
      if (
        c.font?.bold &&
        typeof c.value === 'string' &&
        ws.getRow(Number(c.row)).getCell(2).value === 'Definition'
      )
        headings.push(c.value);
    });
    expect(headings).toEqual(['Likelihood', 'Consequence (patients affected)']);
    // A column width counts characters of the default font; bold text is wider, so leave a tenth more.
    for (const h of headings)
      expect(ws.getColumn(1).width!).toBeGreaterThanOrEqual(Math.ceil(h.length * 1.1));
  });
});

describe.skipIf(!hasCommand('libreoffice') || !hasCommand('pdftotext'))(
  'the hazard log as LibreOffice prints it (needs LibreOffice and pdftotext)',
  () => {
    it('puts initial and residual risk on the same page and keeps the matrix headings apart', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'govspec-hazard-print-'));
      try {
        writeFileSync(join(dir, 'log.xlsx'), await workbookBytes());
        libreOfficeConvert(dir, 'pdf', [join(dir, 'log.xlsx')]);
        const pages = (n: number) => {
          execFileSync('pdftotext', [
            '-layout',
            '-f',
            `${n}`,
            '-l',
            `${n}`,
            join(dir, 'log.pdf'),
            join(dir, `p${n}.txt`),
          ]);
          return readFileSync(join(dir, `p${n}.txt`), 'utf8');
        };
        const count = Number(
          /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'log.pdf')], { encoding: 'utf8' }))![1],
        );
        const texts = Array.from({ length: count }, (_, i) => pages(i + 1));
        expect(texts[0]).toContain('Clinical hazard log: document control');
        const logPages = texts.filter((t) => /Hazard no\.\s+Hazard name\s+Integration/.test(t));
        expect(logPages.length).toBeGreaterThan(0);
        for (const t of logPages) {
          // The header row repeats, with the initial and the residual columns on the same page.
          expect(t).toMatch(/Initial[\s\S]*rating[\s\S]*Residual[\s\S]*rating/);
          expect(t).toContain('Decision and rationale');
        }
        const matrix = texts.find((t) => t.includes('Likelihood \\ Consequence'))!;
        const heading = matrix.split('\n').find((l) => l.includes('Consequence (patients affected)'))!;
        expect(heading).not.toContain('Catastrophic');
        expect(heading).toMatch(/Consequence \(patients affected\)\s+Definition/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
