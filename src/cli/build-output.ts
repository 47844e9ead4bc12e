import { counted } from '../core/formats.js';
import { relative, sep } from 'node:path';
import type { Diagnostic, SourceLocation } from '../core/diagnostics.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import {
  OutputPathError,
  OutputRefusedError,
  OutputWriteError,
  siblings,
  writeOutput,
} from '../emit/writer.js';
import type { WriteReport } from '../emit/writer.js';
import type { EmittedFile } from '../emit/types.js';
import { manifestName } from '../emit/output-manifest.js';
import { cliCodes } from './codes.js';

export interface WriteOutcome {
  report?: WriteReport;
  diagnostics: Diagnostic[];
  /** The writer refused the folder before touching it: a usage problem (exit 2). */
  refused: boolean;
}

/** Paths in messages: relative to the repository, with forward slashes. */
export function shown(root: string, path: string): string {
  const rel = relative(root, path).split(sep).join('/');
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/**
 * Run the one writer, turning each way it can fail into a diagnostic that says what was left:
 * refusals (nothing touched, exit 2) at the config's `output` line, write failures, and notes on
 * files it replaced or left out.
 */
export function writeWithDiagnostics(
  output: GuardedOutput,
  files: readonly EmittedFile[] | (() => WriteReport),
  where: { root: string; config?: SourceLocation | undefined },
): WriteOutcome {
  try {
    // A function finishes a write already under way (files staged as they were produced).
    const report = typeof files === 'function' ? files() : writeOutput(output, files);
    const diagnostics: Diagnostic[] = [];
    const inOutput = (p: string) => ({
      file: `${output.name}/${p}`,
      line: 1,
      column: 1,
    });
    for (const p of report.repaired) diagnostics.push(cliCodes['write-repaired'].at(inOutput(p)));
    for (const p of report.dropped) diagnostics.push(cliCodes['write-dropped'].at(inOutput(p)));
    if (report.leftover)
      diagnostics.push(
        cliCodes['write-leftover'].at(
          undefined,
          shown(where.root, report.leftover.path),
          report.leftover.reason,
        ),
      );
    return { report, diagnostics, refused: false };
  } catch (e) {
    return writeFailure(e, output, where);
  }
}

/** The diagnostic for a writer failure (also for a failed recovery of an interrupted write). */
export function writeFailure(
  e: unknown,
  output: GuardedOutput,
  where: { root: string; config?: SourceLocation | undefined },
): WriteOutcome {
  const at = where.config;
  const one = (d: Diagnostic, refused: boolean): WriteOutcome => ({ diagnostics: [d], refused });
  if (e instanceof OutputPathError) return one(cliCodes['write-path-outside'].at(undefined, e.path), false);
  if (e instanceof OutputRefusedError) {
    const list = e.paths.map((p) => (e.kind === 'foreign' ? p : shown(where.root, p) || '.'));
    const names = list.slice(0, 5).join(', ') + (list.length > 5 ? ', …' : '');
    if (e.kind === 'foreign') return one(cliCodes['write-output-not-owned'].at(at, output.name, names), true);
    if (e.kind === 'read-only') {
      const folders = e.paths.map((p) => `${output.name}${p ? `/${p}` : ''}`);
      return one(
        cliCodes['write-output-read-only'].at(
          at,
          folders.slice(0, 5).join(', ') + (folders.length > 5 ? ', …' : ''),
          folders.length,
        ),
        true,
      );
    }
    if (e.kind === 'busy') return one(cliCodes['write-output-busy'].at(undefined, names), true);
    return one(cliCodes['write-staging-stuck'].at(at, names, e.detail), true);
  }
  if (e instanceof OutputWriteError && e.state === 'set-aside')
    return one(
      cliCodes['write-swap-failed'].at(undefined, e.reason, shown(where.root, siblings(output.dir).old)),
      false,
    );
  const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return one(cliCodes['write-failed'].at(undefined, reason), false);
}

export function describeWrite(report: WriteReport, output: string): string {
  if (report.written.length === 0 && report.removed.length === 0 && report.dropped.length === 0) {
    const recorded = report.manifestWritten ? `; recorded them in ${output}/${manifestName}` : '';
    return `${output}/ is up to date (${counted(report.unchanged.length, 'file')} unchanged${recorded}).`;
  }
  const parts = [`wrote ${report.written.length}`, `${report.unchanged.length} unchanged`];
  if (report.removed.length) parts.push(`removed ${report.removed.length}`);
  if (report.kept.length) parts.push(`kept ${report.kept.length} not re-rendered`);
  if (report.dropped.length) parts.push(`left out ${report.dropped.length} changed since the last build`);
  return `Built ${output}/: ${parts.join(', ')}.`;
}
