import { defineCodes } from '../core/codes.js';

/** Diagnostic codes of the importers. Each needs a docs page at docs/codes/<code>.md. */
export const importCodes = defineCodes({});
