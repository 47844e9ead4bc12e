import { indexed, isIdentifiable } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * An identifier in a request URL is written to the logs of every web server, gateway and proxy
 * on the route, outside the record's access controls; NHS England's GP Connect DPIA notes that
 * the NHS number travels in message URLs and is stored in the Spine Secure Proxy audit log.
 */
export default definePrivacyRule({
  id: 'privacy-identifiers-exposed',
  check(i) {
    if (!isIdentifiable(i)) return undefined;
    const inUrl = indexed(i).find(({ item }) => item.class === 'identifier' && item.inUrl === true);
    const logger = i.route.findIndex((h) => h.logs?.includes('identifiers'));
    let problem: string;
    let pointer: string;
    if (inUrl) {
      const hops = i.route.map((h) => h.name);
      const through = hops.length > 0 ? `, through ${hops.join(', ')},` : '';
      problem = `${inUrl.item.name} is carried in request URLs${through} which web servers, gateways and proxies record in their logs`;
      pointer = `/data/items/${inUrl.index}/inUrl`;
    } else if (logger >= 0) {
      problem = `${i.route[logger]!.name} records identifiers in its logs`;
      pointer = `/route/${logger}/logs`;
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'Logs hold who was looked up, and when, outside the record’s access controls, often for longer than the record itself is needed.',
      likelihood: 'remote',
      severity: 'significant',
      suggested: [
        'Send identifiers in the request body or a header where the interface allows it, not in the URL.',
        'Limit who can read the logs that hold identifiers and how long they are kept, and say so in the DPIA.',
      ],
    });
  },
});
