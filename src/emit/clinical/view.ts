import { posix } from 'node:path';
import { dateWords } from '../../core/formats.js';
import type { Rating } from '../../catalogue/dcb-levels.js';
import { consequenceLabel, likelihoodLabel, ratingMeanings } from '../../catalogue/dcb-levels.js';
import type { HazardLog, Assessment, Hazard, Control } from '../../rules/clinical/types.js';
import { acceptanceProblems, needsDecision } from '../../rules/clinical/gate.js';
import type { Config } from '../../model/estate.js';
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
  const approved = h.approvedBy ? `; approved by ${h.approvedBy}` : '';
  return `${what}${to} (decided by ${h.decidedBy ?? 'not recorded'}, ${h.decidedOn ? dateWords(h.decidedOn) : 'date not recorded'}${approved})`;
}

/** The rating that stands now: the residual when assessed, else the initial. */
export function currentRating(h: Hazard): Rating {
  return h.residual?.rating ?? h.initial.rating;
}

export function buildDate(build: BuildInfo): string {
  return build.date ? dateWords(build.date) : 'not recorded';
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

/** Hazards that the gate stops: undecided at or above the decision level, or a standing risk not acceptable. */
export function gateIssues(log: HazardLog): { undecided: Hazard[]; unaccepted: Hazard[] } {
  return {
    undecided: log.hazards.filter((h) => needsDecision(h, log.decisionRequiredFrom)),
    unaccepted: log.hazards.filter((h) => acceptanceProblems(h, log).length > 0),
  };
}

const grouped = new WeakMap<readonly Hazard[], Map<string, Hazard[]>>();

/** Hazards by integration id, in log order (one pass, for estates of thousands of integrations). */
export function hazardsByIntegration(log: HazardLog): Map<string, Hazard[]> {
  // Asked once per integration by per-integration emitters: grouped once per list of hazards.
  const known = grouped.get(log.hazards);
  if (known) return known;
  const out = new Map<string, Hazard[]>();
  grouped.set(log.hazards, out);
  for (const h of log.hazards) {
    const list = out.get(h.integration);
    if (list) list.push(h);
    else out.set(h.integration, [h]);
  }
  return out;
}

/** The acceptance rules in force, in words, for document control and the safety case. */
export function acceptanceRules(log: HazardLog): string[] {
  const r4 = log.rating4;
  const where = r4.reference ? ` (${r4.reference})` : '';
  const lower =
    log.acceptanceThreshold <= 2
      ? [
          `Stricter local setting: a residual rating of ${log.acceptanceThreshold === 1 ? '1 or 2' : '2'} also needs a recorded acceptance with a rationale.`,
        ]
      : [];
  return [
    'A residual rating of 5 (unacceptable) is never accepted.',
    r4.allowed
      ? `A residual rating of 4 may be accepted only with a rationale and the approval of ${r4.approver ?? 'the person the Clinical Risk Management Plan names'}${where}.`
      : `A residual rating of 4 is not accepted under the Clinical Risk Management Plan${where}: it must be reduced by further controls.`,
    'A residual rating of 3 is accepted only with a recorded rationale that further risk reduction is impractical.',
    ...lower,
    'A transferred hazard stays in this log: the residual risk that stays with the organisation is held to the same rules.',
  ];
}

/** The organisation's Clinical Risk Management Plan, as config names it. */
export function planText(config: Config): string {
  const plan = config.clinicalSafety.plan;
  if (!plan) return 'not named in govspec.config.yaml (clinicalSafety.plan)';
  return [plan.title, plan.version ? `version ${plan.version}` : '', plan.reference ?? '']
    .filter(Boolean)
    .join(', ');
}
