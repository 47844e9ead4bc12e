import { basename, resolve } from 'node:path';
import { hasErrors } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import { OutputFolder, type WriteOptions } from '../draft/apply.js';
import { blanksOf } from '../draft/blanks.js';
import { idFromName } from '../draft/ids.js';
import { displayPath, folderOrFile, readInput } from '../inputs.js';
import { emptySummary, finishSummary, type ImportSummary } from '../summary.js';
import type { CatalogueEntry } from './entry.js';
import { entryToDraft } from './to-draft.js';
import { readCsvCatalogue } from './ukgov.js';
import { readWalesCatalogue } from './wales.js';

export interface CatalogueOptions extends WriteOptions {
  /** CSV registers: only rows whose provider is one of these. */
  providers?: string[];
}

/** Draft specs from existing API registers: one per listed API, consumers left blank. */
export function importCatalogue(inputs: string[], options: CatalogueOptions): ImportSummary {
  const summary = emptySummary('catalogue', 'catalogue entries');
  const entries: CatalogueEntry[] = [];
  for (const input of inputs) {
    const path = resolve(options.cwd, input);
    const display = displayPath(path, options.cwd);
    const [isDir, missing] = folderOrFile(path, input);
    if (isDir === undefined) {
      summary.diagnostics.push(...missing);
      summary.files.withErrors += 1;
      continue;
    }
    if (isDir || basename(path) === 'system.yml') {
      entries.push(...readWalesFolder(isDir ? path : resolve(path, '..'), display, options.cwd, summary));
      continue;
    }
    const [bytes, readProblems] = readInput(path, display, 50 * 1024 * 1024);
    if (!bytes || !/\.csv$/i.test(path)) {
      summary.files.read += 1;
      summary.diagnostics.push(
        ...(!bytes
          ? readProblems
          : [importCodes['import-catalogue-unknown-format'].at({ file: display, line: 1, column: 1 })]),
      );
      summary.files.withErrors += 1;
      continue;
    }
    entries.push(...readCsvFile(path, display, bytes, summary, options.providers ?? []));
  }
  const folder = new OutputFolder(options);
  summary.diagnostics.push(...folder.diagnostics);
  draftCatalogue(entries, folder, summary);
  return finishSummary(summary);
}

/** The entries of an NHS Wales API catalogue folder. */
export function readWalesFolder(
  dir: string,
  display: string,
  cwd: string,
  summary: ImportSummary,
): CatalogueEntry[] {
  const [found, problems, files] = readWalesCatalogue(dir, cwd);
  summary.files.read += files;
  summary.diagnostics.push(...problems);
  if (files === 0) {
    summary.diagnostics.push(
      importCodes['import-catalogue-unknown-format'].at({ file: display, line: 1, column: 1 }),
    );
    summary.files.withErrors += 1;
  } else if (hasErrors(problems)) summary.files.withErrors += 1;
  return found;
}

/** The entries of a CSV register. */
export function readCsvFile(
  path: string,
  display: string,
  bytes: Uint8Array,
  summary: ImportSummary,
  providers: string[],
): CatalogueEntry[] {
  summary.files.read += 1;
  const [found, problems] = readCsvCatalogue(path, display, new TextDecoder().decode(bytes), providers);
  summary.diagnostics.push(...problems);
  if (hasErrors(problems)) summary.files.withErrors += 1;
  return found;
}

/** One spec per catalogue entry, the same entry drafted once. */
export function draftCatalogue(
  entries: CatalogueEntry[],
  folder: OutputFolder,
  summary: ImportSummary,
): void {
  summary.found += entries.length;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    const id = folder.idFor(
      idFromName(entry.system ? `${entry.system} ${entry.name}` : entry.name, 'api'),
      entry.key,
    );
    const draft = entryToDraft(entry, id);
    const [outcome, problems] = folder.apply(draft, blanksOf(draft));
    summary.specs.push(outcome);
    summary.diagnostics.push(...problems);
  }
}
