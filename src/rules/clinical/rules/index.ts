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
import resultsIncomplete from './results-incomplete.js';
import withheldReadAsAbsent from './withheld-read-as-absent.js';
import warningsIgnored from './warnings-ignored.js';
import multipleMatches from './multiple-matches.js';
import codeNotProcessed from './code-not-processed.js';
import displayTextMissing from './display-text-missing.js';
import sectionsNotRendered from './sections-not-rendered.js';
import narrativeMismatch from './narrative-mismatch.js';
import freeTextNotShown from './free-text-not-shown.js';
import negationLost from './negation-lost.js';
import actionNotSeen from './action-not-seen.js';
import decisionSupportBypassed from './decision-support-bypassed.js';
import autoFiledUnreviewed from './auto-filed-unreviewed.js';
import correctionNotPropagated from './correction-not-propagated.js';
import localChangeNotSent from './local-change-not-sent.js';
import writeBackWrongPatient from './write-back-wrong-patient.js';
import writeBackNotConfirmed from './write-back-not-confirmed.js';
import screenAutomationMisentry from './screen-automation-misentry.js';
import liveDisplayStale from './live-display-stale.js';
import feedSilenceUnnoticed from './feed-silence-unnoticed.js';
import noDowntimeProcedure from './no-downtime-procedure.js';
import alertNotAcknowledged from './alert-not-acknowledged.js';
import testLiveMixed from './test-live-mixed.js';
import dependentIdentifierLost from './dependent-identifier-lost.js';
import migrationNotReconciled from './migration-not-reconciled.js';
import undeliveredAtHop from './undelivered-at-hop.js';
import wrongRecipient from './wrong-recipient.js';
import subscriptionGap from './subscription-gap.js';
import requestFailureReadAsEmpty from './request-failure-read-as-empty.js';
import preliminaryReadAsFinal from './preliminary-read-as-final.js';
import characterSetMismatch from './character-set-mismatch.js';

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
  resultsIncomplete,
  withheldReadAsAbsent,
  warningsIgnored,
  multipleMatches,
  codeNotProcessed,
  displayTextMissing,
  sectionsNotRendered,
  narrativeMismatch,
  freeTextNotShown,
  negationLost,
  actionNotSeen,
  decisionSupportBypassed,
  autoFiledUnreviewed,
  correctionNotPropagated,
  localChangeNotSent,
  writeBackWrongPatient,
  writeBackNotConfirmed,
  screenAutomationMisentry,
  liveDisplayStale,
  feedSilenceUnnoticed,
  noDowntimeProcedure,
  alertNotAcknowledged,
  testLiveMixed,
  dependentIdentifierLost,
  migrationNotReconciled,
  undeliveredAtHop,
  wrongRecipient,
  subscriptionGap,
  requestFailureReadAsEmpty,
  preliminaryReadAsFinal,
  characterSetMismatch,
];

export function findRule(id: string): HazardRule | undefined {
  return hazardRules.find((r) => r.id === id);
}
