import type { Position } from './privacy-guidance.js';
import { sources } from './citations.js';

/**
 * Since 5 February 2026 an information standard under s.250 of the Health and Social Care Act
 * 2012 may apply to a relevant IT provider and may cover IT and IT services (Data (Use and Access)
 * Act 2025, s.121 and Schedule 15, commenced by SI 2026/82). Read by the safety case's legal
 * basis, which names the standards DCB0129 and DCB0160 are published as.
 */
export const informationStandardsOnSuppliers: Position = {
  text: 'Since 5 February 2026 (Data (Use and Access) Act 2025, s.121 and Schedule 15) information standards may also apply to providers of IT products and services used in health and adult social care in England.',
  sources: [sources.duaaSchedule15, sources.hsca2012s250, sources.duaaCommencement],
};
