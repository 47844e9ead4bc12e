import type { AnyEmitter } from '../types.js';
import { hazardLogXlsx } from './hazard-log-xlsx.js';
import { hazardsJson } from './hazards-json.js';
import { hazardLogMarkdown, integrationHazardPages } from './markdown.js';
import { safetyCaseReport } from './safety-case-report.js';

export const clinicalEmitters: AnyEmitter[] = [
  hazardsJson,
  hazardLogMarkdown,
  integrationHazardPages,
  hazardLogXlsx,
  safetyCaseReport,
];
