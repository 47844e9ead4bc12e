import { join } from 'node:path';
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
import { emitters as allEmitters } from '../emit/registry.js';
import { createTemplateEngine } from '../emit/templates.js';
import { cacheKey, noCache } from '../emit/cache.js';
import type { EmitCache } from '../emit/cache.js';
import { isIntegrationEmitter } from '../emit/types.js';
import type { AnyEmitter, BuildInfo, EmitContext, EmitServices, EmittedFile } from '../emit/types.js';
import type { Integration } from '../model/estate.js';

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
  /** Called with the output folder once the config is known, before the previous output is read. */
  beforeRead?: (output: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface GenerateResult {
  compiled: CompileResult;
  build?: BuildInfo;
  /** Files to write; undefined when the specs have errors (nothing may be generated). */
  files?: EmittedFile[];
  diagnostics: Diagnostic[];
}

/** compile → emit, all in memory. The caller decides whether to write or compare. */
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
  options.beforeRead?.(config.output);
  const readPrevious = options.readPrevious ?? previousOutput(host, config.output);
  const configFile = options.configFile ?? 'govspec.config.yaml';
  const inputs = [configFile, ...preliminary.specFiles];
  const templateFiles: string[] = [];
  if (config.templates) {
    const prefix = `${config.templates.replace(/\/+$/, '')}/`;
    templateFiles.push(...host.listFiles().filter((f) => f.startsWith(prefix)));
    inputs.push(...templateFiles);
  }
  // Provenance from git: the commit that last changed an input, never HEAD or the clock.
  const history = inputHistory(
    host.root,
    inputPathspecs(config.specs, configFile, config.output, config.templates),
    inputs,
  );
  const build = resolveBuildInfo(inputsDigest(host, inputs), history.last, history.dirty, options.env);
  const asOf = options.asOf ?? build.date ?? options.fallbackAsOf;
  // Re-derive (lint and derivation rules at the build date) on what the first pass loaded.
  const compiled = preliminary.loaded
    ? derive(preliminary.loaded, { asOf, readPrevious })
    : compile({ host, configFile: options.configFile, asOf, readPrevious });
  const diagnostics = [...compiled.diagnostics];
  if (history.shallow) diagnostics.push(provenanceCodes['build-shallow-history'].at(undefined));
  if (!compiled.estate || !compiled.complete) return { compiled, build, diagnostics };
  options.progress?.(`${compiled.estate.integrations.length} specs checked`);

  const templates = createTemplateEngine(
    config.templates ? join(host.root, config.templates) : undefined,
    (d) => diagnostics.push(d),
  );
  const services: EmitServices & { close?: () => Promise<void> } = {};
  const files: EmittedFile[] = [];
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
    };
    const cache = options.cache ?? noCache;
    // Per-integration files depend on their own provenance, never the estate's commit or date.
    const configKey = cacheKey([config, build.govspecVersion, inputsDigest(host, templateFiles)]);
    const own = integrationProvenance(host, history, [configFile, ...templateFiles], {
      env: options.env,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      fallbackAsOf: asOf,
    });
    for (const [n, emitter] of list.entries()) {
      options.progress?.(`generating ${emitter.description} (${n + 1}/${list.length})`);
      try {
        if (!isIntegrationEmitter(emitter)) {
          files.push(...(await emitter.emit(ctx)));
          continue;
        }
        const one = async (integration: Integration): Promise<EmittedFile[]> => {
          let reported = 0;
          const { build: ownBuild, asOf: ownAsOf } = own(integration);
          const ownCtx: EmitContext = {
            ...ctx,
            build: ownBuild,
            asOf: ownAsOf,
            report: (d) => {
              reported += 1;
              ctx.report(d);
            },
          };
          const key = cacheKey([
            emitter.id,
            configKey,
            integration,
            ownBuild,
            ownAsOf,
            (await emitter.dependsOn?.(integration, ownCtx)) ?? null,
          ]);
          const hit = cache.get(key);
          if (hit) return hit;
          const produced = await emitter.emitOne(integration, ownCtx);
          // Output that came with a diagnostic is not cached, so the diagnostic shows again next time.
          if (reported === 0) cache.set(key, produced);
          return produced;
        };
        // A few integrations at a time, so work handed to worker threads overlaps; output keeps
        // the estate's order whatever finishes first.
        for (const batch of chunks(compiled.estate.integrations, 8)) {
          for (const produced of await Promise.all(batch.map(one))) files.push(...produced);
        }
      } catch (e) {
        failed = true;
        const detail = e instanceof Error ? e.message : String(e);
        diagnostics.push(emitCodes['emitter-failed'].at(undefined, emitter.id, detail));
      }
    }
  } finally {
    await services.close?.();
  }
  files.push({ path: buildInfoFile, content: recordBuild(build) });
  const sorted = sortDiagnostics(diagnostics);
  // A template or emitter failure means the set is incomplete: write nothing.
  const incomplete =
    failed || sorted.some((d) => d.severity === 'error' && /^(template|emitter)-/.test(d.code));
  return { compiled, build, files: incomplete ? undefined : files, diagnostics: sorted };
}

export { hasErrors };

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
