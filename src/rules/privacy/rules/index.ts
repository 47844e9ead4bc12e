import type { PrivacyRule } from '../rule.js';
import accessNotAuthorised from './access-not-authorised.js';
import availabilityLoss from './availability-loss.js';
import externalUnprotected from './external-unprotected.js';
import freeText from './free-text.js';
import identifiersExposed from './identifiers-exposed.js';
import itemsNotJustified from './items-not-justified.js';
import messageLogRetention from './message-log-retention.js';
import notInformed from './not-informed.js';
import objectionOverridden from './objection-overridden.js';
import optOutNotAddressed from './opt-out-not-addressed.js';
import processorNoAgreement from './processor-no-agreement.js';
import recipientsNotAssured from './recipients-not-assured.js';
import secondaryImpliedConsent from './secondary-implied-consent.js';
import sharingAgreementMissing from './sharing-agreement-missing.js';
import specialCategoryNoCondition from './special-category-no-condition.js';
import transferOutsideUk from './transfer-outside-uk.js';
import undeclaredDestination from './undeclared-destination.js';
import useBeyondPurpose from './use-beyond-purpose.js';

/**
 * Every privacy-risk rule, in the order risks appear in a DPIA: lawfulness and fairness first,
 * then transparency and rights, minimisation, sharing, security and availability, retention.
 */
export const privacyRules: readonly PrivacyRule[] = [
  specialCategoryNoCondition,
  secondaryImpliedConsent,
  optOutNotAddressed,
  useBeyondPurpose,
  notInformed,
  objectionOverridden,
  itemsNotJustified,
  freeText,
  identifiersExposed,
  recipientsNotAssured,
  sharingAgreementMissing,
  processorNoAgreement,
  undeclaredDestination,
  transferOutsideUk,
  externalUnprotected,
  accessNotAuthorised,
  availabilityLoss,
  messageLogRetention,
];
