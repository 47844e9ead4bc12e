import './stage-codes.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { hasErrors, sortDiagnostics } from '../core/diagnostics.js';
import type { Host } from '../core/host.js';
import { configCodes } from '../load/config-codes.js';
import { loadCodes } from '../load/codes.js';
import { applyRuleSettings, loadConfig } from '../load/config.js';
import { configFileName } from '../load/find-config.js';
import { globsReachInto, matchGlobs } from '../load/globs.js';
import type { SourceMap } from '../core/source-map.js';
import { duplicateIds, loadSpec, readYamlFile } from '../load/specs.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import { committedFiles } from './committed.js';
import { checkConfigPaths } from './config-paths.js';
import type { LoadedSpec } from '../load/specs.js';
import type { Config, Estate, SourceIndex } from '../model/estate.js';
import { makeSourceIndex } from '../model/estate.js';
import { buildEstate } from '../model/normalise.js';
import type { Analysis } from '../rules/analysis.js';
import { analyzers } from '../rules/analyzers.js';
import { runLint } from '../rules/lint/engine.js';

export interface CompileOptions {
  host: Host;
  /** Config file name relative to host.root. */
  configFile?: string;
  /** "Today" for date-relative checks, YYYY-MM-DD. */
  asOf: string;
  /** Reads a previously generated file (relative to the output folder). Default: from the host. */
  readPrevious?: (path: string) => Uint8Array | undefined;
  /** Reads a file as committed at HEAD (relative to host.root). Default: from git. */
  readCommitted?: (path: string) => Uint8Array | undefined;
  /** Stop after lint (no derivation): validate-only runs that do not need findings. */
  skipAnalysis?: boolean;
  /**
   * Only the diagnostics are wanted (validate): derivation rules that only feed artefacts are
   * not run. The diagnostics are the same as a build's; `analysis` lacks those slots.
   */
  diagnosticsOnly?: boolean;
}

export interface CompileResult {
  config?: Config;
  /** Present when the config loaded; holds only the specs that validated. */
  estate?: Estate;
  /** True when every spec validated: only then may artefacts be generated. */
  complete: boolean;
  analysis: Partial<Analysis>;
  sources: SourceIndex;
  diagnostics: Diagnostic[];
  /** True when the problem is with the config itself (exit code 2). */
  configProblem: boolean;
  specFiles: string[];
  /** The load stage, when the config loaded: derive() can run on it again without re-reading. */
  loaded?: Loaded;
  /** The output folder, checked by the output guard, when the host is the file system. */
  output?: GuardedOutput;
}

/** load → validate → model → lint → derive. Never throws for bad input. */
export function compile(options: CompileOptions): CompileResult {
  const { host } = options;
  const configFile = options.configFile ?? configFileName;
  const diagnostics: Diagnostic[] = [];
  const emptySources = makeSourceIndex(new Map(), undefined, configFile);
  const fail = (configProblem: boolean): CompileResult => ({
    complete: false,
    analysis: {},
    sources: emptySources,
    diagnostics: sortDiagnostics(diagnostics),
    configProblem,
    specFiles: [],
  });

  const [configBytes, readDiags] = readYamlFile(host, configFile);
  if (!configBytes) {
    const missing = !host.exists(configFile) && readDiags.every((d) => d.code === 'load-unreadable');
    diagnostics.push(...(missing ? [configCodes['config-not-found'].at(undefined, host.root)] : readDiags));
    return fail(true);
  }
  const [config, configMap, configDiags] = loadConfig(configFile, configBytes);
  diagnostics.push(...configDiags);
  if (!config) return fail(true);

  const matched = matchGlobs(host.listFiles(), config.specs).filter((f) => f !== configFile);
  const paths = checkConfigPaths(host, config, configMap, configFile, matched);
  diagnostics.push(...paths.diagnostics);
  if (hasErrors(paths.diagnostics)) return fail(true);
  const files = matched;
  for (const link of matchGlobs(host.outsideLinks?.() ?? [], config.specs)) {
    diagnostics.push(loadCodes['load-link-outside'].at({ file: link, line: 1, column: 1 }));
  }
  // A folder that may hold specs but cannot be read is named: never a silently smaller estate.
  for (const folder of host.unreadableFolders?.() ?? []) {
    if (globsReachInto(config.specs, folder.path))
      diagnostics.push(
        loadCodes['load-folder-unreadable'].at({ file: folder.path, line: 1, column: 1 }, folder.reason),
      );
  }
  if (files.length === 0)
    diagnostics.push(configCodes['config-no-specs'].at(configMap?.value('/specs'), config.specs.join(', ')));

  const loaded: LoadedSpec[] = [];
  for (const file of files) {
    const [spec, diags] = loadSpec(host, file);
    diagnostics.push(...diags);
    if (spec) loaded.push(spec);
  }
  const [unique, dupDiags] = duplicateIds(loaded);
  diagnostics.push(...dupDiags);

  const maps = new Map<string, SourceMap>(unique.map((s) => [s.spec.id, s.map]));
  const sources = makeSourceIndex(maps, configMap, configFile);
  const estate = buildEstate(
    config,
    unique.map((s) => ({ spec: s.spec, file: s.file })),
  );
  const complete = !hasErrors(diagnostics);
  return derive(
    {
      config,
      estate,
      complete,
      sources,
      loadDiagnostics: diagnostics,
      specFiles: files,
      host,
      ...(paths.output ? { output: paths.output } : {}),
    },
    options,
  );
}

/** What loading produced: reused when the same inputs are derived again (for example at another as-of date). */
export interface Loaded {
  config: Config;
  estate: Estate;
  complete: boolean;
  sources: SourceIndex;
  loadDiagnostics: readonly Diagnostic[];
  specFiles: string[];
  host: Host;
  output?: GuardedOutput;
}

/** lint → derivation rules → config severities, over an already loaded estate. */
export function derive(
  loaded: Loaded,
  options: Pick<
    CompileOptions,
    'asOf' | 'readPrevious' | 'readCommitted' | 'skipAnalysis' | 'diagnosticsOnly'
  >,
): CompileResult {
  const { config, estate, complete, sources, host } = loaded;
  const diagnostics = [...loaded.loadDiagnostics];
  diagnostics.push(...runLint(estate, sources, options.asOf));

  const analysis: Partial<Analysis> = {};
  if (complete && !options.skipAnalysis) {
    const readCommitted = options.readCommitted ?? committedFiles(host);
    for (const analyzer of analyzers) {
      if (options.diagnosticsOnly && analyzer.artefactsOnly) continue;
      analyzer.run({
        estate,
        sources,
        asOf: options.asOf,
        root: host.root,
        fileExists: (p) => host.exists(p),
        readPrevious: options.readPrevious ?? ((p) => host.readFile(`${config.output}/${p}`)),
        readCommitted,
        analysis,
        diagnosticsOnly: options.diagnosticsOnly,
        report: (d) => diagnostics.push(d),
      });
    }
  }
  // Positions were found for this run's diagnostics and hazards: later ones are found again. A
  // pass without derivation is derived again next (build), so it keeps them for that pass.
  if (!options.skipAnalysis) sources.release?.();
  return {
    config,
    estate,
    complete,
    analysis,
    sources,
    diagnostics: sortDiagnostics(applyRuleSettings(diagnostics, config)),
    configProblem: false,
    specFiles: loaded.specFiles,
    ...(loaded.output ? { output: loaded.output } : {}),
    loaded,
  };
}
