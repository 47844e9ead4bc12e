import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { olderThan, plainValidateArgs, startDirectly } from '../../src/cli/direct-start.js';
import Validate from '../../src/commands/validate.js';
import { runCommand } from '../diff/run-command.js';
import type { CommandRun } from '../diff/run-command.js';
import { repoRoot, runCli } from '../helpers/estate.js';

let dir: string;
let broken: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govspec-direct-'));
  for (const entry of ['govspec.config.yaml', 'schemas', 'specs', 'channels', 'docs/runbooks'])
    cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  broken = mkdtempSync(join(tmpdir(), 'govspec-direct-broken-'));
  cpSync(dir, broken, { recursive: true });
  writeFileSync(join(broken, 'specs', 'broken.yaml'), 'govspec: 1\nid: [unclosed\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
});

/** The direct start in this process, its output and exit code captured as runCommand does. */
async function direct(argv: string[], cwd: string): Promise<CommandRun & { started: boolean }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  const previous = process.cwd();
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  process.stdout.write = ((c: string | Uint8Array) => out.push(String(c)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => err.push(String(c)) > 0) as typeof process.stderr.write;
  try {
    process.chdir(cwd);
    const started = await startDirectly(
      ['validate', ...argv],
      () => import('../../src/cli/validate-entry.js'),
    );
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    return { started, code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(previous);
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.exitCode = exitCode;
  }
}

describe('validate started directly', () => {
  it('reads only plain flags, and leaves every other command line to the framework', () => {
    expect(plainValidateArgs(['validate'])).toEqual({
      format: 'stylish',
      asOf: undefined,
      config: undefined,
      quiet: false,
    });
    expect(plainValidateArgs(['validate', '-f', 'json', '--as-of=2026-01-01', '-c', 'x.yaml', '-q'])).toEqual(
      {
        format: 'json',
        asOf: '2026-01-01',
        config: 'x.yaml',
        quiet: true,
      },
    );
    expect(plainValidateArgs(['validate', '--format=sarif', '--config', 'a b.yaml'])?.format).toBe('sarif');
    for (const argv of [
      ['build'],
      ['validate', '--help'],
      ['validate', '-h'],
      ['validate', 'extra'],
      ['validate', '--format', 'xml'],
      ['validate', '--format'],
      ['validate', '--as-of', '--quiet'],
      ['validate', '--config='],
      ['validate', '-q', '-q'],
      ['validate', '-f', 'json', '--format', 'json'],
      ['validate', '--quiet=true'],
      ['validate', '--nope'],
      ['validate', '--'],
    ])
      expect(plainValidateArgs(argv), argv.join(' ')).toBeUndefined();
  });

  it('prints what the command prints and exits with its code, for every format and outcome', async () => {
    const cases: Array<[string[], string]> = [
      [[], dir],
      [['-q'], dir],
      [['--format', 'json', '--as-of', '2027-06-01'], dir],
      [['--format=sarif'], dir],
      [['--as-of', '2026-13-45'], dir],
      [['-c', 'missing.yaml'], dir],
      [[], broken],
      [['-f', 'json'], broken],
      [[], tmpdir()],
    ];
    const codes = new Set<number>();
    for (const [argv, cwd] of cases) {
      const viaFramework = await runCommand(
        Validate,
        [...argv, ...(argv.includes('--as-of') ? [] : ['--as-of', '2026-12-02'])],
        cwd,
      );
      const started = await direct(
        [...argv, ...(argv.includes('--as-of') ? [] : ['--as-of', '2026-12-02'])],
        cwd,
      );
      expect(started.started).toBe(true);
      expect({ code: started.code, stdout: started.stdout, stderr: started.stderr }, argv.join(' ')).toEqual(
        viaFramework,
      );
      codes.add(viaFramework.code);
    }
    // The cases reach every exit code: none, errors in the specs, and a usage problem.
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });

  it('is what the installed command runs, from one bundled module that gives the same output', async () => {
    expect(existsSync(join(repoRoot, 'dist', 'bundle', 'validate.js'))).toBe(true);
    const argv = ['--as-of', '2026-12-02', '--format', 'json'];
    const run = runCli(['validate', ...argv], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics.length).toBeGreaterThan(10);
    expect(run.stdout).toBe((await runCommand(Validate, argv, dir)).stdout);
    const help = runCli(['validate', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
  });

  it('leaves a bundle older than the compiled modules (tsc alone was run since) for the modules', () => {
    const bundle = join(dir, 'bundle.js');
    const entry = join(dir, 'entry.js');
    writeFileSync(bundle, '');
    writeFileSync(entry, '');
    const [b, e] = [pathToFileURL(bundle), pathToFileURL(entry)];
    utimesSync(bundle, 1000, 1000);
    utimesSync(entry, 2000, 2000);
    expect(olderThan(b, e)).toBe(true);
    // Made after the modules, as npm run compile makes it, or stamped alike, as npm packs files.
    utimesSync(bundle, 3000, 3000);
    expect(olderThan(b, e)).toBe(false);
    utimesSync(bundle, 2000, 2000);
    expect(olderThan(b, e)).toBe(false);
    expect(olderThan(pathToFileURL(join(dir, 'none.js')), e)).toBe(false);
  });
});

describe('commands start from their bundles', () => {
  const manifestFile = join(repoRoot, 'oclif.manifest.json');
  // npm test compiles first; skipped (and so reported) only in a bare vitest run before any compile
  it.skipIf(!existsSync(manifestFile))(
    'the manifest points every command at a bundle that exists (skipped when not compiled)',
    () => {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
        commands: Record<string, { relativePath: string[] }>;
      };
      const ids = Object.keys(manifest.commands);
      expect(ids).toContain('build');
      expect(ids).toContain('decisions:import');
      for (const [id, command] of Object.entries(manifest.commands)) {
        expect(command.relativePath.slice(0, 2), id).toEqual(['dist', 'bundle']);
        expect(existsSync(join(repoRoot, ...command.relativePath)), id).toBe(true);
      }
    },
  );

  it('a command bundle older than the compiled commands is not used: the commands run as compiled', () => {
    if (!existsSync(join(repoRoot, 'dist', 'bundle', 'command-explain.js')))
      throw new Error('the CLI is not built: run `npm run compile` first');
    // A copy of the installed package (its own dist/, the rest linked), so no other test sees it.
    const pkg = mkdtempSync(join(tmpdir(), 'govspec-package-'));
    try {
      for (const entry of ['bin', 'dist', 'package.json', 'oclif.manifest.json'])
        cpSync(join(repoRoot, entry), join(pkg, entry), { recursive: true });
      for (const entry of ['node_modules', 'docs', 'templates', 'schemas'])
        symlinkSync(join(repoRoot, entry), join(pkg, entry));
      // Bundles made before the compiled commands (tsc alone ran since), one that would fail if loaded.
      const bundles = join(pkg, 'dist', 'bundle');
      const bundle = join(bundles, 'command-explain.js');
      writeFileSync(bundle, 'throw new Error("stale bundle loaded");\n');
      for (const name of readdirSync(bundles)) utimesSync(join(bundles, name), 1000, 1000);
      const run = spawnSync(process.execPath, [join(pkg, 'bin', 'run.js'), 'explain', 'H44'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.stderr).not.toContain('stale bundle loaded');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('character-set-mismatch');
      // and with the bundle as new as the code, the manifest's bundle is what runs
      for (const name of readdirSync(bundles)) utimesSync(join(bundles, name), new Date(), new Date());
      const fresh = spawnSync(process.execPath, [join(pkg, 'bin', 'run.js'), 'explain', 'H44'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(fresh.stderr).toContain('stale bundle loaded');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});

describe('a shell with NODE_ENV set', () => {
  // The command framework, under NODE_ENV=development or test, looks for TypeScript sources to run
  // instead of the compiled code and loads the TypeScript compiler to read tsconfig.json: a third
  // of a second on every command. bin/run.js switches that off; the probe below reports, as the
  // process exits, whether the compiler was ever loaded.
  it.each(['development', 'test'])(
    'NODE_ENV=%s: a command through the framework never loads the TypeScript compiler',
    (nodeEnv) => {
      const probe = join(dir, 'probe.cjs');
      writeFileSync(
        probe,
        "process.on('exit', () => { const loaded = Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(k)); process.stderr.write('typescript loaded: ' + loaded + '\\n'); });\n",
      );
      const run = spawnSync(
        process.execPath,
        ['--require', probe, join(repoRoot, 'bin', 'run.js'), 'explain', 'H44'],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: nodeEnv, NO_COLOR: '1' } },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('character-set-mismatch');
      expect(run.stderr).toContain('typescript loaded: false');
      expect(run.stderr).not.toMatch(/tsconfig|Falling back/i);
    },
  );
});
