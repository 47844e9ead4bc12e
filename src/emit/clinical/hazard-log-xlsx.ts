import { newWorkbook, workbookBytes } from '../office/xlsx.js';
import { defineEmitter } from '../types.js';
import { outputFolder } from './view.js';
import { roleWording } from './wording.js';
import { addHazardSheet, addSuggestionsSheet } from './xlsx-hazard-sheet.js';
import { addDecisionsSheet, addHazardBuildSheet } from './xlsx-decisions-sheet.js';
import { addMatrixSheet } from './xlsx-matrix-sheet.js';
import { addDocumentControlSheet, addIntegrationSheet } from './xlsx-summary-sheets.js';

/** generated/clinical-safety/hazard-log.xlsx: the workbook the CSO reviews and signs. */
export const hazardLogXlsx = defineEmitter({
  id: 'clinical-hazard-log-xlsx',
  description: 'Clinical hazard log workbook (Excel)',
  async emit(ctx) {
    const log = ctx.analysis.hazards;
    if (!log) return [];
    const org = ctx.estate.config.organisation;
    const wording = roleWording(org);
    const date = ctx.build.timestamp;
    const wb = newWorkbook({ title: `Clinical hazard log: ${org.name}`, creator: 'govspec', date });
    const footer = `${org.name}: ${wording.standards} clinical hazard log (draft until approved by the CSO)`;
    // Document control first: it is the first page printed and the first sheet opened.
    addDocumentControlSheet(wb, { estate: ctx.estate, log, build: ctx.build, wording }, footer);
    addHazardSheet(wb, log, footer);
    addDecisionsSheet(wb, ctx.estate, log, footer);
    addMatrixSheet(wb, log, footer);
    addIntegrationSheet(wb, ctx.estate, log, footer);
    addSuggestionsSheet(wb, log, footer);
    addHazardBuildSheet(wb, ctx.estate, log, ctx.build);
    return [{ path: `${outputFolder}/hazard-log.xlsx`, content: workbookBytes(wb) }];
  },
});
