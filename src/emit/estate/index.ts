import type { Emitter } from '../types.js';
import { estateMarkdown } from './estate-markdown.js';
import { modelJson } from './model-json.js';

export const estateEmitters: Emitter[] = [estateMarkdown, modelJson];
