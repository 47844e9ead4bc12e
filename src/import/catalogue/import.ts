import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { hasErrors } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import { OutputFolder, type WriteOptions } from '../draft/apply.js';
import { blanksOf } from '../draft/blanks.js';
import { idFromName } from '../draft/ids.js';
import { displayPath, readInput } from '../inputs.js';
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
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      summary.diagnostics.push(
        importCodes['import-file-unreadable'].at(
          { file: input, line: 1, column: 1 },
          'no such file or folder',
        ),
      );
      summary.files.withErrors += 1;
      continue;
    }
    if (isDir || basename(path) === 'system.yml') {
      const [found, problems, files] = readWalesCatalogue(isDir ? path : resolve(path, '..'), options.cwd);
      summary.files.read += files;
      summary.diagnostics.push(...problems);
      if (files === 0) {
        summary.diagnostics.push(
          importCodes['import-catalogue-unknown-format'].at({ file: display, line: 1, column: 1 }),
        );
        summary.files.withErrors += 1;
      } else if (hasErrors(problems)) summary.files.withErrors += 1;
      entries.push(...found);
      continue;
    }
    summary.files.read += 1;
    const [bytes, readProblems] = readInput(path, display, 50 * 1024 * 1024);
    const text = bytes ? new TextDecoder().decode(bytes) : undefined;
    if (text === undefined || !/\.csv$/i.test(path)) {
      summary.diagnostics.push(
        ...(text === undefined
          ? readProblems
          : [importCodes['import-catalogue-unknown-format'].at({ file: display, line: 1, column: 1 })]),
      );
      summary.files.withErrors += 1;
      continue;
    }
    const [found, problems] = readCsvCatalogue(path, display, text, options.providers ?? []);
    summary.diagnostics.push(...problems);
    if (hasErrors(problems)) summary.files.withErrors += 1;
    entries.push(...found);
  }
  summary.found = entries.length;

  const folder = new OutputFolder(options);
  summary.diagnostics.push(...folder.diagnostics);
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
  return finishSummary(summary);
}
