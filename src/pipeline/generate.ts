import type { Diagnostic } from '../core/diagnostics.js';
import { hasErrors, sortDiagnostics } from '../core/diagnostics.js';
import type { Host } from '../core/host.js';
import { compile, derive } from './compile.js';
import type { CompileResult } from './compile.js';
import { previousOutput } from './previous-output.js';
import { integrationProvenance } from './integration-provenance.js';
import {
  buildInfoFile,
  inputHistory,
  inputPathspecs,
  inputsDigest,
  recordBuild,
  resolveBuildInfo,
} from './provenance.js';
import { provenanceCodes } from './provenance-codes.js';
import { emitCodes } from '../emit/codes.js';
import { pipelineCodes } from './codes.js';
import { emitters as allEmitters } from '../emit/registry.js';
import { HeapWatch } from './heap.js';
import { createTemplateEngine } from '../emit/templates.js';
import { loadTemplateOverrides } from '../emit/template-overrides.js';
import type { TemplateOverrides } from '../emit/template-overrides.js';
import { cacheKey, noCache } from '../emit/cache.js';
import { codeDigest } from '../emit/code-digest.js';
import type { EmitCache } from '../emit/cache.js';
import { isIntegrationEmitter } from '../emit/types.js';
import type { AnyEmitter, BuildInfo, EmitContext, EmitServices, EmittedFile } from '../emit/types.js';
import type { Integration } from '../model/estate.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import { entryOf, readManifest, sameEntry } from '../emit/output-manifest.js';

export interface GenerateOptions {
  host: Host;
  configFile?: string;
  /** Explicit as-of date; default: the build date, else the given fallback (validate uses the clock). */
  asOf?: string;
  fallbackAsOf: string;
  /** Reads the previous output, relative to the output folder. Default: from the host. */
  readPrevious?: (path: string) => Uint8Array | undefined;
  emitters?: readonly AnyEmitter[];
  /** Per-integration output cache (default: none). */
  cache?: EmitCache;
  /** Progress messages for long work (the CLI shows them on a terminal only). */
  progress?: (message: string) => void;
  /** Called with the guarded output folder once the config is known, before the previous output is read. */
  beforeRead?: (output: GuardedOutput) => void;
  env?: NodeJS.ProcessEnv;
  /** Adds to the analysis before anything is emitted (the change summaries git gives the CLI). */
  amendAnalysis?: (compiled: CompileResult, asOf: string) => void;
  /** Nothing may be written, not even to govspec's caches (`check`). */
  writesNothing?: boolean;
  /**
   * Where each file goes as soon as it is produced (the writer's staging folder, or `check`), so
   * the output is never held whole; the result's `files` is then empty. The files handed over
   * are a complete set only when `files` is defined.
   */
  sink?: (file: EmittedFile) => void;
}

export interface GenerateResult {
  compiled: CompileResult;
  build?: BuildInfo;
  /**
   * Files to write (empty when they went to the sink); undefined when the specs have errors or an
   * emitter failed (nothing may be written).
   */
  files?: EmittedFile[];
  diagnostics: Diagnostic[];
  /** The template overrides the build read, for anything else rendered from the same inputs. */
  templates?: TemplateOverrides;
  /** Whether a file of the previous output is still what govspec wrote (see EmitContext). */
  intact?: (path: string, bytes: Uint8Array) => boolean;
}

/**
 * compile → emit, in memory or file by file into a sink. The caller decides whether to write or
 * compare.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { host } = options;
  // Provenance first: the as-of date for generated files is the build date, never the clock.
  const preliminary = compile({
    host,
    configFile: options.configFile,
    asOf: options.asOf ?? options.fallbackAsOf,
    skipAnalysis: true,
  });
  if (!preliminary.config || !preliminary.complete)
    return { compiled: preliminary, diagnostics: preliminary.diagnostics };
  const config = preliminary.config;
  if (preliminary.output) options.beforeRead?.(preliminary.output);
  const readPrevious = options.readPrevious ?? previousOutput(host, config.output);
  const configFile = options.configFile ?? 'govspec.config.yaml';
  const inputs = [configFile, ...preliminary.specFiles];
  const templateReport: Diagnostic[] = [];
  const overrides = loadTemplateOverrides(host, config.templates, (d) => templateReport.push(d));
  const templateFiles = [...overrides.files.values()].map((f) => f.file);
  inputs.push(...templateFiles);
  // Provenance from git: the commit that last changed an input, never HEAD or the clock.
  const history = inputHistory(
    host.root,
    inputPathspecs(config.specs, configFile, config.output, config.templates),
    inputs,
  );
  const build = resolveBuildInfo(inputsDigest(host, inputs), history.last, history.dirty, options.env);
  if (build.dateOutOfRange) {
    const { source, year } = build.dateOutOfRange;
    const diagnostics = [
      ...preliminary.diagnostics,
      pipelineCodes['build-date-out-of-range'].at(undefined, source, year),
    ];
    return { compiled: preliminary, diagnostics: sortDiagnostics(diagnostics) };
  }
  const asOf = options.asOf ?? build.date ?? options.fallbackAsOf;
  // Re-derive (lint and derivation rules at the build date) on what the first pass loaded.
  const compiled = preliminary.loaded
    ? derive(preliminary.loaded, { asOf, readPrevious })
    : compile({ host, configFile: options.configFile, asOf, readPrevious });
  const diagnostics = [...compiled.diagnostics, ...templateReport];
  if (history.shallow) diagnostics.push(provenanceCodes['build-shallow-history'].at(undefined));
  if (!compiled.estate || !compiled.complete) return { compiled, build, diagnostics };
  options.amendAnalysis?.(compiled, asOf);
  options.progress?.(
    `${compiled.estate.integrations.length} spec${compiled.estate.integrations.length === 1 ? '' : 's'} checked`,
  );

  const templates = createTemplateEngine(overrides, (d) => diagnostics.push(d));
  const services: EmitServices & { close?: () => Promise<void> } = {};
  const heap = new HeapWatch();
  const files: EmittedFile[] = [];
  const sink = options.sink;
  const deliver = (produced: readonly EmittedFile[]) => {
    if (sink) for (const f of produced) sink(f);
    else files.push(...produced);
  };
  let failed = false;
  try {
    const list = options.emitters ?? allEmitters;
    const ctx: EmitContext = {
      estate: compiled.estate,
      analysis: compiled.analysis,
      sources: compiled.sources,
      build,
      templates,
      asOf,
      services,
      report: (d) => diagnostics.push(d),
      ...(compiled.output ? { previousIntact: previousIntact(compiled.output.dir) } : {}),
      ...(options.writesNothing ? { writesNothing: true } : {}),
    };
    const cache = options.cache ?? noCache;
    // Per-integration files depend on their own provenance, never the estate's commit or date;
    // and on govspec's own code, so a changed govspec never reuses what an older one cached.
    const configKey = cacheKey([config, build.govspecVersion, codeDigest(), overrides.key]);
    const own = integrationProvenance(host, history, [configFile, ...templateFiles], {
      env: options.env,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      fallbackAsOf: asOf,
    });
    // One digest per integration, shared by every per-integration emitter's cache key.
    const integrationKeys = new Map<Integration, string>();
    const integrationKey = (i: Integration): string => {
      let key = integrationKeys.get(i);
      if (key === undefined) integrationKeys.set(i, (key = cacheKey([i])));
      return key;
    };
    for (const [n, emitter] of list.entries()) {
      options.progress?.(`generating ${emitter.description} (${n + 1}/${list.length})`);
      try {
        if (!isIntegrationEmitter(emitter)) {
          deliver(await emitter.emit(ctx));
          continue;
        }
        const one = async (integration: Integration): Promise<EmittedFile[]> => {
          const reported: Diagnostic[] = [];
          const { build: ownBuild, asOf: ownAsOf } = own(integration);
          const ownCtx: EmitContext = {
            ...ctx,
            build: ownBuild,
            asOf: ownAsOf,
            report: (d) => {
              reported.push(d);
              ctx.report(d);
            },
          };
          const key = cacheKey([
            emitter.id,
            configKey,
            integrationKey(integration),
            ownBuild,
            ownAsOf,
            (await emitter.dependsOn?.(integration, ownCtx)) ?? null,
          ]);
          const hit = cache.get(key);
          if (hit) {
            // What the emitter said while producing these files is said again on every build.
            for (const d of hit.diagnostics) ctx.report(d);
            return hit.files;
          }
          const produced = await emitter.emitOne(integration, ownCtx);
          // Errors are not cached, so the part is produced again (and the error seen) next time.
          if (!reported.some((d) => d.severity === 'error')) cache.set(key, produced, reported);
          return produced;
        };
        // A few integrations at a time, so work handed to worker threads overlaps; output keeps
        // the estate's order whatever finishes first.
        for (const batch of chunks(compiled.estate.integrations, 8)) {
          for (const produced of await Promise.all(batch.map(one))) deliver(produced);
          heap.collectIfGrown();
        }
      } catch (e) {
        failed = true;
        const detail = e instanceof Error ? e.message : String(e);
        diagnostics.push(emitCodes['emitter-failed'].at(undefined, emitter.id, detail));
      } finally {
        const done = services.emitterDone;
        delete services.emitterDone;
        // Letting go of workers only frees memory: a failure to do so loses nothing built.
        await done?.call(services).catch(() => undefined);
        heap.collectIfGrown();
      }
    }
  } finally {
    await services.close?.();
  }
  deliver([{ path: buildInfoFile, content: recordBuild(build) }]);
  const sorted = sortDiagnostics(diagnostics);
  // A template or emitter failure means the set is incomplete: write nothing.
  const incomplete =
    failed || sorted.some((d) => d.severity === 'error' && /^(template|emitter)-/.test(d.code));
  return {
    compiled,
    build,
    files: incomplete ? undefined : files,
    diagnostics: sorted,
    templates: overrides,
  };
}

export { hasErrors };

/** Checks files of the previous output against the writer's manifest (anything passes without one). */
function previousIntact(dir: string): (path: string, bytes: Uint8Array) => boolean {
  const manifest = readManifest(dir);
  if (manifest === undefined) return () => true;
  if (manifest === 'damaged') return () => false;
  return (path, bytes) => sameEntry(entryOf(bytes), manifest.get(path));
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
