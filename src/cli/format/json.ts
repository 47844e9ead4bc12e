import type { Diagnostic } from '../../core/diagnostics.js';
import { countBySeverity } from '../../core/diagnostics.js';
import { jsonText } from '../terminal-text.js';

/** Machine output: { diagnostics, summary }. The shape is part of the CLI contract. */
export function jsonReport(diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}): string {
  const c = countBySeverity(diagnostics);
  return `${jsonText(JSON.stringify({ ...extra, summary: { errors: c.error, warnings: c.warning, infos: c.info }, diagnostics }, null, 2))}\n`;
}
