/** Importing this module registers every diagnostic code (each area defines its own). */
import '../pipeline/stage-codes.js';
import '../import/codes.js';
import './codes.js';
import '../diff/codes.js';
import '../decisions/codes.js';

export { allCodes, lookupCode } from '../core/codes.js';
