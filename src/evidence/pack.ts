import type { KeyObject } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostics.js';
import { generate } from '../pipeline/generate.js';
import type { Host } from '../core/host.js';
import { createTemplateEngine } from '../emit/templates.js';
import type { EmittedFile, OutputFile } from '../emit/types.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import { isKept, wholeFile } from '../emit/types.js';
import type { Bundle } from './bundle.js';
import { buildBundle } from './bundle.js';
import { carrySources, citedSources } from './sources.js';

export interface PackOptions {
  host: Host;
  configFile?: string;
  asOf?: string;
  env?: NodeJS.ProcessEnv;
  signWith?: KeyObject;
}

export interface PackResult {
  bundle?: Bundle;
  /** Output folder from the config, when it loaded. */
  output?: string;
  /** The output folder, when it passed the output guard. */
  outputFolder?: GuardedOutput;
  /** Spec files read, relative to the repository. */
  specFiles?: readonly string[];
  edition?: string;
  diagnostics: Diagnostic[];
  configProblem: boolean;
}

/**
 * The full compile and emit pipeline in memory, then the evidence bundle from its output. Nothing
 * is written: the generated folder stays as it is, and the caller decides where the zip goes.
 */
export async function evidencePack(options: PackOptions): Promise<PackResult> {
  const { host } = options;
  const result = await generate({
    host,
    configFile: options.configFile,
    asOf: options.asOf,
    fallbackAsOf: '',
    env: options.env,
  });
  const diagnostics = [...result.diagnostics];
  const config = result.compiled.config;
  const evidence = result.compiled.analysis.evidence;
  const base = {
    diagnostics,
    configProblem: result.compiled.configProblem,
    specFiles: result.compiled.specFiles,
    ...(result.compiled.output ? { outputFolder: result.compiled.output } : {}),
  };
  if (!config || !result.files || !result.build || !result.compiled.estate || !evidence) {
    return config ? { ...base, output: config.output } : base;
  }
  const files = inMemory(result.files, (p) => {
    const bytes = host.readFile(`${config.output}/${p}`);
    return bytes && result.intact?.(p, bytes) !== false ? bytes : undefined;
  });
  const templates = createTemplateEngine(result.templates, (d) => diagnostics.push(d));
  const bundle = buildBundle({
    estate: result.compiled.estate,
    evidence,
    files,
    build: result.build,
    templates,
    output: config.output,
    sources: carrySources(host, citedSources(result.compiled.estate)),
    ...(options.signWith ? { signWith: options.signWith } : {}),
  });
  return { ...base, output: config.output, edition: evidence.edition.id, ...(bundle ? { bundle } : {}) };
}

/** Files an emitter kept from the previous build (e.g. diagrams without a browser) are read from it. */
function inMemory(
  files: readonly EmittedFile[],
  readPrevious: (path: string) => Uint8Array | undefined,
): OutputFile[] {
  const out: OutputFile[] = [];
  for (const f of files) {
    if (!isKept(f)) out.push(wholeFile(f));
    else {
      // Only a file still whole and as govspec wrote it (see the writer) goes into the pack.
      const previous = readPrevious(f.path);
      if (previous && f.problem?.(previous) === undefined) out.push({ path: f.path, content: previous });
    }
  }
  return out;
}
