import { lstatSync, realpathSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import { isWithin, realDestination, realFolder } from '../core/safe-fs.js';
import { packFolder, packNameProblem } from './output-names.js';

/**
 * The one guard for the folder govspec writes and deletes in. A folder passes only when, with
 * every symbolic link resolved, it lies strictly inside the repository (the folder holding the
 * config) and is not the repository, `.git`, govspec's cache, or a folder that holds specs, the
 * config or the templates. The writer accepts nothing else (`GuardedOutput`), and it further
 * removes only files its manifest says it wrote.
 */

declare const guardedBrand: unique symbol;

export interface GuardedOutput {
  /** Real absolute path of the output folder (links resolved); it may not exist yet. */
  readonly dir: string;
  /** The setting as written in the config. */
  readonly setting: string;
  /** The setting as a plain relative path (no "./", no trailing "/"), for messages. */
  readonly name: string;
  readonly [guardedBrand]: true;
}

export interface OutputContext {
  /** Absolute folder holding the config: the repository as far as govspec is concerned. */
  root: string;
  /** The config's `output` value. */
  output: string;
  /** Config file, relative to root. */
  configFile?: string;
  /** Spec files the config's globs match, relative to root. */
  specFiles?: readonly string[];
  /** The config's `templates` value. */
  templates?: string;
}

export type Guarded<T> = { ok: T } | { refused: string };

/** Segments of a repository path without "" and "."; undefined when it climbs out or is not a safe path. */
export function normalSegments(path: string): string[] | undefined {
  if (!isSafeRepoPath(path)) return undefined;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  return segments.includes('..') ? undefined : segments;
}

const reservedFolders = new Map([
  ['.git', 'it is inside .git, the repository’s own records'],
  ['.govspec-cache', 'it is inside .govspec-cache, govspec’s cache'],
]);

const under = (folder: string, path: string) => path === folder || path.startsWith(`${folder}/`);

/**
 * Why an output setting can never be safe, judged on the path alone (so it also holds for a git
 * revision): undefined when it may be used.
 */
export function outputSettingProblem(ctx: Omit<OutputContext, 'root'>): string | undefined {
  const segments = normalSegments(ctx.output);
  if (!segments) return 'it is not a plain path inside the repository (no "..", no absolute path)';
  if (segments.length === 0) return 'it is the repository itself';
  return pathProblem(segments.join('/'), ctx);
}

function pathProblem(rel: string, ctx: Omit<OutputContext, 'root' | 'output'>): string | undefined {
  for (const segment of rel.split('/')) {
    const reserved = reservedFolders.get(segment.toLowerCase());
    if (reserved) return reserved;
  }
  if (ctx.configFile && under(rel, ctx.configFile)) return `it holds the config file ${ctx.configFile}`;
  const spec = ctx.specFiles?.find((f) => under(rel, f));
  if (spec) return `it holds spec files (${spec})`;
  const templates = ctx.templates === undefined ? undefined : normalSegments(ctx.templates)?.join('/');
  if (templates !== undefined && templates !== '' && (under(rel, templates) || under(templates, rel)))
    return under(rel, templates) ? 'it holds the templates folder' : 'it is inside the templates folder';
  return undefined;
}

/** Guard the output folder on the file system: links resolved, then every rule above again. */
export function guardOutput(ctx: OutputContext): Guarded<GuardedOutput> {
  const problem = outputSettingProblem(ctx);
  if (problem) return { refused: problem };
  const segments = normalSegments(ctx.output)!;
  const realRoot = realFolder(ctx.root);
  const dir = realDestination(join(ctx.root, ...segments));
  if (!isWithin(realRoot, dir)) {
    return {
      refused: dir
        ? `it leads outside the repository, to ${dir}, through a symbolic link`
        : 'a symbolic link on the way leads nowhere (dangling or a loop)',
    };
  }
  if (dir === realRoot) return { refused: 'it is the repository itself, through a symbolic link' };
  const rel = relative(realRoot, dir).split(sep).join('/');
  const there = statOf(dir);
  // A spec can really be inside the folder only when the folder is there (not yet: the writer
  // creates it), so only then is each spec's real path worked out.
  const realSpecs = there ? (ctx.specFiles ?? []).map((f) => realRelative(realRoot, join(ctx.root, f))) : [];
  const again = pathProblem(rel, { ...ctx, specFiles: [...(ctx.specFiles ?? []), ...realSpecs] });
  if (again) return { refused: `${again}, through a symbolic link` };
  if (there && !there.isDirectory()) return { refused: 'it is a file, not a folder' };
  return { ok: { dir, setting: ctx.output, name: segments.join('/') } as GuardedOutput };
}

/** A folder the caller already trusts (tests, or the writer's own convenience form), still link-resolved. */
export function trustedOutput(dir: string): GuardedOutput {
  return { dir: realDestination(dir) || dir, setting: basename(dir), name: basename(dir) } as GuardedOutput;
}

/** What is at `path` (not followed), or undefined when nothing can be seen there. */
function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function realRelative(realRoot: string, path: string): string {
  try {
    return relative(realRoot, realpathSync.native(path)).split(sep).join('/');
  } catch {
    return '';
  }
}

export interface TargetContext {
  /** Absolute repository root. */
  root: string;
  /** Writing outside the repository was asked for explicitly. */
  allowOutside: boolean;
  /** Folders inside which nothing else may be written (the output folder). */
  protectedFolders?: readonly string[];
  /**
   * A file directly in a protected folder's pack folder (`evidence/`) may be named: the caller
   * writes it through the pack writer (evidence packs only).
   */
  packs?: boolean;
  /** Files that must never be replaced (config, specs), absolute. */
  protectedFiles?: readonly string[];
}

/**
 * Guard a path a command writes on request (`evidence --out`, `import --out`): links resolved;
 * inside the repository unless `allowOutside`; never in `.git`, the output folder (but, with
 * `packs`, a file directly in its pack folder), or over the config or a spec. Returns the real
 * path to write.
 */
export function guardTarget(path: string, ctx: TargetContext): Guarded<string> {
  const real = realDestination(path);
  if (!real) return { refused: 'a symbolic link on the way leads nowhere (dangling or a loop)' };
  const realRoot = realFolder(ctx.root);
  if (!isWithin(realRoot, real)) {
    if (!ctx.allowOutside)
      return {
        refused: `it is outside the repository (${realRoot}); pass --allow-outside to write there on purpose`,
      };
  } else {
    const rel = relative(realRoot, real).split(sep).join('/');
    for (const segment of rel.split('/')) {
      const reserved = reservedFolders.get(segment.toLowerCase());
      if (reserved) return { refused: reserved };
    }
  }
  for (const folder of ctx.protectedFolders ?? []) {
    const realProtected = realDestination(folder);
    if (!realProtected) continue;
    if (ctx.packs && dirname(real) === join(realProtected, packFolder)) {
      const problem = packNameProblem(basename(real));
      if (problem) return { refused: problem };
      continue;
    }
    if (isWithin(realProtected, real) || isWithin(real, realProtected))
      return {
        refused: `it is in or around the output folder, which \`govspec build\` owns${ctx.packs ? ` (only a file directly in its ${packFolder}/ folder may be a pack)` : ''}`,
      };
  }
  for (const file of ctx.protectedFiles ?? []) {
    if (realDestination(file) === real) return { refused: `it is ${basename(file)}, which govspec reads` };
  }
  if (dirname(real) === real) return { refused: 'it is the root of the file system' };
  return { ok: real };
}
