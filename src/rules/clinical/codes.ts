import { defineCodes } from '../../core/codes.js';

/** Diagnostic codes of this area. Each needs a docs page at docs/codes/<code>.md. */
export const clinicalCodes = defineCodes({
  'hazard-undecided': {
    severity: 'error',
    title: 'Hazard at or above the decision level has no CSO decision',
    message: (number: string, title: string, rating: number, from: number, entry: string) =>
      `hazard ${number} "${title}" is rated ${rating} and has no CSO decision (decisions are required from rating ${from}). ${entry}: decision (accepted, mitigate, transferred or closed), controls, residual likelihood and severity, rationale, decidedBy and decidedOn.`,
  },
  'hazard-residual-not-accepted': {
    severity: 'error',
    title: 'Residual risk at or above the acceptance threshold is not explicitly accepted',
    message: (number: string, rating: number, assumed: boolean, need: string) =>
      `hazard ${number} has residual rating ${rating}${assumed ? ' (no residual assessment is recorded, so the initial rating stands)' : ''}: ${need}`,
  },
  'hazard-residual-unacceptable': {
    severity: 'error',
    title: 'Residual rating 5 (unacceptable) can never be accepted',
    message: (number: string, assumed: boolean, accepting: boolean) =>
      `hazard ${number} has residual rating 5${assumed ? ' (no residual assessment is recorded, so the initial rating stands)' : ''}, an unacceptable level of risk${accepting ? ' that no decision can accept' : ''}. Add controls that lower the likelihood or consequence and record the new residual, or do not put the integration into use.`,
  },
  'hazard-rating4-not-allowed': {
    severity: 'error',
    title: 'Residual rating 4 accepted where the Clinical Risk Management Plan does not allow it',
    message: (number: string, assumed: boolean) =>
      `hazard ${number} has residual rating 4${assumed ? ' (no residual assessment is recorded, so the initial rating stands)' : ''} (mandatory elimination or control to reduce risk to an acceptable level), and the CRMP settings in govspec.config.yaml do not allow a 4 to be accepted. Add controls and record the reduced residual; only if your CRMP allows senior acceptance of a 4, set clinicalSafety.rating4Acceptance: { allowed: true, approver: <role> } in the config.`,
  },
  'hazard-rating4-unapproved': {
    severity: 'error',
    title: 'Residual rating 4 accepted without the approval the CRMP requires',
    message: (number: string, approver: string) =>
      `hazard ${number} accepts a residual rating of 4, which the Clinical Risk Management Plan allows only with the approval of ${approver}. Add approvedBy: <name and role> to the decision, or reduce the risk further.`,
  },
  'hazard-threshold-looser': {
    severity: 'warning',
    title: 'Clinical-safety setting is looser than the published meaning of the ratings',
    message: (key: string, configured: number, applied: number) =>
      `clinicalSafety.${key} is ${configured}, looser than the published DCB meanings allow (a residual 3 is acceptable only when further risk reduction is impractical, so it needs a recorded rationale), so ${applied} is applied. Set ${key}: ${applied} or lower; a CRMP may be stricter than the published meanings, never looser.`,
  },
  'hazard-evidence-missing': {
    severity: 'error',
    title: 'Control evidence path does not exist',
    message: (number: string, path: string) =>
      `evidence "${path}" for a control on hazard ${number} is not a file in the repository. Give a repository path relative to the repository root (check the spelling) or an http(s) URL.`,
  },
  'hazard-not-closed': {
    severity: 'error',
    title: 'A hazard in the committed hazard log is no longer derived and was not closed',
    message: (number: string, id: string, entry: string) =>
      `hazard ${number} (${id}) is in the committed hazard log but is no longer in this spec's log. Hazards are never deleted: ${entry} with status: closed and closure: <why the hazard no longer applies>, for the CSO to review.`,
  },
  'hazard-integration-removed': {
    severity: 'error',
    title: 'A spec with logged hazards was removed',
    message: (number: string, id: string, integration: string) =>
      `hazard ${number} (${id}) is in the committed hazard log but the spec for ${integration} is gone. Hazards are never deleted: restore the spec with status: retired and close each of its hazards with a closure reason.`,
  },
  'hazard-decision-removed': {
    severity: 'error',
    title: 'A recorded CSO decision was removed from the spec',
    message: (number: string, decided: string) =>
      `hazard ${number} had a CSO decision in the committed hazard log (${decided}) but the spec no longer records one. Restore the decision, or record a new one with decidedBy and decidedOn.`,
  },
  'hazard-closure-missing': {
    severity: 'error',
    title: 'Hazard closed without a reason',
    message: (number: string) =>
      `hazard ${number} is closed without a reason. Add closure: <why the hazard no longer applies or is fully controlled>.`,
  },
  'hazard-unknown-rule': {
    severity: 'error',
    title: 'Hazard decision names a rule that does not exist',
    message: (id: string, suggestion: string | undefined) =>
      `no hazard rule is called "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use a rule id or hazard number as shown in the hazard log (for example H09), or describe a local hazard under local: instead.`,
  },
  'hazard-decision-elsewhere': {
    severity: 'error',
    title: 'Hazard decision names a hazard of another integration',
    message: (written: string, owner: string, here: string, number: string) =>
      `"${written}" is a hazard of ${owner}, not of ${here}. Record the decision in the spec of ${owner}, or write derived: ${number} for this spec's own hazard.`,
  },
  'hazard-decision-duplicate': {
    severity: 'error',
    title: 'Two decisions for the same hazard',
    message: (what: string, firstLine: number) =>
      `${what} already has a decision at line ${firstLine}. Keep one entry per hazard and merge the two.`,
  },
  'hazard-entry-invalid': {
    severity: 'error',
    title: 'Hazard entry names neither or both of derived and local',
    message: () =>
      'each hazards: entry is either a decision on a derived hazard (derived: <rule id>) or a local hazard (local: {id, title, harm, initial}), not both and not neither. Fix the entry.',
  },
  'hazard-decision-orphan': {
    severity: 'warning',
    title: 'Decision for a hazard this spec does not derive',
    message: (rule: string) =>
      `rule ${rule} derives no hazard from this spec (the spec shows the control, or the triggering fact is absent). If the hazard was once relevant, set status: closed with a closure reason; otherwise remove the entry.`,
  },
  'hazard-transfer-incomplete': {
    severity: 'warning',
    title: 'Transferred hazard does not say where it went',
    message: (number: string) =>
      `hazard ${number} is transferred but transferredTo is empty. Name the organisation that now owns it (for example the supplier, under DCB 0129).`,
  },
  'hazard-residual-above-initial': {
    severity: 'warning',
    title: 'Residual rating is higher than the initial rating',
    message: (number: string, residual: number, initial: number) =>
      `hazard ${number} has residual rating ${residual}, higher than its initial rating ${initial}. Controls should not raise risk: check the residual likelihood and severity.`,
  },
  'hazard-decision-unsigned': {
    severity: 'warning',
    title: 'CSO decision does not say who decided or when',
    message: (number: string, missing: string) =>
      `the decision on hazard ${number} has no ${missing}. Record who decided (normally the CSO) and the date, so the hazard log shows accountability.`,
  },
  'hazard-matrix-not-monotonic': {
    severity: 'warning',
    title: 'Local risk matrix rates a worse combination lower',
    message: (cells: string) =>
      `the local risk matrix rates ${cells} lower than a less likely or less severe combination. Check the clinicalSafety.matrix rows against the Clinical Risk Management Plan.`,
  },
  'hazard-log-unreadable': {
    severity: 'warning',
    title: 'Committed hazard log could not be read',
    message: (path: string, detail: string) =>
      `the committed hazard log ${path} could not be read (${detail}), so removed hazards cannot be checked. Restore it from git (git checkout -- ${path}) and build again.`,
  },
});
