import { dateWords } from '../../core/formats.js';
import type { Config } from '../../model/estate.js';
import { ruleNumber } from '../../rules/clinical/rule.js';
import { findRule } from '../../rules/clinical/rules/index.js';
import type { Hazard } from '../../rules/clinical/types.js';
import { md } from '../escape.js';
import { Trusted } from '../templates.js';
import { assessmentText, controlKindLabels, decisionText, relativeLink, statusText } from './view.js';

/** A Markdown link to a repository file from a generated page; path and text both escaped. */
export function fileLink(config: Config, fromPage: string, file: string, line?: number): Trusted {
  return new Trusted(`[${md(line ? `${file}:${line}` : file)}](${fileHref(config, fromPage, file, line)})`);
}

/** The link target alone, percent-encoded so no character can end the Markdown link early. */
export function fileHref(config: Config, fromPage: string, file: string, line?: number): string {
  return encodeURI(relativeLink(fromPage, config.output, file, line)).replace(/[()]/g, (c) =>
    c === '(' ? '%28' : '%29',
  );
}

/** Everything the templates show about one hazard. Spec text stays plain: the engine escapes it. */
export function hazardView(h: Hazard, config: Config, fromPage: string) {
  const rule = h.rule ? findRule(h.rule) : undefined;
  return {
    number: h.number,
    anchor: h.number.replace(/[^a-z0-9-]+/gi, '-').toLowerCase(),
    title: h.title,
    integration: h.integration,
    integrationTitle: h.integrationTitle,
    origin:
      h.origin === 'local'
        ? 'Local hazard recorded in the spec'
        : `Derived by rule ${h.rule} (${rule ? ruleNumber(rule.number) : ''})`,
    description: h.description,
    causes: h.causes,
    effect: h.effect,
    hazard: h.hazard,
    harm: h.harm,
    existingControls: h.existingControls,
    initial: assessmentText(h.initial),
    initialRating: h.initial.rating,
    initialReason: h.initial.reason,
    residual: assessmentText(h.residual),
    residualRating: h.residual?.rating,
    controls: h.controls.map((c) => ({
      kind: controlKindLabels[c.kind],
      text: c.text,
      evidence: c.evidence ?? '',
    })),
    suggested: h.suggestedControls.map((c) => ({ kind: controlKindLabels[c.kind], text: c.text })),
    status: statusText(h),
    decision: decisionText(h),
    rationale: h.rationale ?? '',
    closure: h.closure ?? '',
    owner: h.owner,
    raised: h.raised ? dateWords(h.raised) : 'not recorded',
    lastReviewed: h.lastReviewed ? dateWords(h.lastReviewed) : 'not recorded',
    source: fileLink(config, fromPage, h.source.file, h.source.line),
    decisionAt: h.decisionAt ? fileLink(config, fromPage, h.decisionAt.file, h.decisionAt.line) : '',
    ruleDoc: h.rule ? `docs/hazards/${h.rule}.md` : '',
  };
}
