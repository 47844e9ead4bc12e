import { defineCodes } from '../../core/codes.js';

/**
 * Diagnostic codes of this area. Each privacy-risk rule reports under its own id while no IG
 * decision is recorded for the risk; each code has a docs page at docs/codes/<code>.md.
 */
const decide =
  'or record the IG decision under privacyRisks (derived: this code, effect, residual, approved)';

export const privacyCodes = defineCodes({
  'privacy-special-category-no-condition': {
    severity: 'warning',
    title: 'Special category data without an Art. 9 condition',
    message: (what: string) =>
      `${what}, but lawfulBasis.article9 names no UK GDPR Art. 9 condition. Add one (for direct care 9(2)(h), backed by DPA 2018 Sch.1 Pt.1 para 2), ${decide}.`,
  },
  'privacy-external-unprotected': {
    severity: 'warning',
    title: 'Identifiable data leaves the organisation unencrypted',
    message: (what: string) =>
      `${what}. Encrypt in transit (transport.encryption: tls, mtls or message-level), ${decide}.`,
  },
  'privacy-free-text': {
    severity: 'warning',
    title: 'Free text beyond need',
    message: (what: string) =>
      `${what}. Free text can hold anything a clinician typed: say why each free-text item is needed (data.items[].needed), drop it, ${decide}.`,
  },
  'privacy-items-not-justified': {
    severity: 'warning',
    title: 'Data items not justified against the purpose',
    message: (what: string) =>
      `${what}. Say why each item is needed for the purpose (data.items[].needed), remove the items that are not needed, ${decide}.`,
  },
  'privacy-secondary-implied-consent': {
    severity: 'warning',
    title: 'Secondary use resting on implied consent',
    message: (what: string) =>
      `${what}. Implied consent covers direct care only: record the basis that sets the duty of confidence aside (explicit-consent, s251, legal-requirement), de-identify the data, ${decide}.`,
  },
  'privacy-opt-out-not-addressed': {
    severity: 'warning',
    title: 'National data opt-out not addressed where it may apply',
    message: (what: string) =>
      `${what}. Record lawfulBasis.optOut (applies: yes with applied: true, or applies: no with the reason), ${decide}.`,
  },
  'privacy-processor-no-agreement': {
    severity: 'warning',
    title: 'Processor with no agreement recorded',
    message: (what: string) =>
      `${what}. Record the data processing agreement (processors[].agreement: a repository path or URL), ${decide}.`,
  },
  'privacy-transfer-outside-uk': {
    severity: 'warning',
    title: 'Transfer outside the UK without a lawful route',
    message: (what: string) =>
      `${what}. Record the transfer route (transfers[].safeguard: approved-by-regulations, safeguards with dataProtectionTest: true, or derogation), ${decide}.`,
  },
  'privacy-message-log-retention': {
    severity: 'warning',
    title: 'Message log keeps identifiable data longer than needed',
    message: (what: string) =>
      `${what}. Keep message content only as long as it is needed to resend or investigate (retention.messageLog, with an automatic purge), ${decide}.`,
  },
  'privacy-not-informed': {
    severity: 'warning',
    title: 'Individuals not informed of the sharing',
    message: (what: string) =>
      `${what}. Record the privacy notice that names this sharing (transparency: notice, coversFlow: true, means), ${decide}.`,
  },
  'privacy-use-beyond-purpose': {
    severity: 'warning',
    title: 'Use beyond the stated purpose',
    message: (what: string) =>
      `${what}. Change the consumer's use, widen the purpose with its own lawful basis, or split the flow, ${decide}.`,
  },
  'privacy-recipients-not-assured': {
    severity: 'warning',
    title: 'Recipients not named or not assured',
    message: (what: string) =>
      `${what}. Name each receiving organisation with how it is assured (recipients[]: name, org, assurance), ${decide}.`,
  },
  'privacy-access-not-authorised': {
    severity: 'warning',
    title: 'End users reach the data without proper authorisation',
    message: (what: string) =>
      `${what}. Record how users sign in and are authorised (userAccess: authentication, roleBased, relationshipCheck), ${decide}.`,
  },
  'privacy-objection-overridden': {
    severity: 'warning',
    title: 'Dissent or objection overridden',
    message: (what: string) =>
      `${what}. Record how objections and dissent are honoured (objection: honoured, mechanism), ${decide}.`,
  },
  'privacy-availability-loss': {
    severity: 'warning',
    title: 'Loss of availability of the data for care',
    message: (what: string) =>
      `${what}. Agree support hours and a restore time that match when the data is used for care (sla), ${decide}.`,
  },
  'privacy-sharing-agreement-missing': {
    severity: 'warning',
    title: 'Data-sharing agreement missing or its configuration unreviewed',
    message: (what: string) =>
      `${what}. Record the agreement and the review of the sharing configuration (sharingAgreement: kind, reference, configuredIn, configurationReviewed), ${decide}.`,
  },
  'privacy-undeclared-destination': {
    severity: 'warning',
    title: 'Data goes to a destination the spec does not declare',
    message: (what: string) =>
      `${what}. Declare the destination: a transfer (transfers[]) for a country outside the UK, the role of every system that keeps content (route[].role), ${decide}.`,
  },
  'privacy-identifiers-exposed': {
    severity: 'warning',
    title: 'Identifiers in URLs or logs',
    message: (what: string) =>
      `${what}. Keep identifiers out of URLs and logs where the interface allows, or limit who can read those logs and how long they are kept, ${decide}.`,
  },
  'privacy-decision-unmatched': {
    severity: 'warning',
    title: 'Privacy decision for a risk that is not raised',
    message: (id: string, known: string) =>
      `privacyRisks names derived risk ${id}, which no rule raises for this spec${known}. If the risk was resolved, remove the entry; if it is still a risk, describe it as a local risk.`,
  },
  'privacy-decision-no-subject': {
    severity: 'error',
    title: 'Privacy decision names no risk',
    message: () =>
      'this privacyRisks entry has neither derived (the id of a raised risk) nor local (a risk described here). Add one of them.',
  },
  'privacy-residual-high': {
    severity: 'warning',
    title: 'High residual privacy risk',
    message: (id: string) =>
      `the residual risk of ${id} is recorded as high. UK GDPR Art. 36 requires consulting the ICO before the processing starts: record the consultation in the rationale, or reduce the risk further.`,
  },
  'privacy-diagrams-not-rendered': {
    severity: 'info',
    title: 'Data-flow diagrams were not rendered',
    message: (reason: string, names: string[]) =>
      `${names.length === 1 ? 'one data-flow diagram has' : `${names.length} data-flow diagrams have`} no picture in this build, because Chromium, which draws them, could not be started (${reason}): ${names.join(', ')}. Their .mmd sources were written, and the documents that show them say in place of the picture that the diagram was not drawn. Install Chromium and build again to draw them (Debian/Ubuntu: apt-get install chromium; or set GOVSPEC_CHROMIUM to a Chrome/Chromium executable).`,
  },
  'privacy-diagram-failed': {
    severity: 'warning',
    title: 'A data-flow diagram failed to render',
    message: (name: string, detail: string) =>
      `diagram ${name} could not be rendered (${detail}). Its .mmd source was written, no earlier picture was kept, and the documents that show it say so. This is a govspec bug if the specs validate: please report it with the .mmd file.`,
  },
});
