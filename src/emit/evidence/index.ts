import type { Emitter } from '../types.js';

export const evidenceEmitters: Emitter[] = [];
