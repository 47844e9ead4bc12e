import type { Rating } from '../../catalogue/dcb-levels.js';
import { consequenceLevels, likelihoodLevels } from '../../catalogue/dcb-levels.js';
import { ruleNumber } from '../../rules/clinical/rule.js';
import { hazardRules } from '../../rules/clinical/rules/index.js';
import type { HazardLog } from '../../rules/clinical/types.js';
import type { EmitContext } from '../types.js';
import { roleWording } from './wording.js';
import {
  acceptanceRules,
  planText,
  buildCommit,
  buildInputs,
  buildDate,
  currentRating,
  gateIssues,
  matrixText,
  ratingMeaning,
  ratingOrder,
} from './view.js';

/** Estate-level facts shared by the hazard log (Markdown) and the safety case report. */
export function estateView(ctx: EmitContext, log: HazardLog) {
  const org = ctx.estate.config.organisation;
  const wording = roleWording(org);
  const hazards = log.hazards;
  const gate = gateIssues(log);
  const count = (status: string) => hazards.filter((h) => h.status === status).length;
  return {
    organisation: org.name,
    ods: org.ods,
    role: wording.role,
    standards: wording.standards,
    cso: org.cso?.name ?? 'not named in the config',
    matrix: matrixText(log),
    decisionRequiredFrom: log.decisionRequiredFrom,
    acceptanceThreshold: log.acceptanceThreshold,
    acceptanceRules: acceptanceRules(log),
    plan: planText(ctx.estate.config),
    date: buildDate(ctx.build),
    commit: buildCommit(ctx.build),
    inputs: buildInputs(ctx.build),
    version: ctx.build.govspecVersion,
    total: hazards.length,
    integrations: ctx.estate.integrations.length,
    open: count('open'),
    transferred: count('transferred'),
    closed: count('closed'),
    undecided: gate.undecided.map((h) => ({ number: h.number })),
    unaccepted: gate.unaccepted.map((h) => ({ number: h.number })),
    byRating: ratingOrder.map((rating: Rating) => ({
      rating,
      meaning: ratingMeaning(rating),
      initial: hazards.filter((h) => h.initial.rating === rating).length,
      current: hazards.filter((h) => h.status !== 'closed' && currentRating(h) === rating).length,
    })),
    byRule: hazardRules
      .map((r) => ({
        number: ruleNumber(r.number),
        id: r.id,
        title: r.title,
        count: hazards.filter((h) => h.rule === r.id && h.status !== 'closed').length,
      }))
      .filter((r) => r.count > 0),
    consequences: consequenceLevels.map((c) => ({ label: c.label, definition: c.definition })),
    likelihoods: [...likelihoodLevels].reverse().map((l) => ({ label: l.label, definition: l.definition })),
    rows: [...likelihoodLevels]
      .reverse()
      .map((l) => ({ label: l.label, cells: [...log.matrix.ratings[l.key]] })),
  };
}
