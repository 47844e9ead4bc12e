import { renderDocx } from '../privacy/render-docx.js';
import { renderMarkdown } from '../privacy/render-markdown.js';
import { defineEmitter } from '../types.js';
import { safetyCaseDocument } from './safety-case.js';
import { outputFolder } from './view.js';

const base = `${outputFolder}/safety-case-report`;

/**
 * generated/clinical-safety/safety-case-report.md and .docx: the draft CSCR, worded per DCB role.
 * One block document, rendered by the renderers the DPIA uses (Word through the document kit).
 */
export const safetyCaseReport = defineEmitter({
  id: 'clinical-safety-case-report',
  description: 'Draft Clinical Safety Case Report (Markdown and Word)',
  async emit(ctx) {
    const log = ctx.analysis.hazards;
    if (!log) return [];
    const doc = safetyCaseDocument(ctx, log);
    const text = renderMarkdown(doc, ctx.templates);
    if (text === undefined) return [];
    return [
      { path: `${base}.md`, content: text },
      { path: `${base}.docx`, content: await renderDocx(doc, ctx.build.timestamp) },
    ];
  },
});
