import type { Emitter } from '../types.js';
import { estateHtml } from './estate-html.js';
import { estateMarkdown } from './estate-markdown.js';
import { estateXlsx } from './estate-xlsx.js';
import { modelJson } from './model-json.js';

export const estateEmitters: Emitter[] = [estateMarkdown, estateXlsx, estateHtml, modelJson];
