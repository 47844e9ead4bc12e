import type { Emitter } from '../types.js';
import { dataFlowsEmitter, diagramsEmitter, dpiaEmitter } from './emitters.js';

/** Diagrams first: the documents reuse their renderings (the diagram service renders each once). */
export const privacyEmitters: Emitter[] = [diagramsEmitter, dpiaEmitter, dataFlowsEmitter];
