import type { Likelihood } from '../../../model/written.js';
import { caresForPatients, carries, ptr, shapeOf, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Identifiers later steps depend on that are not carried intact. */
export default defineHazardRule({
  id: 'dependent-identifier-lost',
  number: 37,
  title: 'Identifiers that later steps depend on are lost or changed',
  description:
    'Later steps depend on identifiers (an order number to match its result, a prescription id to cancel it, an episode or referral to continue a waiting-time clock, a document id to replace a version), and they are regenerated, dropped or not shown to be carried intact.',
  effect:
    'A result cannot be matched to its order, a prescription cannot be cancelled, a replacement document sits beside the old one.',
  hazard: 'Later steps act on the wrong item, or cannot act at all.',
  harm: 'A result never reaches the requester, a cancelled medicine is dispensed, or a patient drops off a pathway.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Carry each identifier unchanged, or keep a tested cross-reference from old to new values.',
    },
    {
      kind: 'test',
      text: 'Test every later step (result matching, cancellation, replacement, clock continuation) with migrated or relayed identifiers.',
    },
    { kind: 'business-process', text: 'Reconcile items that arrive with an identifier nobody recognises.' },
  ],
  derive(i) {
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    const existingControls: string[] = [];
    i.dependentIdentifiers.forEach((d, index) => {
      if (d.carried === 'intact' || d.carried === 'mapped') {
        existingControls.push(
          `${d.name} is carried ${d.carried === 'intact' ? 'intact' : 'through a kept cross-reference'}.`,
        );
        return;
      }
      const who = d.usedBy ? ` (${d.usedBy} depends on it)` : '';
      if (d.carried === undefined) {
        causes.push({
          text: `Not stated in the spec: whether ${d.name}${who} is carried intact. Add carried.`,
          pointer: ptr('dependentIdentifiers', index),
        });
      } else {
        causes.push({
          text: `${d.name}${who} is ${d.carried === 'dropped' ? 'dropped' : 'regenerated'}.`,
          pointer: ptr('dependentIdentifiers', index, 'carried'),
        });
        likelihood = 'medium';
      }
    });
    const relied = carries(i, 'results', 'orders', 'referrals', 'prescriptions', 'documents');
    if (i.dependentIdentifiers.length === 0 && relied && caresForPatients(i) && shapeOf(i) !== undefined) {
      causes.push(
        unstated(
          i,
          'which identifiers later steps rely on (order numbers, prescription, referral or document ids) and whether they are carried intact',
          'dependentIdentifiers',
          ptr('content', 'kinds'),
          ptr('content'),
        ),
      );
    }
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'every item that relies on the identifier is affected, and the break shows only when the later step fails'
          : 'identifiers are usually carried, but this is not shown',
      severity: 'considerable',
      harm: 'a result, cancellation or pathway step goes astray, delaying or misdirecting care',
      patients: 'many',
    });
  },
});
