/** Importing this module registers every diagnostic code (each area defines its own). */
import '../load/codes.js';
import '../validate/codes.js';
import '../rules/lint/codes.js';
import '../emit/codes.js';
import '../rules/lint/codes.js';
import '../rules/clinical/codes.js';
import '../rules/privacy/codes.js';
import '../rules/records/codes.js';
import '../rules/evidence/codes.js';
import '../import/codes.js';
import '../cli/codes.js';
import '../diff/codes.js';

export { allCodes, lookupCode } from './codes.js';
