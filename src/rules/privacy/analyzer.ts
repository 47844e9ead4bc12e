import { join, sep } from 'node:path';
import { insideRepository } from '../../core/safe-fs.js';
import { defineAnalyzer } from '../analysis.js';
import { privacyCodes } from './codes.js';
import { applyDecisions } from './decisions.js';
import { carriesPersonalData } from './facts.js';
import { historyFrom, readNote } from './history.js';
import type { RuleCode } from './rule.js';
import { privacyRules } from './rules/index.js';
import { overallRisk } from './scoring.js';
import type { IntegrationPrivacy, PrivacyRisk } from './types.js';

export const diagramCacheFolder = join('.govspec-cache', 'diagrams');

/** Output path of an integration's DPIA section (without extension). */
export function dpiaPath(id: string): string {
  return `privacy/${id}.dpia`;
}

/**
 * Runs every privacy rule on every integration that is not retired, attaches the IG decisions,
 * and reports each risk that has no complete decision under the rule's own code.
 */
export const privacyAnalyzer = defineAnalyzer({
  id: 'privacy-risks',
  run(ctx) {
    const integrations: Record<string, IntegrationPrivacy> = {};
    for (const i of ctx.estate.integrations) {
      if (i.status === 'retired') continue;
      const personalData = carriesPersonalData(i);
      const derived: PrivacyRisk[] = [];
      const details = new Map<string, string>();
      if (personalData) {
        for (const rule of privacyRules) {
          const hit = rule.check(i, { config: ctx.estate.config, asOf: ctx.asOf });
          if (!hit) continue;
          derived.push({
            id: rule.id,
            kind: 'derived',
            integration: i.id,
            title: privacyCodes[rule.id].def.title,
            source: hit.source,
            likelihood: hit.likelihood,
            severity: hit.severity,
            overall: overallRisk(hit.likelihood, hit.severity),
            suggested: hit.suggested,
            pointer: hit.pointer,
            location: ctx.sources.specKey(i.id, hit.pointer),
          });
          details.set(rule.id, hit.detail);
        }
      }
      const risks = applyDecisions(i, derived, ctx.sources, (d) => ctx.report(d));
      for (const risk of derived) {
        if (risk.decision?.complete) continue;
        const code = privacyCodes[risk.id as RuleCode];
        ctx.report({ ...code.at(risk.location, details.get(risk.id) ?? ''), pointer: risk.pointer });
      }
      // The history is the DPIA's own: validate does not read the last output for it.
      const history = ctx.diagnosticsOnly
        ? {}
        : historyFrom(readNote(ctx.readPrevious(`${dpiaPath(i.id)}.md`)), i.version);
      integrations[i.id] = { personalData, risks, history };
    }
    ctx.analysis.privacy = {
      integrations,
      previous: {
        read: (path) => ctx.readPrevious(path),
        // No cache (empty) when the cache folder would lead out of the repository through a link.
        cacheDir: insideRepository(ctx.root, diagramCacheFolder.split(sep).join('/')) ?? '',
      },
    };
  },
});
