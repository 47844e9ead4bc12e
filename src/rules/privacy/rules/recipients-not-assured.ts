import { isIdentifiable, leavesOrganisation, orgLabel } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * Data leaving the organisation goes to recipients the controller must be able to name and show
 * are assured (a current DSPT, an agreement, conformance-assured systems). NHS England's GP
 * Connect DPIA records "accessed by consumer systems which do not comply with the
 * necessary security framework" as a risk.
 */
const unassured = new Set(['none', 'not-known']);

export default definePrivacyRule({
  id: 'privacy-recipients-not-assured',
  check(i, { config }) {
    if (!isIdentifiable(i) || !leavesOrganisation(i, config)) return undefined;
    let problem: string;
    let pointer: string;
    const index = i.recipients.findIndex((r) => r.assurance === undefined || unassured.has(r.assurance));
    if (index >= 0) {
      const r = i.recipients[index]!;
      problem =
        r.assurance === undefined
          ? `how ${r.name} is assured to protect the data is not recorded`
          : `${r.name} receives the data with no assurance that it protects it`;
      pointer = r.assurance === undefined ? `/recipients/${index}` : `/recipients/${index}/assurance`;
    } else if (i.recipients.length === 0 && i.target.org === undefined) {
      problem = `the data goes to ${orgLabel(i.target)}, which the spec names by no ODS code and lists no recipients for`;
      pointer = '/target';
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'Data disclosed to an organisation nobody has checked may be held or used without the safeguards the patient is entitled to, beyond the controller’s reach.',
      likelihood: 'remote',
      severity: 'significant',
      suggested: [
        'List each receiving organisation (or the group, such as registered GP practices) with how it is assured: a current DSPT at Standards Met, a sharing agreement, a conformance-assured system.',
        'Send only to addresses that come from a national directory (for example MESH mailboxes from the directory of services).',
      ],
    });
  },
});
