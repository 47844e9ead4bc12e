import type { Diagnostic } from '../core/diagnostics.js';

/** Who must review a change. People come from the config (and, for the owner, the spec). */
export type Role = 'cso' | 'caldicott' | 'dpo' | 'owner';

export const roleOrder: readonly Role[] = ['cso', 'caldicott', 'dpo', 'owner'];

export const roleTitles: Record<Role, string> = {
  cso: 'Clinical Safety Officer',
  caldicott: 'Caldicott Guardian',
  dpo: 'IG lead / Data Protection Officer',
  owner: 'Service owner',
};

/** One spec field (or list entry) whose value moved between the revisions. */
export interface FieldChange {
  /** Aspect id (see aspects.ts): what kind of governance fact this is. */
  aspect: string;
  /** Readable path, e.g. `lawfulBasis.article6` or `data.items[Clinical notes].freeText`. */
  field: string;
  /** Absent when the field or entry was added. */
  before?: string;
  /** Absent when the field or entry was removed. */
  after?: string;
}

export type FindingChangeKind =
  'raised' | 'reopened' | 'closed' | 're-rated' | 'decided' | 'changed' | 'dropped';

/** A derived finding (hazard or privacy risk) that appeared, moved or went between the revisions. */
export interface FindingChange {
  kind: FindingChangeKind;
  id: string;
  title: string;
  before?: string;
  after?: string;
}

export interface DsptChange {
  outcome: string;
  title: string;
  before?: string;
  after?: string;
}

export type RequiredKind = 'version-not-bumped' | 'hazard-undecided' | 'hazard-dropped';

/** A decision the change needs before it can merge; each is also an error diagnostic. */
export interface RequiredDecision {
  kind: RequiredKind;
  integration: string;
  /** Hazard id for hazard decisions. */
  hazard?: string;
  role: Role;
  message: string;
}

export type IntegrationChangeKind = 'added' | 'changed' | 'retired' | 'removed';

export interface IntegrationDiff {
  id: string;
  title: string;
  change: IntegrationChangeKind;
  file: { before?: string; after?: string };
  version: { before?: string; after?: string };
  status: { before?: string; after?: string };
  fields: FieldChange[];
  hazards: FindingChange[];
  privacy: FindingChange[];
  reviewers: Role[];
  required: RequiredDecision[];
}

/** A spec that only moved or was renamed: no governance change. */
export interface MovedSpec {
  id: string;
  from: string;
  to: string;
}

export interface Person {
  role: Role;
  name?: string;
  /** Code-host handle (`@org/team`), or a contact address when no handle is recorded. */
  handle?: string;
  /** Integrations this person must review. */
  integrations: string[];
}

export interface RevisionLabel {
  /** What the user asked for (`origin/main`, `HEAD`, `working tree`). */
  ref: string;
  commit?: string;
  date?: string;
  /** False when the revision has no govspec config: every integration is then new. */
  hasConfig: boolean;
}

/** Which derived-finding sections the compared builds could fill (the analysis slots present). */
export interface DiffSections {
  hazards: boolean;
  privacy: boolean;
  dspt: boolean;
}

export interface GovernanceDiff {
  base: RevisionLabel;
  head: RevisionLabel;
  integrations: IntegrationDiff[];
  moved: MovedSpec[];
  dspt: DsptChange[];
  sections: DiffSections;
  reviewers: Person[];
  required: RequiredDecision[];
  diagnostics: Diagnostic[];
}

export const roleShort: Record<Role, string> = {
  cso: 'CSO',
  caldicott: 'Caldicott',
  dpo: 'IG/DPO',
  owner: 'Owner',
};
