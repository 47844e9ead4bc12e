import { recordsCodes } from '../codes.js';
import { knownRecordTypes } from '../catalogue.js';
import { defineRetentionRule } from '../rule.js';

/** Every integration that writes health data into a target declares the record type it creates there. */
export default defineRetentionRule({
  id: 'retention-record-undeclared',
  description: 'An integration carrying health data declares the record type the target keeps.',
  status: 'undeclared',
  check(s) {
    if (!s.carriesHealthData || s.declaredRecord !== undefined) return [];
    const at = s.at(s.integration.retention ? '/retention' : '/data');
    const code = recordsCodes['retention-record-undeclared'];
    return [
      {
        copy: 'record',
        diagnostic: code.at(at, s.integration.target.system, knownRecordTypes(s.catalogue)),
        summary: 'record type not declared',
      },
    ];
  },
});
