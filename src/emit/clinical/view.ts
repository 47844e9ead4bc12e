import { posix } from 'node:path';
import type { Rating } from '../../catalogue/dcb-levels.js';
import { consequenceLabel, likelihoodLabel, ratingMeanings } from '../../catalogue/dcb-levels.js';
import type { HazardLog, Assessment, Hazard, Control } from '../../rules/clinical/types.js';
import { needsDecision, residualNotAccepted } from '../../rules/clinical/gate.js';
import type { BuildInfo } from '../types.js';

/** Text shared by the Markdown, Excel and Word clinical-safety artefacts. */

export const outputFolder = 'clinical-safety';

export function integrationPage(id: string): string {
  return `${outputFolder}/integrations/${id}.md`;
}

export function assessmentText(a: Assessment | undefined): string {
  if (!a) return 'not assessed';
  return `${a.rating} (${likelihoodLabel(a.likelihood)} / ${consequenceLabel(a.severity)})`;
}

export const controlKindLabels: Record<Control['kind'], string> = {
  design: 'Design',
  test: 'Test',
  training: 'Training',
  'business-process': 'Business process',
};

export function statusText(h: Hazard): string {
  const status = h.status.charAt(0).toUpperCase() + h.status.slice(1);
  return h.derivedNow ? status : `${status} (no longer derived)`;
}

export function decisionText(h: Hazard): string {
  if (!h.decision && h.status === 'open') return 'No decision recorded';
  const what = h.decision ? h.decision.charAt(0).toUpperCase() + h.decision.slice(1) : statusText(h);
  const to = h.transferredTo ? ` to ${h.transferredTo}` : '';
  return `${what}${to} (decided by ${h.decidedBy ?? 'not recorded'}, ${h.decidedOn ?? 'date not recorded'})`;
}

/** The rating that stands now: the residual when assessed, else the initial. */
export function currentRating(h: Hazard): Rating {
  return h.residual?.rating ?? h.initial.rating;
}

export function buildDate(build: BuildInfo): string {
  return build.date ?? 'not recorded';
}

/** The last commit that changed the inputs, short. Signed documents cite the input digest instead. */
export function buildCommit(build: BuildInfo): string {
  return build.commit ? build.commit.slice(0, 12) : 'not recorded';
}

/**
 * The input digest, short: what a signed document cites. It names the exact inputs even when
 * they were not committed (build-info.json says which commit, if any, held them).
 */
export function buildInputs(build: BuildInfo): string {
  return build.inputs ? build.inputs.slice(0, 12) : 'not recorded';
}

export function matrixText(log: HazardLog): string {
  return `${log.matrix.name} (${log.matrix.published ? 'published table' : 'local matrix from the Clinical Risk Management Plan'})`;
}

/** A repository file as a link relative to a generated file, with a GitHub-style line anchor. */
export function relativeLink(fromGenerated: string, output: string, file: string, line?: number): string {
  const from = posix.dirname(posix.join(output, fromGenerated));
  const rel = posix.relative(from, file);
  return line ? `${rel}#L${line}` : rel;
}

export const ratingOrder: readonly Rating[] = [5, 4, 3, 2, 1];

export function ratingMeaning(r: Rating): string {
  return ratingMeanings[r];
}

/** Hazards that the gate stops: undecided at or above the decision level, or residual not accepted. */
export function gateIssues(log: HazardLog): { undecided: Hazard[]; unaccepted: Hazard[] } {
  return {
    undecided: log.hazards.filter((h) => needsDecision(h, log.decisionRequiredFrom)),
    unaccepted: log.hazards.filter((h) => residualNotAccepted(h, log.acceptanceThreshold)),
  };
}

/** Hazards by integration id, in log order (one pass, for estates of thousands of integrations). */
export function hazardsByIntegration(log: HazardLog): Map<string, Hazard[]> {
  const out = new Map<string, Hazard[]>();
  for (const h of log.hazards) {
    const list = out.get(h.integration);
    if (list) list.push(h);
    else out.set(h.integration, [h]);
  }
  return out;
}
