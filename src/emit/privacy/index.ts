import type { Emitter } from '../types.js';

export const privacyEmitters: Emitter[] = [];
