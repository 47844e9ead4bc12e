import { defineCodes } from '../../core/codes.js';

export const lintCodes = defineCodes({
  'readiness-no-owner': {
    severity: 'warning',
    title: 'Integration in production with no named owner',
    message: (what: string) =>
      `this ${what} has no named owner. Add owner: { name, team, contact } - an integration nobody owns is not really in production.`,
  },
  'readiness-no-sla': {
    severity: 'warning',
    title: 'Integration in production with no SLA',
    message: (what: string) =>
      `this ${what} has no SLA. Add sla: { hours, response, restore } so failures have an agreed response time.`,
  },
  'readiness-no-runbook': {
    severity: 'warning',
    title: 'Integration in production with no runbook',
    message: (what: string) =>
      `this ${what} has no runbook. Add runbook: <repository path or URL> so whoever is on call can restore it.`,
  },
  'readiness-no-monitoring': {
    severity: 'warning',
    title: 'Integration in production with no monitoring view',
    message: (what: string) =>
      `this ${what} has no monitoring view. Add monitoring: { view, alerts } - without it a broken feed can fail silently for weeks.`,
  },
  'readiness-no-latency': {
    severity: 'warning',
    title: 'Integration in production with no latency contract',
    message: (what: string) =>
      `this ${what} has no latency contract. Add latency: { contract, target } so the people who use its data know how fresh it is.`,
  },
  'readiness-no-review': {
    severity: 'warning',
    title: 'Integration in production with no review cycle',
    message: (what: string) =>
      `this ${what} has no review cycle. Add review: { last: YYYY-MM-DD, every: P12M }.`,
  },
  'readiness-review-overdue': {
    severity: 'warning',
    title: 'Governance review overdue',
    message: (due: string, asOf: string) =>
      `review was due on ${due} (as of ${asOf}). Review the integration and update review.last.`,
  },
  'readiness-unowned-no-end-of-life': {
    severity: 'warning',
    title: 'Engine channel nobody owns has no end-of-life date',
    message: (engine: string) =>
      `this ${engine} channel has no owner and no end-of-life date. Name an owner, or set endOfLife: YYYY-MM-DD to plan its switch-off.`,
  },
  'readiness-draft': {
    severity: 'warning',
    title: 'Spec is an unreviewed draft',
    message: (status: string) =>
      `this ${status} integration's spec is still a draft (draft: true), so its governance gates only warn. Review it, fill in the blanks, and delete the draft line.`,
  },
  'identity-unsafe-create': {
    severity: 'warning',
    title: 'New patient records created from weak matching',
    message: (basis: string) =>
      `patients are matched on ${basis} and a new record is created when nothing matches: this creates duplicate and wrong-patient records. Use onNoMatch: queue-for-review, or verify NHS numbers against PDS first.`,
  },
  'latency-batch-for-realtime': {
    severity: 'warning',
    title: 'Real-time consumer fed by a batch contract',
    message: (consumer: string, needs: string, contract: string) =>
      `consumer "${consumer}" needs ${needs} data but the latency contract is ${contract}. Change the contract, or record the consumer's real freshness need.`,
  },
});
