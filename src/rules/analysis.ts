import type { Diagnostic } from '../core/diagnostics.js';
import type { Estate, SourceIndex } from '../model/estate.js';

/**
 * What the derivation stage learns about the estate: each area (clinical safety, privacy,
 * retention, DSPT) adds its own slot by declaration merging from its own module:
 *
 *   declare module '../analysis.js' { interface Analysis { hazards: HazardLog } }
 *
 * Slots are filled by analyzers in registry order; emitters read them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Analysis {}

export interface AnalyzeContext {
  readonly estate: Estate;
  readonly sources: SourceIndex;
  /** The date "today" means for date-relative checks (YYYY-MM-DD): --as-of, the build date, or the clock for validate. */
  readonly asOf: string;
  /** Root folder of the config (repository paths in specs are relative to it). */
  readonly root: string;
  /** Files that exist in the repository, for evidence/runbook path checks (posix, relative to root). */
  fileExists(relativePath: string): boolean;
  /** Previously generated files, for checks that compare with the committed output (may be absent). */
  readPrevious(relativePath: string): Uint8Array | undefined;
  /**
   * Files as committed at HEAD, by path relative to root (an output file is under
   * `estate.config.output`): undefined outside a repository or for a file never committed. What
   * binds later builds (the committed hazard log) is read here. Absent for an estate held in
   * memory, where readPrevious stands for the committed output.
   */
  readCommitted?(relativePath: string): Uint8Array | undefined;
  readonly analysis: Partial<Analysis>;
  /**
   * Only the diagnostics are wanted (validate): what only the artefacts use, such as a DPIA's
   * history read from the last output, may be left out of the analysis.
   */
  readonly diagnosticsOnly?: boolean;
  report(diagnostic: Diagnostic): void;
}

export interface Analyzer {
  /** Stable id, e.g. "clinical-safety". */
  id: string;
  /** True when it only fills its slot for the artefacts and never reports: validate skips it. */
  artefactsOnly?: boolean;
  run(ctx: AnalyzeContext): void;
}

export function defineAnalyzer(analyzer: Analyzer): Analyzer {
  return analyzer;
}
