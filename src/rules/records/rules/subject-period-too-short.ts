import { subjectRecordTypes } from '../../../catalogue/retention.js';
import { recordsCodes } from '../codes.js';
import { describePeriod, parseComparable, shorterThan } from '../period.js';
import { defineRetentionRule } from '../rule.js';
import type { RetentionFinding } from '../rule.js';

/**
 * Children's, maternity and mental health records have longer minimums than adult records: a flow
 * that carries such data must not resolve to a shorter period (the classic mistake is 'adult-health').
 */
export default defineRetentionRule({
  id: 'retention-subject-period-too-short',
  description:
    "A flow with children's, maternity or mental health data keeps its record at least that type's minimum.",
  status: 'shortfall',
  check(s) {
    const findings: RetentionFinding[] = [];
    if (!s.recordType || !s.effectivePeriod) return findings;
    for (const subject of s.integration.data.subjects) {
      const needs = subjectRecordTypes[subject];
      const neededId = needs?.type;
      if (!needs || !neededId || neededId === s.recordType.id) continue;
      const needed = s.catalogue.types.get(neededId);
      const neededMinimum = parseComparable(needed?.minimum.comparable);
      if (!needed || !neededMinimum || !shorterThan(s.effectivePeriod, neededMinimum)) continue;
      const declared = `${s.recordType.title} (${describePeriod(s.effectivePeriod)})`;
      const code = recordsCodes['retention-subject-period-too-short'];
      const d = code.at(
        s.at('/retention/record'),
        needs.words,
        declared,
        needed.title,
        needed.minimum.text,
        needed.id,
      );
      findings.push({
        copy: 'record',
        diagnostic: d,
        summary: `${needs.words} data needs ${needed.minimum.text} (${needed.title})`,
      });
    }
    return findings;
  },
});
