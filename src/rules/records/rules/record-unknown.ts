import { recordsCodes } from '../codes.js';
import { knownRecordTypes } from '../catalogue.js';
import { defineRetentionRule } from '../rule.js';

/** retention.record names an entry of the catalogue (Code or local), or none. */
export default defineRetentionRule({
  id: 'retention-record-unknown',
  description: 'The declared record type exists in the retention catalogue or the local record types.',
  status: 'unknown-type',
  check(s) {
    const declared = s.declaredRecord;
    if (declared === undefined || declared === 'none' || s.recordType) return [];
    const code = recordsCodes['retention-record-unknown'];
    return [
      {
        copy: 'record',
        diagnostic: code.at(s.at('/retention/record'), declared, knownRecordTypes(s.catalogue)),
        summary: `'${declared}' is not in the catalogue`,
      },
    ];
  },
});
