import { careUsers, isExternal, isIdentifiable, orgLabel } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * People who see the data must be authenticated as individuals and authorised by their role and
 * their relationship with the patient. NHS England's GP Connect DPIA records "patient record
 * access by end users without appropriate authorisation" as a risk; the GP Connect transparency
 * notice says access is governed by role-based access control.
 */
const weak = new Set(['shared-account', 'none']);

export default definePrivacyRule({
  id: 'privacy-access-not-authorised',
  check(i, { config }) {
    if (!isIdentifiable(i)) return undefined;
    const users = careUsers(i);
    if (users.length === 0 && (i.latency?.shownIn ?? []).length === 0) return undefined;
    const a = i.userAccess;
    let problem: string;
    let pointer: string;
    let likelihood: 'remote' | 'possible' = 'possible';
    if (a?.authentication && weak.has(a.authentication)) {
      problem =
        a.authentication === 'none'
          ? 'users see the data without signing in'
          : 'users see the data through a shared account, so no access can be traced to a person';
      pointer = '/userAccess/authentication';
    } else if (a?.roleBased === false) {
      problem = 'every user who can sign in sees the data, whatever their role';
      pointer = '/userAccess/roleBased';
    } else if (!a && i.latency?.contract === 'on-demand' && isExternal(i.source, config)) {
      problem = `users pull records from ${orgLabel(i.source)} on request, and how they are authorised is not recorded`;
      pointer = '/latency/contract';
      likelihood = 'remote';
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'Records could be viewed by staff with no part in the patient’s care, a breach of confidence that audit may not detect.',
      likelihood,
      severity: 'significant',
      suggested: [
        'Authenticate users as individuals (NHS Care Identity Service 2 or smartcard) and grant access by role.',
        'Check a care relationship before showing the record, and audit every access to a named user.',
      ],
    });
  },
});
