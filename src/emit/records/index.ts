import type { Emitter } from '../types.js';

export const recordsEmitters: Emitter[] = [];
