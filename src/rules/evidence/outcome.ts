import type { Estate, Integration } from '../../model/estate.js';
import type { Analysis } from '../analysis.js';

export type OutcomeStatus = 'evidenced' | 'partial' | 'none';

/**
 * An artefact an outcome cites, by its path in the build output. A path ending in '/' cites every
 * generated file under that folder; the bundle resolves citations against the files actually built.
 */
export interface Citation {
  path: string;
  label: string;
}

/** An integration (or the organisation config) that leaves a blank this outcome needs filled. */
export interface Gap {
  /** Integration id, or 'organisation' for the config. */
  subject: string;
  title: string;
  missing: string[];
}

export interface OutcomeAssessment {
  status: OutcomeStatus;
  /** What the evidence is, in one sentence an auditor can check against the cited files. */
  basis: string;
  cites: Citation[];
  gaps: Gap[];
  /** Why there is no evidence, when status is 'none'. */
  reason?: string;
  /** How many integrations the outcome looked at. */
  considered: number;
  /**
   * Documents in the repository the status depends on, and the kind each must be: the pack reads
   * them and counts an integration complete only when its document is there and of that kind.
   */
  documents?: RequiredDocument[];
}

/** What a cited document must be to count: a response plan (D1.a), an operating procedure (B1.a). */
export type DocumentKind = 'response-plan' | 'procedure';

export interface RequiredDocument {
  /** Integration id. */
  subject: string;
  title: string;
  /** Repository path or URL, as the spec gives it. */
  path: string;
  kind: DocumentKind;
  /** What it is, in words ('runbook'). */
  label: string;
}

export interface EvidenceInput {
  readonly estate: Estate;
  readonly analysis: Partial<Analysis>;
}

/** One registered mapping from what govspec knows to one DSPT outcome. */
export interface OutcomeUnit {
  /** Stable id, e.g. 'dspt-b3a-data-flows'; docs at docs/evidence/<id>.md. */
  id: string;
  outcome: string;
  description: string;
  assess(input: EvidenceInput): OutcomeAssessment;
}

export function defineOutcomeUnit(unit: OutcomeUnit): OutcomeUnit {
  return unit;
}

/** Lifecycle scopes: integrations being designed or running, and those actually in service. */
export const designed = (i: Integration): boolean => i.status !== 'retired';
export const inService = (i: Integration): boolean => i.status === 'live' || i.status === 'retiring';

const identifiableClasses = new Set(['identifier', 'personal', 'health', 'special']);
export const identifiable = (i: Integration): boolean =>
  i.data.items.length === 0 || i.data.items.some((d) => identifiableClasses.has(d.class));

const patientSubjects = new Set(['patients', 'children', 'maternity', 'mental-health']);
/**
 * Identifiable data about patients: confidential patient information, which the common-law duty
 * of confidentiality and the national data opt-out are about (staff data is not).
 */
export const patientData = (i: Integration): boolean =>
  identifiable(i) && (i.data.subjects.length === 0 || i.data.subjects.some((s) => patientSubjects.has(s)));

export interface PerIntegration {
  basis: string;
  cites: Citation[];
  scope: (i: Integration) => boolean;
  /** The blanks of one integration, in words ('runbook', 'monitoring view'); empty when complete. */
  missing: (i: Integration) => string[];
  /** Why there is no evidence when no integration is in scope. */
  emptyReason: string;
  /** Organisation-level blanks (config), counted like an integration's. */
  organisation?: string[];
  /** The document of one integration whose content must be of a kind (its path as written). */
  documents?: (i: Integration) => Array<Omit<RequiredDocument, 'subject' | 'title'>>;
}

/**
 * The common shape of an outcome judged integration by integration: evidenced when every
 * integration in scope is complete, partial when some are, none when none are (or none in scope).
 */
export function perIntegration(input: EvidenceInput, p: PerIntegration): OutcomeAssessment {
  const inScope = input.estate.integrations.filter(p.scope);
  const gaps: Gap[] = [];
  if (p.organisation && p.organisation.length > 0) {
    gaps.push({
      subject: 'organisation',
      title: input.estate.config.organisation.name,
      missing: p.organisation,
    });
  }
  for (const i of inScope) {
    const missing = p.missing(i);
    if (missing.length > 0) gaps.push({ subject: i.id, title: i.title, missing });
  }
  const documents = p.documents
    ? inScope.flatMap((i) => p.documents!(i).map((d) => ({ ...d, subject: i.id, title: i.title })))
    : [];
  const base = {
    basis: p.basis,
    cites: p.cites,
    gaps,
    considered: inScope.length,
    ...(documents.length > 0 ? { documents } : {}),
  };
  if (inScope.length === 0) return { ...base, status: 'none', reason: p.emptyReason };
  return { ...base, ...statusOf(inScope.length, gaps) };
}

/**
 * Status from the blanks: evidenced when nothing is blank, none when every integration in scope
 * leaves a blank (with the reason), partial otherwise. The pack uses it again after reading the
 * documents an outcome depends on.
 */
export function statusOf(
  considered: number,
  gaps: readonly Gap[],
): { status: OutcomeStatus; reason?: string } {
  const blankIntegrations = gaps.filter((g) => g.subject !== 'organisation').length;
  if (considered > 0 && blankIntegrations >= considered)
    return { status: 'none', reason: `every integration in scope leaves this blank (${blankIntegrations})` };
  return { status: gaps.length === 0 ? 'evidenced' : 'partial' };
}

/** An outcome whose source artefact was not produced in this build; `reason` says which. */
export function absent(basis: string, cites: Citation[], reason: string): OutcomeAssessment {
  return { status: 'none', basis, cites, gaps: [], considered: 0, reason };
}

export const notProduced = (what: string): string => `${what} was not produced in this build`;

/** Items grouped by integration id, so per-integration lookups stay linear on large estates. */
export function byIntegration<T extends { integration: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.integration);
    if (list) list.push(item);
    else out.set(item.integration, [item]);
  }
  return out;
}
