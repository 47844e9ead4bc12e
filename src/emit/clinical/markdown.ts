import { needsDecision } from '../../rules/clinical/gate.js';
import type { HazardLog } from '../../rules/clinical/types.js';
import { Trusted } from '../templates.js';
import type { EmitContext } from '../types.js';
import { defineEmitter, defineIntegrationEmitter } from '../types.js';
import { estateView } from './estate-view.js';
import { fileHref, hazardView } from './hazard-view.js';
import {
  assessmentText,
  decisionText,
  hazardsByIntegration,
  integrationPage,
  matrixText,
  outputFolder,
  statusText,
} from './view.js';
import { roleWording } from './wording.js';

const logPage = `${outputFolder}/hazard-log.md`;

/** generated/clinical-safety/hazard-log.md: the estate's hazard log for review in pull requests. */
export const hazardLogMarkdown = defineEmitter({
  id: 'clinical-hazard-log-markdown',
  description: 'Clinical hazard log for the whole estate (Markdown)',
  emit(ctx) {
    const log = ctx.analysis.hazards;
    if (!log) return [];
    const byIntegration = hazardsByIntegration(log);
    const view = {
      ...estateView(ctx, log),
      groups: ctx.estate.integrations
        .filter((i) => byIntegration.has(i.id))
        .map((i) => ({
          link: new Trusted(`[${i.id}](integrations/${i.id}.md)`),
          title: i.title,
          hazards: byIntegration.get(i.id)!.map((h) => ({
            number: h.number,
            title: h.title,
            initial: assessmentText(h.initial),
            residual: assessmentText(h.residual),
            status: statusText(h),
            decision: decisionText(h),
          })),
        })),
      clean: ctx.estate.integrations.filter((i) => !byIntegration.has(i.id)).map((i) => i.id),
      // From git, when the build has history: each spec that changed version and its hazard changes
      // (the template shows the section only when there is one).
      ...(ctx.analysis.changes
        ? {
            history: ctx.analysis.changes
              .filter((c) => c.before.version !== c.version || c.hazards.length > 0)
              .map((c) => ({
                title: c.title,
                before: `${c.before.version}, ${c.before.base}`,
                version: c.version,
                hazards: c.hazards,
              })),
          }
        : {}),
    };
    const text = ctx.templates.render('clinical/hazard-log', view);
    return text === undefined ? [] : [{ path: logPage, content: text }];
  },
});

/**
 * generated/clinical-safety/integrations/<id>.md: every hazard of one integration in full. A page
 * depends on its own integration's hazards and the log's matrix and decision date only, so a
 * rebuild takes the other integrations' pages from the cache.
 */
export const integrationHazardPages = defineIntegrationEmitter({
  id: 'clinical-integration-pages',
  description: 'Clinical hazards per integration (Markdown)',
  dependsOn(i, ctx) {
    const log = ctx.analysis.hazards;
    if (!log) return null;
    return {
      hazards: hazardsByIntegration(log).get(i.id) ?? [],
      matrix: matrixText(log),
      decisionRequiredFrom: log.decisionRequiredFrom,
    };
  },
  emitOne(i, ctx) {
    const log = ctx.analysis.hazards;
    if (!log) return [];
    const page = integrationPage(i.id);
    const hazards = hazardsByIntegration(log).get(i.id) ?? [];
    const views = hazards.map((h) => hazardView(h, ctx.estate.config, page));
    const text = ctx.templates.render('clinical/integration', {
      ...pageHeader(ctx, log),
      id: i.id,
      title: i.title,
      version: i.version,
      status: i.status,
      source: i.source.system,
      target: i.target.system,
      owner: i.owner?.name ?? '',
      specLink: new Trusted(fileHref(ctx.estate.config, page, i.file)),
      count: hazards.length,
      open: hazards.filter((h) => h.status === 'open').length,
      undecidedCount: hazards.filter((h) => needsDecision(h, log.decisionRequiredFrom)).length,
      hazards: views,
    });
    return text === undefined ? [] : [{ path: page, content: text }];
  },
});

/** No build date or commit: a page changes only when its own integration's hazards change. */
function pageHeader(ctx: EmitContext, log: HazardLog) {
  const org = ctx.estate.config.organisation;
  return {
    organisation: org.name,
    standards: roleWording(org).standards,
    cso: org.cso?.name ?? 'not named in the config',
    matrix: matrixText(log),
    decisionRequiredFrom: log.decisionRequiredFrom,
  };
}
