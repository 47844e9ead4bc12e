import type { Diagnostic } from '../core/diagnostics.js';
import type { Host } from '../core/host.js';
import type { SourceMap } from '../core/source-map.js';
import { guardOutput, outputSettingProblem } from '../emit/output-guard.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import { configCodes } from '../load/config-codes.js';
import type { Config } from '../model/estate.js';

export interface ConfigPaths {
  /** The output folder, guarded, when the host is the file system and the setting is safe. */
  output?: GuardedOutput;
  diagnostics: Diagnostic[];
}

/**
 * The config's folders checked against what is really there: `output` must be a folder of its
 * own inside the repository (see emit/output-guard), `templates` an existing folder inside it.
 * On a git revision only what the paths themselves say can be checked.
 */
export function checkConfigPaths(
  host: Host,
  config: Config,
  map: SourceMap | undefined,
  configFile: string,
  specFiles: readonly string[],
): ConfigPaths {
  const diagnostics: Diagnostic[] = [];
  const ctx = {
    root: host.root,
    output: config.output,
    configFile,
    specFiles,
    ...(config.templates !== undefined ? { templates: config.templates } : {}),
  };
  let output: GuardedOutput | undefined;
  if (host.onDisk) {
    const guarded = guardOutput(ctx);
    if ('ok' in guarded) output = guarded.ok;
    else
      diagnostics.push(
        configCodes['config-output-unsafe'].at(map?.value('/output'), config.output, guarded.refused),
      );
  } else {
    const problem = outputSettingProblem(ctx);
    if (problem)
      diagnostics.push(configCodes['config-output-unsafe'].at(map?.value('/output'), config.output, problem));
  }
  if (config.templates !== undefined && host.kind) {
    const kind = host.kind(config.templates.replace(/\/+$/, '') || '.');
    const problem =
      kind === 'missing'
        ? 'there is no such folder'
        : kind === 'outside'
          ? 'it leads outside the repository through a symbolic link'
          : kind === 'folder'
            ? undefined
            : 'it is a file, not a folder';
    if (problem)
      diagnostics.push(
        configCodes['config-templates-unusable'].at(map?.value('/templates'), config.templates, problem),
      );
  }
  return output ? { output, diagnostics } : { diagnostics };
}
