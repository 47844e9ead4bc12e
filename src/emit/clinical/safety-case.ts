import type { Rating } from '../../catalogue/dcb-levels.js';
import type { HazardLog } from '../../rules/clinical/types.js';
import type { EmitContext } from '../types.js';
import {
  assessmentText,
  buildCommit,
  buildInputs,
  buildDate,
  controlKindLabels,
  currentRating,
  decisionText,
  gateIssues,
  hazardsByIntegration,
  matrixText,
  ratingMeaning,
  ratingOrder,
} from './view.js';
import type { RoleWording } from './wording.js';
import { legalBasis, roleWording } from './wording.js';

/**
 * The draft Clinical Safety Case Report as data, so the Markdown and Word versions say the same
 * thing. Every value is plain text; each renderer escapes it for its format.
 */
export interface SafetyCase {
  title: string;
  organisation: string;
  ods: string;
  wording: RoleWording;
  cso: string;
  date: string;
  commit: string;
  inputs: string;
  govspecVersion: string;
  matrix: string;
  decisionRequiredFrom: number;
  acceptanceThreshold: number;
  purpose: string[];
  summary: string[];
  scope: string[][];
  byRating: Array<{ rating: Rating; meaning: string; residual: number; initialOnly: number }>;
  open: string[][];
  controls: string[][];
  undecided: string[];
  unaccepted: string[];
  statement: string;
}

export const scopeHeaders = ['Integration', 'Title', 'Status', 'Source to target', 'Hazards', 'Open'];
export const openHeaders = ['Hazard no.', 'Hazard', 'Initial', 'Residual', 'Decision'];
export const controlHeaders = ['Hazard no.', 'Type', 'Control', 'Evidence'];

export function safetyCase(ctx: EmitContext, log: HazardLog): SafetyCase {
  const org = ctx.estate.config.organisation;
  const wording = roleWording(org);
  const live = log.hazards.filter((h) => h.status !== 'closed');
  const gate = gateIssues(log);
  const integrations = ctx.estate.integrations.filter((i) => i.status !== 'retired');
  const opened = log.hazards.filter((h) => h.status === 'open');
  const grouped = hazardsByIntegration(log);
  return {
    title: 'Clinical Safety Case Report',
    organisation: org.name,
    ods: org.ods,
    wording,
    cso: org.cso?.name ?? 'not named in the config',
    date: buildDate(ctx.build),
    commit: buildCommit(ctx.build),
    inputs: buildInputs(ctx.build),
    govspecVersion: ctx.build.govspecVersion,
    matrix: matrixText(log),
    decisionRequiredFrom: log.decisionRequiredFrom,
    acceptanceThreshold: log.acceptanceThreshold,
    purpose: [
      `This is a draft Clinical Safety Case Report produced by ${org.name} as ${wording.role} under ${wording.standardTitles.join(' and ')}. It summarises the clinical safety argument for the system integrations in scope and is generated from the same integration specs and hazard log as ${ctx.estate.config.output}/clinical-safety/hazard-log.xlsx.`,
      ...wording.duties,
      legalBasis,
      'The report is a draft until the Clinical Safety Officer signs the statement in section 7. It must be reissued whenever the hazard log changes in a way that affects clinical safety.',
    ],
    summary: [
      `${integrations.length} integrations are in scope. The hazard log holds ${log.hazards.length} hazards: ${opened.length} open, ${log.hazards.filter((h) => h.status === 'transferred').length} transferred and ${log.hazards.filter((h) => h.status === 'closed').length} closed.`,
      gateSentence(gate.undecided.length, gate.unaccepted.length, log),
      `Ratings use the ${log.matrix.name}${log.matrix.published ? '' : ' (local matrix from the Clinical Risk Management Plan)'}.`,
    ],
    scope: integrations.map((i) => {
      const hs = grouped.get(i.id) ?? [];
      return [
        i.id,
        i.title,
        i.status,
        `${i.source.system} to ${i.target.system}`,
        String(hs.length),
        String(hs.filter((h) => h.status === 'open').length),
      ];
    }),
    byRating: ratingOrder.map((rating) => ({
      rating,
      meaning: ratingMeaning(rating),
      residual: live.filter((h) => h.residual && currentRating(h) === rating).length,
      initialOnly: live.filter((h) => !h.residual && h.initial.rating === rating).length,
    })),
    open: opened
      .slice()
      .sort((a, b) => currentRating(b) - currentRating(a) || (a.number < b.number ? -1 : 1))
      .map((h) => [
        h.number,
        h.title,
        assessmentText(h.initial),
        assessmentText(h.residual),
        decisionText(h),
      ]),
    controls: log.hazards.flatMap((h) =>
      h.controls.map((c) => [h.number, controlKindLabels[c.kind], c.text, c.evidence ?? 'none given']),
    ),
    undecided: gate.undecided.map((h) => `${h.number}: ${h.title} (initial rating ${h.initial.rating})`),
    unaccepted: gate.unaccepted.map((h) => `${h.number}: ${h.title} (rating ${currentRating(h)})`),
    statement: `I have reviewed this Clinical Safety Case Report and the hazard log it summarises (build of ${buildDate(ctx.build)}, input digest ${buildInputs(ctx.build)}). Subject to the open hazards and outstanding issues listed in sections 5 and 6, I am satisfied that the integrations in scope are acceptably safe for ${wording.safeFor}, and that the clinical risk management activities required of the ${wording.role} under ${wording.standards} have been carried out for them.`,
  };
}

function gateSentence(undecided: number, unaccepted: number, log: HazardLog): string {
  if (undecided + unaccepted === 0) {
    return `Every hazard rated ${log.decisionRequiredFrom} or above has a CSO decision, and every residual rating of ${log.acceptanceThreshold} or above is explicitly accepted with a rationale.`;
  }
  const parts = [
    undecided
      ? `${undecided} ${undecided === 1 ? 'hazard' : 'hazards'} rated ${log.decisionRequiredFrom} or above ${undecided === 1 ? 'has' : 'have'} no CSO decision`
      : '',
    unaccepted
      ? `${unaccepted} residual ${unaccepted === 1 ? 'rating' : 'ratings'} of ${log.acceptanceThreshold} or above ${unaccepted === 1 ? 'is' : 'are'} not explicitly accepted`
      : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} (see section 6). Until they are resolved the integrations concerned are not shown to be acceptably safe.`;
}
