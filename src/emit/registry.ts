import { clinicalEmitters } from './clinical/index.js';
import { estateEmitters } from './estate/index.js';
import { evidenceEmitters } from './evidence/index.js';
import { privacyEmitters } from './privacy/index.js';
import { recordsEmitters } from './records/index.js';
import type { AnyEmitter } from './types.js';

/** Every emitter `build` runs, in order. Each area lists its own in its index module. */
export const emitters: readonly AnyEmitter[] = [
  ...estateEmitters,
  ...clinicalEmitters,
  ...privacyEmitters,
  ...recordsEmitters,
  ...evidenceEmitters,
];
