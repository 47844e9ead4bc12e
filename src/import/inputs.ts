import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { importCodes } from './codes.js';

/** Files named on the command line, folders expanded recursively to files with these extensions. */
export function expandInputs(inputs: string[], extensions: RegExp, cwd: string): [string[], Diagnostic[]] {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    try {
      const st = statSync(path);
      if (st.isDirectory()) files.push(...walk(path, extensions));
      else files.push(path);
    } catch (e) {
      diagnostics.push(
        importCodes['import-file-unreadable'].at({ file: input, line: 1, column: 1 }, reasonOf(e)),
      );
    }
  }
  return [[...new Set(files)].sort(), diagnostics];
}

/** Files below a folder. Linked folders are not followed, so a link loop cannot recurse forever. */
export function walk(dir: string, extensions: RegExp): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (st.isDirectory()) out.push(...walk(path, extensions));
      else if ((st.isFile() || (st.isSymbolicLink() && statSync(path).isFile())) && extensions.test(name))
        out.push(path);
    } catch {
      // a dangling link or an entry removed while listing: nothing to import
    }
  }
  return out;
}

/** Read a file whose size is checked first, so a huge file is never loaded. */
export function readInput(
  path: string,
  display: string,
  maxBytes: number,
): [Uint8Array | undefined, Diagnostic[]] {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      return [
        undefined,
        [importCodes['import-xml-too-large'].at({ file: display, line: 1, column: 1 }, size, maxBytes)],
      ];
    }
    return [readFileSync(path), []];
  } catch (e) {
    return [
      undefined,
      [importCodes['import-file-unreadable'].at({ file: display, line: 1, column: 1 }, reasonOf(e))],
    ];
  }
}

/** Paths shown to people: relative to the working folder when inside it, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

function reasonOf(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** Whether an input named on the command line is a folder; undefined (with a diagnostic) when it is missing. */
export function folderOrFile(path: string, input: string): [boolean | undefined, Diagnostic[]] {
  try {
    return [statSync(path).isDirectory(), []];
  } catch {
    return [
      undefined,
      [
        importCodes['import-file-unreadable'].at(
          { file: input, line: 1, column: 1 },
          'no such file or folder',
        ),
      ],
    ];
  }
}
