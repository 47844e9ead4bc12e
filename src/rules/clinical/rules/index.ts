import type { HazardRule } from '../rule.js';
import attachmentUnreadable from './attachment-unreadable.js';
import duplicateOrOutOfOrder from './duplicate-or-out-of-order.js';
import errorsNotSurfaced from './errors-not-surfaced.js';
import lossyConversion from './lossy-conversion.js';
import mappingError from './mapping-error.js';
import mergeNotApplied from './merge-not-applied.js';
import messageLoss from './message-loss.js';
import pdsNotReconciled from './pds-not-reconciled.js';
import silentFailure from './silent-failure.js';
import staleDataInCare from './stale-data-in-care.js';
import timeZoneAmbiguity from './time-zone-ambiguity.js';
import versionMismatch from './version-mismatch.js';
import wrongPatientMatch from './wrong-patient-match.js';

/** Every hazard derivation rule, in number order. Ids and numbers are never reused or renamed. */
export const hazardRules: readonly HazardRule[] = [
  wrongPatientMatch,
  pdsNotReconciled,
  mergeNotApplied,
  staleDataInCare,
  silentFailure,
  messageLoss,
  duplicateOrOutOfOrder,
  mappingError,
  lossyConversion,
  timeZoneAmbiguity,
  attachmentUnreadable,
  errorsNotSurfaced,
  versionMismatch,
];

export function findRule(id: string): HazardRule | undefined {
  return hazardRules.find((r) => r.id === id);
}
