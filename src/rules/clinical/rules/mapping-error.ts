import type { Likelihood } from '../../../model/written.js';
import { caresForPatients, carries, isCoded, ptr, unstated } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { derived } from '../rating.js';

const clinicalKinds = new Set(['code', 'unit', 'terminology']);

/** Code, unit or terminology maps that are not tested or have nobody maintaining them. */
export default defineHazardRule({
  id: 'mapping-error',
  number: 8,
  title: 'Wrong code, unit or term after mapping',
  description:
    'The integration translates codes, units or terminology between systems and the spec does not show that every map is tested and maintained by someone.',
  effect:
    'A value arrives with the wrong meaning: a different product or code, or a dose in the wrong unit (mg for mcg).',
  hazard: 'Clinicians read a plausible but wrong value.',
  harm: 'Wrong medicine or dose given, or a condition missed (UK Core FHIR005: medication mapped to the wrong product).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Name a maintainer for each map; fail or queue values with no mapping rather than passing them through.',
    },
    { kind: 'test', text: 'Automated test of every map entry, including units, and of unmapped values.' },
    { kind: 'business-process', text: 'Review maps when either code system releases a new version.' },
  ],
  derive(i) {
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    const existingControls: string[] = [];
    i.mapping.forEach((m, index) => {
      if (!clinicalKinds.has(m.kind)) return;
      const gaps: string[] = [];
      if (m.tested !== true) gaps.push('not tested');
      if (!m.maintainedBy) gaps.push('no maintainer named');
      if (gaps.length === 0) {
        existingControls.push(
          `The ${m.kind} map ${m.from} to ${m.to} is tested and maintained by ${m.maintainedBy}.`,
        );
        return;
      }
      causes.push({
        text: `The ${m.kind} map ${m.from} to ${m.to} is ${gaps.join(' and ')}.`,
        pointer: ptr('mapping', index, m.tested !== true ? 'tested' : 'maintainedBy'),
      });
      if (m.kind === 'unit' && m.tested !== true) likelihood = 'medium';
    });
    const mapped = i.mapping.some((m) => clinicalKinds.has(m.kind));
    if (!mapped && isCoded(i) && caresForPatients(i) && carries(i, 'medications', 'allergies', 'results')) {
      causes.push(
        unstated(
          i,
          'whether codes or units are translated between the two systems, and whether each translation is tested',
          'mapping',
          ptr('content', 'codeSystems'),
          ptr('content'),
        ),
      );
    }
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'an untested unit conversion is easy to get wrong by a factor of 1000, and a plausible wrong value is likely to be acted on'
          : 'maps are usually right, but an untested or unowned map drifts as code systems change and the wrong value looks plausible',
      severity: 'major',
      harm: 'a wrong medicine or dose can cause death or permanent harm',
      patients: 'many',
    });
  },
});
