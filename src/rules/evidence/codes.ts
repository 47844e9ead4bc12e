import { defineCodes } from '../../core/codes.js';

/** Diagnostic codes of this area. Each needs a docs page at docs/codes/<code>.md. */
export const evidenceCodes = defineCodes({});
