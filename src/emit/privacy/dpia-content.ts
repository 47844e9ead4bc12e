import type { Config, Integration } from '../../model/estate.js';
import type { IntegrationPrivacy } from '../../rules/privacy/types.js';
import { duration } from './describe.js';
import type { Block } from './document.js';
import { accuracy, items, matching } from './dpia-data.js';
import { consultation } from './dpia-consultation.js';
import { background, context, nature, purpose, scope, systems } from './dpia-describe.js';
import { fairness, legalBasis, optOut } from './dpia-lawful.js';
import type { Scale } from './dpia-risks.js';
import { furtherActions, highResidual, measures, risks, signatures, signOff } from './dpia-risks.js';
import { rights, security, transparency } from './dpia-rights.js';
import { location, retention, sensitive, sharing } from './dpia-sharing.js';

/**
 * The content of a DPIA section, field by field, independent of layout: each layout arranges
 * these under its own headings, and every field appears exactly once in each.
 */
export const sectionIds = [
  'background',
  'diagram',
  'purpose',
  'systems',
  'nature',
  'scope',
  'context',
  'consultation',
  'legalBasis',
  'fairness',
  'transparency',
  'items',
  'matching',
  'sharing',
  'sensitive',
  'retention',
  'accuracy',
  'rights',
  'security',
  'location',
  'optOut',
  'risks',
  'measures',
  'actions',
  'highResidual',
  'signOff',
  'signatures',
] as const;

export type SectionId = (typeof sectionIds)[number];
export type DpiaContent = Record<SectionId, Block[]>;

export function dpiaContent(
  i: Integration,
  privacy: IntegrationPrivacy,
  config: Config,
  diagram: Extract<Block, { kind: 'diagram' }>,
  layout: { words: string; scale: Scale },
): DpiaContent {
  return {
    background: background(i, config, layout.words),
    diagram: [diagram],
    purpose: purpose(i),
    systems: systems(i, config),
    nature: nature(i),
    scope: scope(i),
    context: context(i, config),
    consultation: consultation(i, config),
    legalBasis: legalBasis(i),
    fairness: fairness(i),
    transparency: transparency(i),
    items: items(i),
    matching: matching(i),
    sharing: sharing(i, config),
    sensitive: sensitive(i),
    retention: retention(i, config),
    accuracy: accuracy(i),
    rights: rights(i),
    security: security(i),
    location: location(i, config),
    optOut: optOut(i),
    risks: risks(privacy.risks, layout.scale),
    measures: measures(privacy.risks),
    actions: furtherActions(privacy.risks),
    highResidual: highResidual(privacy.risks),
    signOff: signOff(config, i.review ? duration(i.review.every) : undefined),
    signatures: [signatures],
  };
}
