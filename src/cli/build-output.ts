import type { Diagnostic } from '../core/diagnostics.js';
import { OutputPathError, writeOutput } from '../emit/writer.js';
import type { WriteReport } from '../emit/writer.js';
import type { EmittedFile } from '../emit/types.js';
import { cliCodes } from './codes.js';

/** Run the one writer, turning its failures into diagnostics (the previous output stays as it was). */
export function writeWithDiagnostics(
  outDir: string,
  files: readonly EmittedFile[],
): [WriteReport | undefined, Diagnostic[]] {
  try {
    return [writeOutput(outDir, files), []];
  } catch (e) {
    if (e instanceof OutputPathError)
      return [undefined, [cliCodes['write-path-outside'].at(undefined, e.path)]];
    const reason = e instanceof Error ? e.message : String(e);
    return [undefined, [cliCodes['write-failed'].at(undefined, reason)]];
  }
}

export function describeWrite(report: WriteReport, output: string): string {
  if (report.written.length === 0 && report.removed.length === 0) {
    return `${output}/ is up to date (${report.unchanged.length} files unchanged).`;
  }
  const parts = [`wrote ${report.written.length}`, `${report.unchanged.length} unchanged`];
  if (report.removed.length) parts.push(`removed ${report.removed.length}`);
  if (report.kept.length) parts.push(`kept ${report.kept.length} not re-rendered`);
  return `Built ${output}/: ${parts.join(', ')}.`;
}
