import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { integrationDiagram } from '../../src/emit/diagrams/flow-diagram.js';
import { readZip } from '../../src/emit/office/zip.js';
import { dpiaDocument } from '../../src/emit/privacy/dpia-view.js';
import { renderDocx } from '../../src/emit/privacy/render-docx.js';
import type { BuildInfo } from '../../src/emit/types.js';
import { hasCommand, libreOfficeConvert } from '../helpers/commands.js';
import { tinyPng } from '../office/helpers.js';
import { analyse, spec } from './helpers.js';

const build: BuildInfo = {
  date: '2026-11-20',
  timestamp: new Date('2026-11-20T10:00:00Z'),
  commit: '1234567890abcdef',
  inputs: 'abcdef1234567890abcdef1234567890',
  dirty: false,
  govspecVersion: '0.1.0',
};

const EMU_PER_PX = 9525;
// A4 portrait text height with 2 cm margins, in pixels at 96 dpi (15 twips a pixel).
const pageHeightPx = (16838 - 2 * 1134) / 15;

/** A DPIA of one flow whose diagram is a tall picture (a long chain of systems). */
async function tallDpia(): Promise<Uint8Array> {
  const run = analyse([spec((s) => (s.title = 'Referrals through five systems'))]);
  const i = run.estate.integrations[0]!;
  // 600 x 3000 device pixels at scale 2: 1500 CSS pixels tall, more than a page.
  const png = tinyPng(600, 3000, [230, 230, 250]);
  const doc = dpiaDocument(i, run.analysis.privacy!.integrations[i.id]!, run.estate.config, build, {
    source: integrationDiagram(i, run.estate.config),
    png,
  });
  return renderDocx(doc, build.timestamp);
}

describe('DPIA diagrams on the page', () => {
  it('shrink a tall diagram to the room under the section opening, keeping its shape', async () => {
    const body = strFromU8(readZip(await tallDpia()).find((e) => e.path === 'word/document.xml')!.content);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(body)!.map(Number);
    expect(cy! / EMU_PER_PX).toBeLessThanOrEqual(pageHeightPx * 0.42);
    expect(cy! / EMU_PER_PX).toBeGreaterThan(pageHeightPx * 0.4);
    expect(Math.abs(cx! / cy! - 600 / 3000)).toBeLessThan(0.01);
  });

  describe.skipIf(!hasCommand('libreoffice') || !hasCommand('pdftotext'))(
    'printed (needs LibreOffice and pdftotext)',
    () => {
      it('sits on the page that opens the description, so that page is not left half empty', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'govspec-diagram-'));
        try {
          writeFileSync(join(dir, 'dpia.docx'), await tallDpia());
          libreOfficeConvert(dir, 'pdf', [join(dir, 'dpia.docx')]);
          const page = (n: number) =>
            execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-layout', join(dir, 'dpia.pdf'), '-'])
              .toString()
              .replace(/\s+/g, ' ');
          const second = page(2);
          expect(second).toMatch(/1 Description of the processing/);
          expect(second).toMatch(/1\.1 Nature of the processing/);
          expect(second).toContain('Data flow: Referrals through five systems');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    },
  );
});
