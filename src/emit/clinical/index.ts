import type { Emitter } from '../types.js';

export const clinicalEmitters: Emitter[] = [];
