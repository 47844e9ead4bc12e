/**
 * Shape of a pinned DSPT edition. Facts carry the confidence of their source so that outputs
 * never present a third-party or unconfirmed title as NHS England's own words.
 */
export type DsptConfidence =
  /** Stated on an NHS England page for this edition. */
  | 'official'
  /** Taken from NHS England's mandatory independent-audit list for the edition. */
  | 'audit-list'
  /** From a third-party outcome mapping: the title may differ in this edition. */
  | 'third-party'
  /** Not confirmed from any retrieved source. */
  | 'unconfirmed';

/** Shown beside every fact that is not official or from the audit list. */
export const dsptConfirmPhrase = "confirm against the edition's published guidance";

export interface DsptObjective {
  id: string;
  title: string;
}

export interface DsptPrinciple {
  id: string;
  objective: string;
  title: string;
  confidence: DsptConfidence;
}

export interface DsptOutcome {
  id: string;
  principle: string;
  title: string;
  confidence: DsptConfidence;
  /** What an integration-governance tool can evidence for it, or why nothing. */
  scope: string;
}

/** Which mandatory audit list applies: NHS bodies, or operators of essential services and genomics organisations. */
export type DsptAuditScope = 'nhs' | 'oes-genomics';

export interface DsptAuditList {
  scope: DsptAuditScope;
  /** Who the list applies to, in the edition's words. */
  appliesTo: string;
  /** Outcomes every organisation in scope must have independently audited. */
  outcomes: readonly string[];
  /** How many more the organisation chooses (config dspt.auditChoice), from any outcome of the edition. */
  choose: number;
  confidence: DsptConfidence;
  note?: string;
  /** Where the list is published. */
  source: string;
}

export interface DsptEdition {
  id: string;
  title: string;
  /** Who the edition applies to. */
  appliesTo: string;
  /** Total contributing outcomes in the edition, of which `outcomes` lists those govspec can speak to. */
  outcomeCount: number;
  baseline: { text: string; confidence: DsptConfidence };
  deadline?: string;
  objectives: readonly DsptObjective[];
  principles: readonly DsptPrinciple[];
  outcomes: readonly DsptOutcome[];
  /** The mandatory audit list for NHS bodies (the default scope). */
  audit: DsptAuditList;
  /** Every mandatory audit list the edition publishes, by scope. */
  auditLists: readonly DsptAuditList[];
  /** Every contributing outcome of the edition: an organisation may choose any of them for audit. */
  auditable: readonly DsptOutcome[];
  /** Points an auditor should read before relying on the mapping. */
  notes: readonly string[];
  sources: readonly string[];
}

export function isConfirmed(c: DsptConfidence): boolean {
  return c === 'official' || c === 'audit-list';
}
