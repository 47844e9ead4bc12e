import { defineCodes } from '../core/codes.js';

/**
 * Codes of `govspec decisions import`. Any of them stops the import before a spec is written:
 * a workbook is applied whole or not at all.
 */
export const decisionCodes = defineCodes({
  'decisions-workbook-unreadable': {
    severity: 'error',
    title: 'Workbook cannot be read',
    message: (path: string, why: string) =>
      `${path} cannot be read as an Excel workbook (${why}). Pass the .xlsx file govspec built (generated/clinical-safety/hazard-log.xlsx or generated/privacy/risk-register.xlsx) after saving it in Excel or LibreOffice as .xlsx.`,
  },
  'decisions-workbook-unsafe': {
    severity: 'error',
    title: 'Workbook refused as unsafe',
    message: (path: string, why: string) =>
      `${path} is refused: ${why}. A workbook govspec built is far smaller; build again and enter the decisions in the new workbook.`,
  },
  'decisions-workbook-unknown': {
    severity: 'error',
    title: 'Not a workbook govspec built',
    message: (path: string, why: string) =>
      `${path} ${why}. Only the workbooks govspec builds can be imported (the hazard log and the privacy risk register): run govspec build and enter the decisions in the yellow cells.`,
  },
  'decisions-workbook-stale': {
    severity: 'error',
    title: 'Workbook built from different specs',
    message: (path: string, spec: string, why: string) =>
      `${path} was built from a different version of ${spec} (${why}). Its decisions could overwrite later changes: run govspec build, copy the decisions into the new workbook, and import that.`,
  },
  'decisions-cell-invalid': {
    severity: 'error',
    title: 'A decision cell holds a value that cannot be used',
    message: (sheet: string, cell: string, header: string, what: string) =>
      `sheet "${sheet}", cell ${cell} (${header}): ${what}`,
  },
  'decisions-spec-not-written': {
    severity: 'error',
    title: 'A spec could not be changed',
    message: (spec: string, why: string) =>
      `${spec} could not be changed (${why}); no spec was changed. Fix the cause and import again.`,
  },
});
