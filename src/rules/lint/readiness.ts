import { addDuration } from '../../core/formats.js';
import type { Integration } from '../../model/estate.js';
import { lintCodes as codes } from './codes.js';
import { defineLintRule } from './define.js';

/** Readiness applies to what is (or is about to be) in production. */
export function inProduction(i: Integration): boolean {
  return i.status === 'live' || i.status === 'retiring';
}

export const noOwner = defineLintRule<[string]>({
  code: codes['readiness-no-owner'],
  check(i, _ctx, report) {
    if (inProduction(i) && !i.owner) report('', i.status);
  },
});

export const noSla = defineLintRule<[string]>({
  code: codes['readiness-no-sla'],
  check(i, _ctx, report) {
    if (inProduction(i) && !i.sla) report('', i.status);
  },
});

export const noRunbook = defineLintRule<[string]>({
  code: codes['readiness-no-runbook'],
  check(i, _ctx, report) {
    if (inProduction(i) && !i.runbook) report('', i.status);
  },
});

export const noMonitoring = defineLintRule<[string]>({
  code: codes['readiness-no-monitoring'],
  check(i, _ctx, report) {
    if (inProduction(i) && !i.monitoring) report('', i.status);
  },
});

export const noReview = defineLintRule<[string]>({
  code: codes['readiness-no-review'],
  check(i, _ctx, report) {
    if (inProduction(i) && !i.review) report('', i.status);
  },
});

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
