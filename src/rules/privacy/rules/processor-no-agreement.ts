import { carriesPersonalData } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/** UK GDPR Art. 28(3): processing by a processor must be governed by a contract. */
export default definePrivacyRule({
  id: 'privacy-processor-no-agreement',
  check(i) {
    if (!carriesPersonalData(i)) return undefined;
    const missing = i.processors.map((p, index) => ({ p, index })).filter(({ p }) => !p.agreement);
    const endpoint = (['source', 'target'] as const).find((end) => i[end].role === 'processor');
    let names: string;
    let pointer: string;
    if (missing.length > 0) {
      names = listWords(missing.map(({ p }) => p.name));
      pointer = `/processors/${missing[0]!.index}`;
    } else if (endpoint && i.processors.length === 0) {
      const e = i[endpoint];
      names = e.orgName ?? e.supplier ?? e.org ?? `the ${endpoint} organisation`;
      pointer = `/${endpoint}/role`;
    } else {
      return undefined;
    }
    return {
      pointer,
      detail: `${names} ${missing.length > 1 ? 'process' : 'processes'} personal data for this flow with no agreement recorded`,
      source:
        `${names} ${missing.length > 1 ? 'process' : 'processes'} personal data on the controller's behalf with no data processing agreement recorded. ` +
        'Without one, use, security, sub-processing and deletion of the data are not contractually controlled.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        'Put an Art. 28 data processing agreement in place and record its reference.',
        "Check the processor's DSPT status.",
      ],
    };
  },
});
