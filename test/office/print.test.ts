import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDocument, dataTable, docxBytes, heading } from '../../src/emit/office/document-kit.js';
import { hasCommand, libreOfficeConvert } from '../helpers/commands.js';

// Short words in columns with small weights, beside a column of long links: the shape of the
// safety case's scope and control tables, where "Status", "Hazards" and "Open" once broke.
const words = [
  'Status',
  'Hazards',
  'Open',
  'Business',
  'process',
  'Outstanding',
  'Planned',
  'proposed',
  'Minutes',
  'Withdrawn',
];
const link = 'https://qms.riverside.example.nhs.uk/clinical-safety/AMB-PREALERT/ed-booking-in-sop';

const digest = (length: number) => `sha:${'0123456789abcdef'.repeat(length / 16)}`;

function document(): Uint8Array {
  const rows = [
    [
      'discharge-summary-to-gp/H24',
      'Business process',
      'The GP liaison team audits a sample.',
      'Planned',
      link,
    ],
    [
      'gp-connect-access-record/H06',
      'Outstanding',
      'Clinicians are taught what an error means.',
      'proposed',
      link,
    ],
    ['pds-lookup/H01', 'Open', 'Shown with the practice text.', 'Open', `${link}/and-more-of-the-same-link`],
  ];
  return docxBytes(
    composeDocument({
      organisation: 'Example NHS Trust',
      title: 'Print check',
      creator: 'govspec',
      control: [],
      body: [
        heading(1, 'Controls'),
        dataTable(['Hazard no.', 'Type', 'Control', 'Status', 'Evidence'], rows, {
          widths: [3.2, 1.7, 5.2, 2, 2.8],
        }),
        // Two digests wider than half the page each: the minimums cannot all fit.
        dataTable(
          ['Record', 'State', 'Input digest', 'Signature digest'],
          [['Minutes', 'Withdrawn', digest(64), digest(128)]],
        ),
        dataTable(['Integration', 'Status', 'Hazards'], [['PAS ADT events to EPR', 'live', '3, 3 open']], {
          widths: [6, 0.5, 0.5],
        }),
      ],
    }),
    new Date('2025-04-01T08:00:00Z'),
  );
}

describe.skipIf(!hasCommand('libreoffice') || !hasCommand('pdftotext'))(
  'printed tables (needs LibreOffice and pdftotext)',
  () => {
    it('break no ordinary word in the middle, however narrow its column weight', () => {
      const dir = mkdtempSync(join(tmpdir(), 'govspec-print-'));
      try {
        writeFileSync(join(dir, 'print.docx'), document());
        libreOfficeConvert(dir, 'pdf', [join(dir, 'print.docx')]);
        // Raw order keeps each cell's lines together: a broken word shows as two tokens.
        const tokens = new Set(
          execFileSync('pdftotext', ['-raw', join(dir, 'print.pdf'), '-'])
            .toString()
            .split(/\s+/),
        );
        for (const word of words) expect(tokens, word).toContain(word);
        expect(readFileSync(join(dir, 'print.pdf')).length).toBeGreaterThan(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
