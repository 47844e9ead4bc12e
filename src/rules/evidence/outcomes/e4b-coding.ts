import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

const coding = new Set(['code', 'terminology', 'unit']);

/** E4.b Clinical coding: code and terminology maps have a maintainer and are tested. */
export default defineOutcomeUnit({
  id: 'dspt-e4b-coding',
  outcome: 'E4.b',
  description: 'A maintainer and tests for every code, unit or terminology map.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Code, unit and terminology mappings (e.g. local codes to SNOMED CT) with who maintains them and whether they are tested.',
      cites: cite('hazards', 'model'),
      scope: (i) => designed(i) && i.mapping.some((m) => coding.has(m.kind)),
      missing: (i) =>
        i.mapping
          .filter((m) => coding.has(m.kind))
          .flatMap((m) => [
            ...(m.maintainedBy ? [] : [`maintainer of the ${m.from} to ${m.to} map`]),
            ...(m.tested ? [] : [`tests of the ${m.from} to ${m.to} map`]),
          ]),
      emptyReason: 'no integration declares a code, unit or terminology mapping',
    });
  },
});
