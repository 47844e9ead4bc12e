import { statSync } from 'node:fs';
import type * as Entries from './validate-entry.js';
import type { ValidateOptions } from './validate-options.js';
import { validateFormats } from './validate-options.js';

/**
 * `govspec validate` with plain flags runs straight away, without loading the command framework
 * (about a tenth of validate's time on a large estate: it is the command run on every commit).
 * Anything else (help, an unknown or repeated flag, a value that looks like a flag, an argument)
 * returns undefined and the framework runs the command, with its own messages.
 */
export function plainValidateArgs(argv: readonly string[]): ValidateOptions | undefined {
  if (argv[0] !== 'validate') return undefined;
  const found = new Map<string, string | true>();
  const valued: Record<string, string> = {
    '--format': 'format',
    '-f': 'format',
    '--as-of': 'asOf',
    '--config': 'config',
    '-c': 'config',
  };
  const switches: Record<string, string> = { '--quiet': 'quiet', '-q': 'quiet' };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let key: string | undefined;
    let value: string | true;
    if (valued[name] !== undefined) {
      key = valued[name];
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '' || v.startsWith('-')) return undefined;
      value = v;
    } else if (switches[name] !== undefined && eq < 0) {
      key = switches[name];
      value = true;
    } else return undefined;
    if (found.has(key)) return undefined;
    found.set(key, value);
  }
  const format = found.get('format') ?? 'stylish';
  if (!(validateFormats as readonly unknown[]).includes(format)) return undefined;
  const text = (k: string) => {
    const v = found.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    format: format as ValidateOptions['format'],
    asOf: text('asOf'),
    config: text('config'),
    quiet: found.get('quiet') === true,
  };
}

type Entry = typeof Entries;

/**
 * The bundle `npm run compile` makes; the compiled modules when there is none, or when they were
 * compiled after it (tsc alone was run after a change, and the bundle holds the code before it).
 */
async function loadEntry(): Promise<Entry> {
  const bundle = '../bundle/validate.js';
  const entry = new URL('./validate-entry.js', import.meta.url);
  if (olderThan(new URL(bundle, import.meta.url), entry)) return import('./validate-entry.js');
  try {
    return (await import(bundle)) as Entry;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    return import('./validate-entry.js');
  }
}

/** The command bundles were made before the compiled commands they hold (tsc alone ran since). */
export function bundleIsStale(): boolean {
  return olderThan(
    new URL('../bundle/command-build.js', import.meta.url),
    new URL('../commands/build.js', import.meta.url),
  );
}

/** Both files are there and `bundle` was written before `entry`. */
export function olderThan(bundle: URL, entry: URL): boolean {
  try {
    const bundled = statSync(bundle, { throwIfNoEntry: false });
    const compiled = statSync(entry, { throwIfNoEntry: false });
    return bundled !== undefined && compiled !== undefined && bundled.mtimeMs < compiled.mtimeMs;
  } catch {
    return false;
  }
}

/** Runs validate directly when its flags are plain; false when the framework must take the command line. */
export async function startDirectly(
  argv: readonly string[],
  load: () => Promise<Entry> = loadEntry,
): Promise<boolean> {
  const options = plainValidateArgs(argv);
  if (!options) return false;
  const { runValidate, guardStandardStreams, reportFailure } = await load();
  guardStandardStreams();
  try {
    process.exitCode = runValidate(options);
  } catch (e) {
    reportFailure(e as Error);
  }
  return true;
}
