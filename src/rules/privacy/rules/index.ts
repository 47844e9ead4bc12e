import type { PrivacyRule } from '../rule.js';
import externalUnprotected from './external-unprotected.js';
import freeText from './free-text.js';
import itemsNotJustified from './items-not-justified.js';
import messageLogRetention from './message-log-retention.js';
import optOutNotAddressed from './opt-out-not-addressed.js';
import processorNoAgreement from './processor-no-agreement.js';
import secondaryImpliedConsent from './secondary-implied-consent.js';
import specialCategoryNoCondition from './special-category-no-condition.js';
import transferOutsideUk from './transfer-outside-uk.js';

/** Every privacy-risk rule, in the order risks appear in a DPIA. */
export const privacyRules: readonly PrivacyRule[] = [
  specialCategoryNoCondition,
  secondaryImpliedConsent,
  optOutNotAddressed,
  itemsNotJustified,
  freeText,
  externalUnprotected,
  processorNoAgreement,
  transferOutsideUk,
  messageLogRetention,
];
