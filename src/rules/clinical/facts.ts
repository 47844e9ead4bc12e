import type { Integration } from '../../model/estate.js';
import type { Cause } from './rule.js';
import type { ContentKind, InteractionShape, LatencyContract, Likelihood } from '../../model/written.js';

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

/** The stated shape of the exchange (interaction.shape), when the spec gives one. */
export function shapeOf(i: Integration): InteractionShape | undefined {
  return i.interaction?.shape;
}

/**
 * Something comes back to a consumer: a query or record view, a spec that describes a response,
 * or, with no shape stated, an on-demand FHIR or SOAP request (which is a query by its nature).
 */
export function returnsResults(i: Integration): boolean {
  const s = shapeOf(i);
  if (s === 'query' || s === 'record-view' || i.response !== undefined) return true;
  return (
    s === undefined &&
    i.latency?.contract === 'on-demand' &&
    (i.protocol.standard === 'fhir' || i.protocol.standard === 'soap')
  );
}

/** Messages or notifications arrive as events happen (a feed that can fall silent). */
export function isEventFeed(i: Integration): boolean {
  const s = shapeOf(i);
  if (s === 'push' || s === 'subscription') return true;
  if (s !== undefined) return false;
  return (i.protocol.messages ?? []).length > 0 && i.latency?.contract !== 'on-demand';
}

/** Writes into a clinical system, through an API or a user interface. */
export function writesIntoRecord(i: Integration): boolean {
  const s = shapeOf(i);
  return s === 'write-back' || s === 'screen-automation' || i.writeBack !== undefined;
}

export function carries(i: Integration, ...kinds: ContentKind[]): boolean {
  return kinds.some((k) => i.content?.kinds?.includes(k) === true);
}

/** True when a value exists at the pointer in the spec (so a cause can point at its line). */
export function stated(i: Integration, pointer: string): boolean {
  let cur: unknown = i;
  for (const seg of pointer.slice(1).split('/')) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (cur === undefined) return false;
  }
  return true;
}

/** The first pointer that exists in the spec: the nearest line to a fact that is not stated. */
export function nearest(i: Integration, ...pointers: string[]): string {
  return pointers.find((p) => stated(i, p)) ?? ptr('id');
}

/** A cause for a fact the spec does not state, saying what to add. */
export function notStated(what: string, add: string): string {
  return `Not stated in the spec: ${what}. Add ${add}.`;
}

/** The clinical content carries codes (stated, or implied by code systems or a code or terminology map). */
export function isCoded(i: Integration): boolean {
  if (i.content?.coded === false) return false;
  return (
    i.content?.coded === true ||
    (i.content?.codeSystems ?? []).length > 0 ||
    i.mapping.some((m) => m.kind === 'code' || m.kind === 'terminology')
  );
}

/** A cause for a fact the spec does not state, pointing at the first of `near` the spec has. */
export function unstated(i: Integration, what: string, add: string, ...near: string[]): Cause {
  return { text: notStated(what, add), pointer: nearest(i, ...near) };
}
