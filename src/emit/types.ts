import type { Diagnostic } from '../core/diagnostics.js';
import type { Estate, Integration, SourceIndex } from '../model/estate.js';
import type { Analysis } from '../rules/analysis.js';
import type { TemplateEngine } from './templates.js';

/** One generated file, in memory. Paths are posix, relative to the output folder. */
export interface OutputFile {
  path: string;
  content: Uint8Array | string;
}

/** A file the emitter could not produce this time (e.g. no browser for diagrams): keep the existing one. */
export interface KeptFile {
  path: string;
  keepExisting: true;
  /** Why the existing file may not be carried over (a damaged PNG, an SVG with a script); undefined when it may. */
  problem?: (bytes: Uint8Array) => string | undefined;
}

/**
 * A large file produced a piece at a time as it is written (the machine-readable hazard log of
 * an estate of thousands): the writer and `check` take the pieces in order and never hold the
 * whole text. `pieces` may be called more than once and gives the same text each time.
 */
export interface StreamedFile {
  path: string;
  pieces(): Iterable<string>;
}

export type EmittedFile = OutputFile | KeptFile | StreamedFile;

export interface BuildInfo {
  /** Build date (YYYY-MM-DD): SOURCE_DATE_EPOCH, else the date of that commit; undefined when neither exists. */
  date?: string;
  /** Full timestamp used for zip entry times, same source as date. */
  timestamp?: Date;
  /** The last git commit that changed the inputs, when known. */
  commit?: string;
  /** True when the inputs had uncommitted changes (said in build-info.json only, never in a document). */
  dirty: boolean;
  govspecVersion: string;
  /**
   * SHA-256 of the inputs the files were built from (spec, config and templates, and the govspec
   * version): what signed documents cite, so a build of uncommitted inputs never claims a commit.
   */
  inputs?: string;
}

export interface EmitContext {
  readonly estate: Estate;
  readonly analysis: Partial<Analysis>;
  readonly sources: SourceIndex;
  readonly build: BuildInfo;
  readonly templates: TemplateEngine;
  readonly asOf: string;
  report(diagnostic: Diagnostic): void;
  /**
   * True when a file read from the previous output is byte for byte what govspec wrote there (by
   * the output folder's manifest; true when there is no manifest yet). Files carried over into a
   * new build must pass it.
   */
  previousIntact?(path: string, bytes: Uint8Array): boolean;
  /** True when the run must write nothing, not even to govspec's caches (`check`). */
  readonly writesNothing?: boolean;
  /** Shared, lazily created services (for example one browser for all diagrams). */
  readonly services: EmitServices;
}

/** Each area may add a service by declaration merging, like Analysis. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EmitServices {}

export interface Emitter {
  /** Stable id, e.g. "estate-markdown". */
  id: string;
  description: string;
  emit(ctx: EmitContext): Promise<EmittedFile[]> | EmittedFile[];
}

export function defineEmitter(emitter: Emitter): Emitter {
  return emitter;
}

/**
 * An emitter whose files for one integration depend only on that integration (plus config and
 * build info, and whatever `dependsOn` returns). The build caches its output by a hash of those
 * inputs, so a rebuild after one spec changes regenerates only that spec's files. Its context's
 * `build` and `asOf` are the integration's own (the last commit that changed its spec, the config
 * or the templates, and a digest of those), so its files do not change when another spec does.
 */
export interface IntegrationEmitter {
  id: string;
  description: string;
  /** Inputs beyond the integration itself, e.g. its derived hazards. JSON-serialisable, deterministic. */
  dependsOn?(integration: Integration, ctx: EmitContext): unknown;
  emitOne(integration: Integration, ctx: EmitContext): Promise<EmittedFile[]> | EmittedFile[];
}

export function defineIntegrationEmitter(emitter: IntegrationEmitter): IntegrationEmitter {
  return emitter;
}

export type AnyEmitter = Emitter | IntegrationEmitter;

export function isIntegrationEmitter(e: AnyEmitter): e is IntegrationEmitter {
  return 'emitOne' in e;
}

export function isStreamed(file: EmittedFile): file is StreamedFile {
  return 'pieces' in file;
}

/** A produced file whole (a streamed file's pieces joined), for callers that keep files. */
export function wholeFile(file: OutputFile | StreamedFile): OutputFile {
  return isStreamed(file) ? { path: file.path, content: [...file.pieces()].join('') } : file;
}

export function isKept(file: EmittedFile): file is KeptFile {
  return 'keepExisting' in file;
}
