import { countBySeverity } from '../core/diagnostics.js';
import { summaryLine } from './render-markdown.js';
import type { GovernanceDiff } from './types.js';

/**
 * `govspec diff --json`: the whole change with a summary first. The shape is part of the CLI
 * contract (documented in docs/ci/README.md); `format` changes only when a field is removed.
 */
export function renderDiffJson(diff: GovernanceDiff): string {
  const c = countBySeverity(diff.diagnostics);
  const count = (k: string) => diff.integrations.filter((i) => i.change === k).length;
  const summary = {
    line: summaryLine(diff).replace(/\*\*/g, ''),
    integrations: diff.integrations.length,
    added: count('added'),
    changed: count('changed'),
    retired: count('retired'),
    removed: count('removed'),
    moved: diff.moved.length,
    required: diff.required.length,
    errors: c.error,
    warnings: c.warning,
  };
  return `${JSON.stringify({ format: 'govspec-diff/1', summary, ...diff }, null, 2)}\n`;
}
