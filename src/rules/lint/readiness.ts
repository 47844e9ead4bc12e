import { addDuration } from '../../core/formats.js';
import type { Integration } from '../../model/estate.js';
import { lintCodes as codes } from './codes.js';
import { defineLintRule } from './define.js';

/**
 * Readiness applies to what is in production or being built for it (live, retiring, build).
 * The estate map counts its blanks on the same integrations, from the same facts below, so
 * `validate` and the map always give the same numbers.
 */
export function countsBlanks(i: Integration): boolean {
  return i.status === 'live' || i.status === 'retiring' || i.status === 'build';
}

/** The facts every integration in or entering production must state; a missing one is a blank. */
export const readinessFacts = ['owner', 'sla', 'runbook', 'monitoring', 'latency', 'review'] as const;
export type ReadinessFact = (typeof readinessFacts)[number];

const stated: Record<ReadinessFact, (i: Integration) => boolean> = {
  owner: (i) => !!i.owner,
  sla: (i) => !!i.sla,
  runbook: (i) => !!i.runbook,
  monitoring: (i) => !!i.monitoring?.view,
  latency: (i) => !!i.latency,
  review: (i) => !!i.review?.last,
};

/** The blanks of one integration: none for integrations that are proposed or retired. */
export function blanksOf(i: Integration): ReadinessFact[] {
  return countsBlanks(i) ? readinessFacts.filter((f) => !stated[f](i)) : [];
}

/** The status as the messages say it: "live integration", "integration in build". */
function described(i: Integration): string {
  return i.status === 'build' ? 'integration in build' : `${i.status} integration`;
}

function blankRule(fact: ReadinessFact, code: (typeof codes)['readiness-no-owner']) {
  return defineLintRule<[string]>({
    code,
    check(i, _ctx, report) {
      if (blanksOf(i).includes(fact)) report('', described(i));
    },
  });
}

export const noOwner = blankRule('owner', codes['readiness-no-owner']);
export const noSla = blankRule('sla', codes['readiness-no-sla']);
export const noRunbook = blankRule('runbook', codes['readiness-no-runbook']);
export const noMonitoring = blankRule('monitoring', codes['readiness-no-monitoring']);
export const noLatency = blankRule('latency', codes['readiness-no-latency']);
export const noReview = blankRule('review', codes['readiness-no-review']);

export const reviewOverdue = defineLintRule<[string, string]>({
  code: codes['readiness-review-overdue'],
  check(i, ctx, report) {
    if (!i.review || i.status === 'retired') return;
    const due = addDuration(i.review.last, i.review.every);
    if (due && due < ctx.asOf) report('/review/last', due, ctx.asOf);
  },
});

export const unownedNoEndOfLife = defineLintRule<[string]>({
  code: codes['readiness-unowned-no-end-of-life'],
  check(i, _ctx, report) {
    if (i.engine.kind !== 'none' && i.status !== 'retired' && !i.owner && !i.endOfLife)
      report('/engine', i.engine.kind);
  },
});

export const draft = defineLintRule<[string]>({
  code: codes['readiness-draft'],
  check(i, _ctx, report) {
    if (i.draft && i.status !== 'proposed') report('/draft', i.status);
  },
});
