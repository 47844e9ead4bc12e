import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { readCamel } from './camel/read.js';
import { draftCatalogue, readCsvFile, readWalesFolder } from './catalogue/import.js';
import type { CatalogueEntry } from './catalogue/entry.js';
import { readCloverleaf } from './cloverleaf/read.js';
import { importCodes } from './codes.js';
import { OutputFolder, type WriteOptions } from './draft/apply.js';
import { draftEngineExports } from './engine/import.js';
import type { EngineExport } from './engine/graph.js';
import { detectFormat, formatsRead, type FormatName } from './formats/detect.js';
import { formatNames } from './formats/names.js';
import { draftHl7, readHl7File } from './hl7/import.js';
import type { LoadedFile } from './loaded.js';
import type { MessageShape } from './hl7/analyse.js';
import { readIguanaFiles } from './iguana/files.js';
import { displayPath, folderOrFile, readInput, walk } from './inputs.js';
import { readInterSystems } from './intersystems/read.js';
import { draftMirth, readMirthFile } from './mirth/import.js';
import type { MirthExport } from './mirth/read-export.js';
import { readOpenhim } from './openhim/read.js';
import { readRhapsodyFile } from './rhapsody/read.js';
import { emptySummary, finishSummary, type ImportSummary } from './summary.js';

export interface AutoOptions extends WriteOptions {
  /** Read only this format (govspec import <engine> ...). */
  forced?: FormatName;
  /** CSV registers: only rows from these providers. */
  providers?: string[];
  /** HL7 messages: put every message into one spec with this id. */
  id?: string;
}

const maxBytes = 50 * 1024 * 1024;

/**
 * govspec import <file or folder>: recognise each file by its content, hand it to the importer
 * of its format, and draft into one output folder. A file named on the command line that no
 * importer reads is an error that says what it looks like; a file found in a folder is skipped
 * and listed with the reason. Every importer keeps its guarantees: drafts only, never overwritten.
 */
export function importAuto(inputs: string[], options: AutoOptions): ImportSummary {
  const summary = emptySummary(options.forced ?? 'auto', 'flows');
  summary.formats = [];
  summary.skipped = [];
  const groups = new Map<FormatName, LoadedFile[]>();
  const walesRoots = new Set<string>();
  let examined = 0;

  for (const input of inputs) {
    const path = resolve(options.cwd, input);
    const [isDir, missing] = folderOrFile(path, input);
    if (isDir === undefined) {
      summary.diagnostics.push(...missing);
      continue;
    }
    const files = isDir ? walk(path, /./) : [path];
    for (const file of files) {
      examined += 1;
      const display = displayPath(file, options.cwd);
      const at = { file: display, line: 1, column: 1 };
      const [bytes, problems] = readInput(file, display, maxBytes);
      if (!bytes) {
        summary.diagnostics.push(...problems);
        continue;
      }
      const found = detectFormat(file, bytes);
      if (found.format === undefined) {
        if (isDir) summary.skipped.push({ file: display, reason: found.looksLike });
        else
          summary.diagnostics.push(importCodes['import-format-unknown'].at(at, found.looksLike, formatsRead));
        continue;
      }
      if (options.forced && found.format !== options.forced) {
        const wanted = formatNames[options.forced];
        if (isDir) summary.skipped.push({ file: display, reason: `${found.what}, not ${wanted}` });
        else summary.diagnostics.push(importCodes['import-format-mismatch'].at(at, found.what, wanted));
        continue;
      }
      summary.formats.push({ file: display, format: found.what });
      if (found.format === 'catalogue' && /\.ya?ml$/i.test(file)) {
        walesRoots.add(isDir ? path : dirname(file));
        continue;
      }
      groups.set(found.format, [
        ...(groups.get(found.format) ?? []),
        { path: file, display, bytes, what: found.what },
      ]);
    }
  }

  const folder = new OutputFolder(options);
  summary.diagnostics.push(...folder.diagnostics);
  const get = (f: FormatName) => groups.get(f) ?? [];

  const mirth = get('mirth')
    .map((f) => readMirthFile(f.display, f.bytes, summary))
    .filter((e): e is MirthExport => !!e);
  if (mirth.length > 0) draftMirth(mirth, folder, summary);

  const engines: EngineExport[] = [
    ...readIguanaFiles(get('iguana')),
    ...get('rhapsody').flatMap((f) => readRhapsodyFile(f)),
    ...readInterSystems(get('intersystems')),
    ...readOpenhim(get('openhim')),
  ];
  const clover = readCloverleaf(get('cloverleaf'));
  engines.push(...clover.exports);
  const camel = readCamel(get('camel'));
  const inventory = [...clover.inventory, ...camel.inventory];
  if (inventory.length > 0) summary.inventory = inventory;
  summary.diagnostics.push(...clover.diagnostics, ...camel.diagnostics);
  summary.secretsWithheld.push(...camel.secrets);
  draftEngineExports(engines, folder, summary);

  const shapes: MessageShape[] = get('hl7').flatMap((f) => readHl7File(f.display, f.bytes, summary));
  if (shapes.length > 0 || get('hl7').length > 0) draftHl7(shapes, folder, summary, options.id);

  const entries: CatalogueEntry[] = [];
  for (const root of [...walesRoots].sort())
    entries.push(...readWalesFolder(root, displayPath(root, options.cwd), options.cwd, summary));
  for (const f of get('catalogue'))
    entries.push(...readCsvFile(f.path, f.display, f.bytes, summary, options.providers ?? []));
  if (entries.length > 0) draftCatalogue(entries, folder, summary);

  summary.foundLabel = foundLabel(groups, walesRoots.size > 0);
  summary.files.read = examined;
  summary.files.withErrors = filesWithErrors(summary.diagnostics);
  return finishSummary(summary);
}

function foundLabel(groups: Map<FormatName, LoadedFile[]>, catalogue: boolean): string {
  const labels = new Set<string>();
  for (const f of groups.keys()) {
    if (f === 'mirth') labels.add('channels');
    else if (f === 'hl7') labels.add('messages');
    else if (f === 'catalogue') labels.add('catalogue entries');
    else labels.add('flows');
  }
  if (catalogue) labels.add('catalogue entries');
  const list = [...labels].sort();
  if (list.length === 0) return 'flows';
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function filesWithErrors(diagnostics: Diagnostic[]): number {
  return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.location?.file ?? '')).size;
}
