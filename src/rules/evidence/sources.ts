import type { Analysis } from '../analysis.js';

/**
 * Other areas' analysis slots that outcomes cite. A build may lack one (an analyzer that is not
 * registered or that failed), so outcomes ask here rather than assume it exists.
 */
export type SourceSlot = 'hazards' | 'privacy' | 'retention';

export const slotNames: Record<SourceSlot, string> = {
  hazards: 'the hazard log',
  privacy: 'the DPIA privacy risk register',
  retention: 'the retention schedule',
};

export function hasSlot(analysis: Partial<Analysis>, slot: SourceSlot): boolean {
  return (analysis as Record<string, unknown>)[slot] !== undefined;
}
