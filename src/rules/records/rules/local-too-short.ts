import { recordsCodes } from '../codes.js';
import { describePeriod, shorterThan } from '../period.js';
import { defineRetentionRule } from '../rule.js';

/** The Code's periods are minimums: a local period may lengthen one, never shorten it. */
export default defineRetentionRule({
  id: 'retention-local-too-short',
  description: "A spec's local retention period is not shorter than the record type's minimum.",
  status: 'shortfall',
  check(s) {
    if (!s.localPeriod || !s.requiredMinimum || !s.recordType) return [];
    if (!shorterThan(s.localPeriod, s.requiredMinimum)) return [];
    const policy = s.configMinimum ? ` (local policy '${s.configMinimum.title}')` : '';
    const minimum = `${describePeriod(s.requiredMinimum)}${policy}`;
    const code = recordsCodes['retention-local-too-short'];
    const d = code.at(s.at('/retention/localPeriod'), s.localPeriod.iso, s.recordType.title, minimum);
    return [
      {
        copy: 'record',
        diagnostic: d,
        summary: `local ${describePeriod(s.localPeriod)} is under the ${describePeriod(s.requiredMinimum)} minimum${policy}`,
      },
    ];
  },
});
