import type { Integration } from '../../model/estate.js';
import type { Likelihood, LatencyContract } from '../../model/written.js';

/** Small readings of spec facts shared by the derivation rules. */

export const batchContracts: readonly LatencyContract[] = ['hourly', 'nightly', 'weekly', 'monthly'];

export function isBatch(contract: LatencyContract | undefined): boolean {
  return contract !== undefined && batchContracts.includes(contract);
}

/** Consumers who see the data while caring for someone, with their index in `consumers`. */
export function directCareConsumers(
  i: Integration,
): Array<{ index: number; name: string; decisions: boolean }> {
  return i.consumers.flatMap((c, index) =>
    c.use === 'direct-care-decisions' || c.use === 'direct-care-information'
      ? [{ index, name: c.name, decisions: c.use === 'direct-care-decisions' }]
      : [],
  );
}

/** True when clinicians act on the data: the severity of most integration hazards depends on it. */
export function feedsCareDecisions(i: Integration): boolean {
  return i.consumers.some((c) => c.use === 'direct-care-decisions');
}

export function caresForPatients(i: Integration): boolean {
  return i.purpose === 'direct-care' || directCareConsumers(i).length > 0;
}

const likelihoodOrder: readonly Likelihood[] = ['very-low', 'low', 'medium', 'high', 'very-high'];

/** One step more likely, capped at very high. */
export function moreLikely(l: Likelihood): Likelihood {
  return likelihoodOrder[Math.min(likelihoodOrder.indexOf(l) + 1, likelihoodOrder.length - 1)]!;
}

/** A JSON pointer into the spec, built from path segments. */
export function ptr(...segments: Array<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** HL7 v2 events of the merge / link family (A34-A37 older merges and links, A39-A42 merges). */
export const mergeEvents: readonly string[] = ['A34', 'A35', 'A36', 'A37', 'A39', 'A40', 'A41', 'A42'];

export function eventOf(message: string): string | undefined {
  return message.split('^')[1];
}
