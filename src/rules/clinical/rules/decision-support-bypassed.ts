import type { Likelihood } from '../../../model/written.js';
import { ptr, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

const checks = new Set([
  'allergy-checks',
  'interaction-checks',
  'dose-checks',
  'result-flags',
  'triage',
  'alerts',
]);
const labels: Record<string, string> = {
  'allergy-checks': 'allergy checks',
  'interaction-checks': 'interaction checks',
  'dose-checks': 'dose checks',
  'result-flags': 'result flags',
  triage: 'triage',
  alerts: 'alerts',
};

/** The receiver's automatic checks depend on coded data that may arrive as text. */
export default defineHazardRule({
  id: 'decision-support-bypassed',
  number: 25,
  title: "Receiver's automatic checks silently skip data that arrives as text",
  description:
    'The receiver runs automatic checks on what it receives (allergy and interaction checks, dose checks, result flags, triage), and some content arrives uncoded or as a code it cannot process, so the checks silently do not run on it.',
  effect: 'An allergy, medicine or abnormal value is present but raises no alert.',
  hazard: 'Clinicians rely on the system to warn them, and it does not.',
  harm: 'A contraindicated medicine given, or an abnormal result not flagged (UK Core hazards FHIR007 inconsistent coded, uncoded and local allergy codes, and FHIR009).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Mark items the checks could not evaluate ("not checked: uncoded allergy") where the user sees the result of the check.',
    },
    {
      kind: 'design',
      text: "Send allergies, medicines and results coded, with the codes the receiver's checks use.",
    },
    { kind: 'test', text: 'Test the checks with uncoded, locally coded and unsupported items.' },
    { kind: 'training', text: 'Teach users that automatic checks cover coded items only.' },
  ],
  derive(i) {
    const ds = (i.receiver?.decisionSupport ?? []).filter((d) => checks.has(d));
    if (ds.length === 0) return undefined;
    const causes: Cause[] = [
      {
        text: `The receiver runs ${ds.map((d) => labels[d]).join(', ')} automatically on received data.`,
        pointer: ptr('receiver', 'decisionSupport'),
      },
    ];
    const c = i.content;
    let likelihood = 'low' as Likelihood;
    if (c?.coded === false) {
      causes.push({ text: 'The content is not coded.', pointer: ptr('content', 'coded') });
      likelihood = 'medium';
    } else if (c?.unsupportedCode === 'degrade-to-text' || c?.unsupportedCode === 'drop') {
      causes.push({
        text: `A code the receiver cannot process is ${c.unsupportedCode === 'drop' ? 'dropped' : 'kept only as text'}, so the checks never see it.`,
        pointer: ptr('content', 'unsupportedCode'),
      });
      likelihood = 'medium';
    } else if (c?.coded === undefined) {
      causes.push(
        unstated(
          i,
          'whether the content is coded, so that the checks can run on it',
          'content.coded',
          ptr('content'),
          ptr('receiver', 'decisionSupport'),
        ),
      );
    } else if (c.unsupportedCode === undefined) {
      causes.push(
        unstated(
          i,
          'what happens to codes the checks cannot evaluate',
          'content.unsupportedCode',
          ptr('content', 'coded'),
        ),
      );
    } else {
      return undefined;
    }
    return derived(causes, [], {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'some items will arrive uncoded or unprocessable every day, and the absence of an alert looks like reassurance'
          : 'most items will be coded, but the spec does not show the checks run on all of them',
      severity: 'major',
      harm: 'a contraindicated medicine or a missed abnormal result can cause death or permanent harm',
      patients: 'many',
    });
  },
});
