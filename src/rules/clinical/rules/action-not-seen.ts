import type { Likelihood } from '../../../model/written.js';
import { caresForPatients, carries, moreLikely, ptr, unstated } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Content that asks for action (GP actions, results to review, referrals) with nothing tracking it. */
export default defineHazardRule({
  id: 'action-not-seen',
  number: 24,
  title: 'Requested action or result to review not seen by anyone',
  description:
    'The content asks the receiver to act (actions for the GP in a discharge summary, a result to review, a referral to triage) and nothing tracks each item until someone has dealt with it; automatic filing makes this worse.',
  effect: 'The item is filed or listed but nobody is prompted to act on it.',
  hazard: 'A requested action, an abnormal result or a referral is never acted on.',
  harm: 'Missed or delayed diagnosis or treatment (HSSIB: electronic referrals delayed, missed or rejected; GP Connect Update Record: auto-ingested items needing follow-up rely on existing processes).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Create a task or workflow item for every item that needs action, assigned to a named team, until someone marks it done.',
    },
    {
      kind: 'design',
      text: 'Flag content sent for action so that the receiver does not file it automatically.',
    },
    { kind: 'business-process', text: 'Audit weekly for items needing action that are still open.' },
    { kind: 'training', text: 'Train receiving teams on where items needing action appear.' },
  ],
  derive(i) {
    if (!caresForPatients(i)) return undefined;
    const intent = i.content?.intent;
    const needsAction =
      intent === 'for-action' ||
      intent === 'mixed' ||
      (intent === undefined && carries(i, 'results', 'referrals', 'orders'));
    if (!needsAction) return undefined;
    const tracked = i.receiver?.actionTracked;
    if (tracked === true) return undefined;
    const causes: Cause[] = [];
    if (intent === 'for-action' || intent === 'mixed') {
      causes.push({
        text: `The content is sent ${intent === 'mixed' ? 'partly ' : ''}for action.`,
        pointer: ptr('content', 'intent'),
      });
    } else {
      causes.push({
        text: 'The content includes results, referrals or orders, which need someone to act on them.',
        pointer: ptr('content', 'kinds'),
      });
    }
    causes.push(
      tracked === false
        ? {
            text: 'Nothing tracks each item until someone has acted on it.',
            pointer: ptr('receiver', 'actionTracked'),
          }
        : unstated(
            i,
            'whether each item needing action is tracked until someone acts on it',
            'receiver.actionTracked',
            ptr('receiver'),
            ptr('content', 'intent'),
            ptr('content', 'kinds'),
          ),
    );
    let likelihood = (tracked === false ? 'medium' : 'low') as Likelihood;
    if (i.receiver?.filing === 'automatic') {
      causes.push({
        text: 'Received data is filed into the record automatically.',
        pointer: ptr('receiver', 'filing'),
      });
      likelihood = moreLikely(likelihood);
    }
    return {
      causes,
      existingControls:
        i.receiver?.filing === 'reviewed' ? ['A person reviews received data before it is filed.'] : [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'high'
            ? 'items filed automatically with nothing tracking them are, in the majority of busy practices, not seen again until the patient is harmed or returns'
            : likelihood === 'medium'
              ? 'without tracking, some items needing action are missed every week in a busy service'
              : 'items are probably seen, but nothing in the spec shows each one is tracked',
        severity: 'major',
        harm: 'a missed abnormal result, referral or requested action can lead to death or permanent harm',
        patients: 'one',
      }),
    };
  },
});
