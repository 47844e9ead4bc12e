/**
 * Running govspec as a user that file permissions apply to. As root (containers), permissions
 * do not stop writes, so the command runs as the unprivileged "nobody" user through setpriv;
 * as an ordinary user (CI runners) it runs directly. `available` is false only as root without
 * setpriv.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { chownSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasCommand } from './commands.js';

const nobody = 65534;
const isRoot = process.getuid?.() === 0;

export const unprivileged = {
  available: !isRoot || hasCommand('setpriv'),
  /** Hand a folder (recursively) to the user the command will run as. */
  own(dir: string): void {
    if (!isRoot) return;
    const walk = (path: string) => {
      chownSync(path, nobody, nobody);
      if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    };
    walk(dir);
  },
  run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
    const full = { ...process.env, HOME: cwd, ...env };
    if (!isRoot) return spawnSync(command, args, { cwd, env: full, encoding: 'utf8' });
    return spawnSync(
      'setpriv',
      [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', command, ...args],
      { cwd, env: full, encoding: 'utf8' },
    );
  },
};
