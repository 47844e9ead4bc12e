import type { AnyEmitter } from '../types.js';
import { dataFlowsEmitter, diagramsEmitter, dpiaEmitter } from './emitters.js';
import { riskRegisterXlsx } from './register-xlsx.js';

/**
 * Diagrams first: the DPIA sections reuse their renderings (the diagram service renders each
 * diagram once per build). Per-integration outputs are cached by the build between runs.
 */
export const privacyEmitters: AnyEmitter[] = [
  diagramsEmitter,
  dpiaEmitter,
  dataFlowsEmitter,
  riskRegisterXlsx,
];
