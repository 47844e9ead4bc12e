import {
  composeDocument,
  dataTable,
  heading,
  imageParagraph,
  paragraph,
  signatureTable,
} from '../../src/emit/office/document-kit.js';
import type { WordDocument } from '../../src/emit/office/document-kit.js';
import type { Workbook } from '../../src/emit/office/xlsx.js';
import { addTableSheet, newWorkbook } from '../../src/emit/office/xlsx.js';
import { tinyPng } from './helpers.js';

export const sampleDate = new Date('2025-04-01T08:00:00Z');

/** A kit document with every kind of part the writer makes: title page, image, tables, footer. */
export function sampleDocument(): WordDocument {
  return composeDocument({
    organisation: 'Example NHS Trust',
    title: 'Data Protection Impact Assessment',
    subtitle: 'Data flows',
    creator: 'govspec',
    control: [
      ['Version', '1.0'],
      ['Date', '2025-04-01'],
    ],
    body: [
      heading(1, 'Flows'),
      paragraph('Flows between systems.'),
      imageParagraph(tinyPng(8, 4, [0, 94, 184]), { altText: 'Flow diagram' }),
      dataTable(['From', 'To', 'Data'], [['EPR', 'PAS', 'Demographics']]),
      signatureTable(['Data Protection Officer']),
    ],
  });
}

export function sampleWorkbook(): Workbook {
  const wb = newWorkbook({ title: 'Retention schedule', creator: 'govspec', date: sampleDate });
  addTableSheet(
    wb,
    'Retention',
    [
      { header: 'Record', width: 30 },
      { header: 'Years', width: 8 },
    ],
    [
      ['Adult GP record', 10],
      ['=HYPERLINK("http://x","click")', 'n/a'],
    ],
  );
  return wb;
}
