import type { Emitter } from '../types.js';
import { retentionCsv } from './retention-csv.js';
import { retentionMarkdown } from './retention-markdown.js';
import { retentionXlsx } from './retention-xlsx.js';

export const recordsEmitters: Emitter[] = [retentionMarkdown, retentionCsv, retentionXlsx];
