import { addDuration } from '../../../core/formats.js';
import { externalEnd, isIdentifiable, orgLabel } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * Sharing with another controller needs an agreement that says what is shared, why and how
 * (the IG framework for shared care records; the ICO data sharing code), and the configuration
 * that enforces it must match it. NHS England's GP Connect DPIA records "DSAs set up on Spine
 * incorrectly" as a risk.
 */
export default definePrivacyRule({
  id: 'privacy-sharing-agreement-missing',
  check(i, { config, asOf }) {
    if (!isIdentifiable(i)) return undefined;
    const end = externalEnd(i, config);
    if (!end || i[end].role === 'processor') return undefined;
    const other = orgLabel(i[end]);
    const a = i.sharingAgreement;
    let problem: string;
    let pointer: string;
    let likelihood: 'remote' | 'possible' = 'possible';
    if (!a || a.kind === 'none') {
      problem = `no data-sharing agreement is recorded for sharing with ${other}`;
      pointer = a ? '/sharingAgreement/kind' : `/${end}`;
    } else if (a.configuredIn && !a.configurationReviewed) {
      problem = `the sharing configuration (${a.configuredIn}) has never been recorded as checked against the agreement`;
      pointer = '/sharingAgreement/configuredIn';
      likelihood = 'remote';
    } else if (a.configurationReviewed && due(a.configurationReviewed, i.review?.every) < asOf) {
      problem = `the sharing configuration${a.configuredIn ? ` (${a.configuredIn})` : ''} was last checked on ${a.configurationReviewed}, more than a review cycle ago`;
      pointer = '/sharingAgreement/configurationReviewed';
      likelihood = 'remote';
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'Without an agreed and enforced scope, more data may be shared, with more organisations, than the purpose needs, and nobody is accountable for the difference.',
      likelihood,
      severity: 'significant',
      suggested: [
        'Put a data-sharing (or joint-controller) agreement in place and record its reference and review date.',
        'Check the technical sharing configuration against the agreement at every review, and record when.',
      ],
    });
  },
});

/** When a review recorded on `date` falls due: a review cycle later (the spec's, or 12 months). */
function due(date: string, every: string | undefined): string {
  return addDuration(date, every ?? 'P12M') ?? date;
}
