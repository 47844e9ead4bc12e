import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { FsHost } from '../core/host.js';
import { findConfig } from '../load/find-config.js';
import { configCodes } from '../load/config-codes.js';

export interface Workspace {
  host: FsHost;
  configFile: string;
  /** Absolute output folder for the config's output setting. */
  outputDir(output: string): string;
}

/** Find the config (flag, or walk up from cwd) and open the repository folder it sits in. */
export function openWorkspace(
  configFlag: string | undefined,
  cwd = process.cwd(),
): [Workspace | undefined, Diagnostic[]] {
  const configPath = configFlag ? resolve(cwd, configFlag) : findConfig(cwd);
  if (!configPath) return [undefined, [configCodes['config-not-found'].at(undefined, cwd)]];
  if (configFlag && !existsSync(configPath))
    return [undefined, [configCodes['config-file-missing'].at(undefined, configFlag)]];
  const root = dirname(configPath);
  const host = new FsHost(root);
  const ws: Workspace = {
    host,
    configFile: basename(configPath),
    outputDir: (output) => join(root, output),
  };
  return [ws, []];
}

/** Today's date in UTC, for validate's date-relative checks only (never written to a file). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
