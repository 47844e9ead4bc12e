import { carriesPersonalData, isUk } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * Every place the data goes must be declared: a country outside the UK as a transfer (UK GDPR
 * Chapter V), and every system that keeps content with its data-protection role (the ICO audit
 * framework asks DPIAs to set out the relationships between controllers, processors and systems).
 */
export default definePrivacyRule({
  id: 'privacy-undeclared-destination',
  check(i) {
    if (!carriesPersonalData(i)) return undefined;
    const declared = new Set(i.transfers.map((t) => t.country.trim().toLowerCase()));
    const abroad = (country: string | undefined) =>
      country !== undefined && !isUk(country) && !declared.has(country.trim().toLowerCase());
    const places: Array<{ where: string; country?: string; pointer: string }> = [
      ...i.route.map((h, n) => ({ where: h.name, country: h.country, pointer: `/route/${n}/country` })),
      ...i.processors.map((p, n) => ({
        where: p.name,
        country: p.country,
        pointer: `/processors/${n}/country`,
      })),
      { where: i.target.system, country: i.storage?.country, pointer: '/storage/country' },
    ];
    const foreign = places.find((p) => abroad(p.country));
    const keeper = i.route.findIndex((h) => (h.stores === true || h.logs?.includes('message')) && !h.role);
    let problem: string;
    let pointer: string;
    let severity: 'significant' | 'severe' = 'significant';
    if (foreign) {
      problem = `${foreign.where} stores or processes the data in ${foreign.country}, which is not declared as a transfer`;
      pointer = foreign.pointer;
      severity = 'severe';
    } else if (keeper >= 0) {
      problem = `${i.route[keeper]!.name} keeps message content, and its data-protection role is not recorded`;
      pointer = `/route/${keeper}`;
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'Data held where the DPIA does not look is held without the safeguards, agreements and retention the rest of the flow has.',
      likelihood: 'possible',
      severity,
      suggested: [
        'Declare each country outside the UK under transfers, with its transfer route, or keep the processing in the UK.',
        'Record the role (controller, processor or conduit) and retention of every system that keeps content.',
      ],
    });
  },
});
