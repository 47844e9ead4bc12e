import { hazardsJsonPath, logPieces } from '../../rules/clinical/log-file.js';
import { defineEmitter } from '../types.js';

/**
 * generated/clinical-safety/hazards.json: the machine-readable hazard log. The next build reads
 * the committed copy to keep hazard ids and raised dates, and to refuse silent removals.
 */
export const hazardsJson = defineEmitter({
  id: 'clinical-hazards-json',
  description: 'Clinical hazard log (machine-readable JSON)',
  emit(ctx) {
    const log = ctx.analysis.hazards;
    // Streamed: at thousands of integrations the log is tens of megabytes.
    return log ? [{ path: hazardsJsonPath, pieces: () => logPieces(log) }] : [];
  },
});
