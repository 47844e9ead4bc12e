/**
 * What the direct start of `govspec validate` needs, in one place: scripts/bundle.js makes it one
 * file (dist/bundle/validate.js), so starting validate reads one module instead of about two hundred.
 */
export { runValidate } from './validate-run.js';
export { guardStandardStreams } from './streams.js';
export { reportFailure } from './failure.js';
