import type { Diagnostic } from '../../core/diagnostics.js';
import { countBySeverity } from '../../core/diagnostics.js';
import { ciSafeLines, terminalText } from '../terminal-text.js';

/**
 * Human output grouped by file, like eslint's stylish formatter. File names and messages carry
 * spec text, so they are made inert for terminals and CI logs (see terminal-text.ts).
 */
export function stylish(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  let current: string | undefined = '\0';
  for (const d of diagnostics) {
    const file = d.location?.file;
    if (file !== current) {
      if (lines.length > 0) lines.push('');
      lines.push(file === undefined ? '(no file)' : terminalText(file));
      current = file;
    }
    const pos = d.location ? `${d.location.line}:${d.location.column}` : '';
    lines.push(`  ${pos.padEnd(8)} ${d.severity.padEnd(7)} ${terminalText(d.message)}  ${d.code}`);
  }
  const c = countBySeverity(diagnostics);
  const total = c.error + c.warning;
  if (lines.length > 0) lines.push('');
  lines.push(
    total === 0 && c.info === 0
      ? 'No problems.'
      : `${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'})${c.info ? `, ${c.info} note${c.info === 1 ? '' : 's'}` : ''}`,
  );
  return `${ciSafeLines(lines.join('\n'))}\n`;
}
