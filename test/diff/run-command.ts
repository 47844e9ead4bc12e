import type { Command } from '@oclif/core';
import { Config } from '@oclif/core';
import { repoRoot } from './git-repo.js';

let config: Config | undefined;

type CommandClass = { run(argv: string[], config: Config): Promise<unknown> } & Pick<typeof Command, 'id'>;

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command class in-process, capturing its output and exit code. */
export async function runCommand(cmd: CommandClass, argv: string[], cwd?: string): Promise<CommandRun> {
  config ??= await Config.load(repoRoot);
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  const previousCwd = process.cwd();
  process.stdout.write = ((chunk: string | Uint8Array) =>
    out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) =>
    err.push(String(chunk)) > 0) as typeof process.stderr.write;
  const exitCode = process.exitCode;
  let code = 0;
  // The code is this command's own: not one an earlier test in the same process left behind.
  process.exitCode = undefined;
  try {
    if (cwd) process.chdir(cwd);
    await cmd.run(argv, config);
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    const oclif = (e as { oclif?: { exit?: number } }).oclif;
    if (oclif?.exit === undefined) throw e;
    code = oclif.exit;
  } finally {
    process.chdir(previousCwd);
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.exitCode = exitCode;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
