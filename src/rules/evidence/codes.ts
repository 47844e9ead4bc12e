import { defineCodes } from '../../core/codes.js';

/** Diagnostic codes of this area. Each needs a docs page at docs/codes/<code>.md. */
export const evidenceCodes = defineCodes({
  'evidence-edition-unknown': {
    severity: 'error',
    title: 'DSPT edition is not one govspec knows',
    message: (edition: string, known: string) =>
      `DSPT edition '${edition}' is not known. Set dspt.edition to one of: ${known}.`,
  },
  'evidence-outcome-unknown': {
    severity: 'error',
    title: 'Outcome id is not in the DSPT edition',
    message: (outcome: string, edition: string) =>
      `outcome '${outcome}' is not among the outcomes govspec lists for ${edition}. Use an id such as E4.a from that edition, or remove it.`,
  },
  'evidence-audit-choice-count': {
    severity: 'warning',
    title: 'Number of outcomes chosen for audit does not match the edition',
    message: (edition: string, expected: number, actual: number) =>
      `${edition} asks the organisation to choose ${expected} outcome(s) for independent audit; dspt.auditChoice lists ${actual}. Adjust the list.`,
  },
});
