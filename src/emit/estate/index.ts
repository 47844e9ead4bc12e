import type { Emitter } from '../types.js';

export const estateEmitters: Emitter[] = [];
