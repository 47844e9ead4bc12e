/**
 * The information-governance facts of a spec as written (lawful basis, transparency, rights,
 * objection, sharing agreement, recipients, storage, user access). Mirrors the JSON Schema.
 */
export type Article6Basis =
  '6(1)(a)' | '6(1)(b)' | '6(1)(c)' | '6(1)(d)' | '6(1)(e)' | '6(1)(ea)' | '6(1)(f)';

export type Schedule1Condition =
  | 'pt1-para1'
  | 'pt1-para2'
  | 'pt1-para3'
  | 'pt1-para4'
  | 'pt2-para6'
  | 'pt2-para8'
  | 'pt2-para10'
  | 'pt2-para11'
  | 'pt2-para16'
  | 'pt2-para17'
  | 'pt2-para18';

export type StatutoryRouteKind =
  | 's251b-duty-to-share'
  | 's254-direction'
  | 's259-requirement'
  | 's251-support'
  | 'copi-regulation-3'
  | 'court-order'
  | 'other';

export interface WrittenLawfulBasis {
  article6: string;
  recognisedInterest?: string;
  article9?: string;
  schedule1?: Schedule1Condition;
  confidentiality?:
    | 'implied-consent'
    | 'explicit-consent'
    | 's251'
    | 'legal-requirement'
    | 'overriding-public-interest'
    | 'not-confidential';
  statutory?: Array<{ route: StatutoryRouteKind; reference?: string; text?: string }>;
  optOut?: { applies: 'yes' | 'no' | 'not-assessed'; applied?: boolean; reason?: string };
}

export type TransferSafeguardKind =
  'approved-by-regulations' | 'safeguards' | 'derogation' | 'adequacy' | 'idta' | 'addendum' | 'none';

export interface WrittenTransfer {
  country: string;
  safeguard?: TransferSafeguardKind;
  dataProtectionTest?: boolean;
}

export interface WrittenProcessor {
  name: string;
  service?: string;
  agreement?: string;
  dspt?: string;
  country?: string;
}

export type TransparencyMeans =
  'privacy-notice' | 'leaflet' | 'letter' | 'website' | 'app' | 'at-point-of-care' | 'none';

export interface WrittenTransparency {
  notice?: string;
  coversFlow?: boolean;
  means?: TransparencyMeans[];
  text?: string;
}

export interface WrittenRights {
  process?: string;
  handledBy?: string;
  text?: string;
}

export interface WrittenObjection {
  honoured: 'yes' | 'no' | 'case-by-case' | 'not-applicable';
  mechanism?: string;
  text?: string;
}

export interface WrittenSharingAgreement {
  kind:
    | 'data-sharing-agreement'
    | 'joint-controller-agreement'
    | 'national-data-sharing-arrangement'
    | 'contract'
    | 'none';
  reference?: string;
  reviewed?: string;
  configuredIn?: string;
  configurationReviewed?: string;
}

export type RecipientAssurance =
  'dspt-standards-met' | 'sharing-agreement' | 'contract' | 'conformance-assured' | 'none' | 'not-known';

export interface WrittenRecipient {
  name: string;
  org?: string;
  role?: 'controller' | 'joint-controller' | 'processor';
  assurance?: RecipientAssurance;
  purpose?: string;
}

export interface WrittenStorage {
  country?: string;
  hosting?: string;
  encryptedAtRest?: boolean;
}

export interface WrittenUserAccess {
  users?: string;
  authentication?:
    | 'nhs-cis2'
    | 'smartcard'
    | 'single-sign-on'
    | 'local-account'
    | 'shared-account'
    | 'none'
    | 'not-applicable';
  roleBased?: boolean;
  relationshipCheck?: boolean;
}

/** The top-level keys of this file, as WrittenSpec carries them. */
export interface WrittenPrivacyFacts {
  benefits?: string[];
  transparency?: WrittenTransparency;
  rights?: WrittenRights;
  objection?: WrittenObjection;
  sharingAgreement?: WrittenSharingAgreement;
  recipients?: WrittenRecipient[];
  storage?: WrittenStorage;
  userAccess?: WrittenUserAccess;
}
