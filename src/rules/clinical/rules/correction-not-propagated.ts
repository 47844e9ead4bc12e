import type { Likelihood } from '../../../model/written.js';
import { caresForPatients, ptr, shapeOf, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

const copying = new Set(['push', 'document', 'subscription', 'migration']);

/** Corrections, entered-in-error markings and deletions that do not reach copies. */
export default defineHazardRule({
  id: 'correction-not-propagated',
  number: 27,
  title: 'Corrections and deletions do not reach the copy',
  description:
    'Data is copied to the receiver, and later corrections, entered-in-error markings or deletions at the source do not follow it, or partial updates are treated as complete ones, so the copy keeps what the source withdrew.',
  effect: 'The receiver keeps a wrong result, a stopped medicine or a deleted allergy as current.',
  hazard: 'Clinicians act on information the source has corrected or withdrawn.',
  harm: 'Treatment on a withdrawn result or a stopped medicine (FHIR implementer safety checklist: life cycle, entered-in-error and deletion replicated to copies).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Send corrections and entered-in-error markings as messages the receiver applies, and propagate deletions to every copy.',
    },
    {
      kind: 'design',
      text: 'Say in the interface whether each message replaces, patches or appends, and make the receiver apply it that way.',
    },
    { kind: 'test', text: 'Test correction, entered-in-error and deletion of each kind of item end to end.' },
  ],
  derive(i) {
    if (!caresForPatients(i)) return undefined;
    const u = i.content?.updates;
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    if (u?.corrections === 'not-propagated') {
      causes.push({
        text: 'Corrections and entered-in-error markings do not reach the receiver.',
        pointer: ptr('content', 'updates', 'corrections'),
      });
      likelihood = 'medium';
    }
    if (u?.deletions === 'not-propagated') {
      causes.push({
        text: 'Deletions at the source do not reach the receiver.',
        pointer: ptr('content', 'updates', 'deletions'),
      });
      likelihood = 'medium';
    }
    const shape = shapeOf(i);
    if (causes.length === 0 && u?.corrections === undefined && shape !== undefined && copying.has(shape)) {
      causes.push(
        unstated(
          i,
          'whether corrections, entered-in-error markings and deletions reach the receiver',
          'content.updates',
          ptr('content', 'updates'),
          ptr('content'),
          ptr('interaction', 'shape'),
        ),
      );
    }
    if (causes.length === 0) return undefined;
    const existingControls: string[] = [];
    if (u?.corrections === 'propagated') existingControls.push('Corrections reach the receiver.');
    if (u?.deletions === 'propagated') existingControls.push('Deletions reach the receiver.');
    if (u?.mode)
      existingControls.push(
        `Each message ${u.mode === 'replace' ? 'replaces what was sent before' : u.mode === 'partial' ? 'changes only the items it carries' : 'adds new items'}.`,
      );
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'results and medicines are corrected or withdrawn every week, and the copy keeps the old value'
          : 'corrections are less common, and how they travel is not stated',
      severity: likelihood === 'medium' ? 'major' : 'considerable',
      harm:
        likelihood === 'medium'
          ? 'a withdrawn result or stopped medicine acted on can cause death or permanent harm'
          : 'an out-of-date item misdirects care',
      patients: 'many',
    });
  },
});
