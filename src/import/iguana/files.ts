import type { LoadedFile } from '../loaded.js';
import { importCodes } from '../codes.js';
import type { EngineExport } from '../engine/graph.js';
import { parseXml } from '../xml/safe-xml.js';
import { readZip } from '../zip/safe-zip.js';
import { isZip } from '../zip/safe-zip.js';
import { readIguana, type IguanaInput } from './read.js';

/** Iguana channel files, and channel export archives, read as one Iguana server. */
export function readIguanaFiles(files: LoadedFile[]): EngineExport[] {
  if (files.length === 0) return [];
  const inputs: IguanaInput[] = [];
  const problems = [];
  for (const f of files) {
    const members = isZip(f.bytes)
      ? (() => {
          const zip = readZip(f.bytes, (n) => /ChannelConfiguration\.xml$/i.test(n));
          return 'problem' in zip
            ? []
            : zip.members.map((m) => ({ file: `${f.display}!${m.name}`, bytes: m.bytes }));
        })()
      : [{ file: f.display, bytes: f.bytes }];
    for (const m of members) {
      const [root, diagnostics] = parseXml(m.file, m.bytes);
      problems.push(...diagnostics);
      if (root) inputs.push({ file: m.file, root });
    }
  }
  const exp = readIguana(inputs);
  exp.diagnostics.push(...problems);
  if (exp.components.length === 0 && inputs.length > 0)
    exp.diagnostics.push(
      importCodes['import-engine-no-flows'].at(
        { file: inputs[0]!.file, line: 1, column: 1 },
        'Iguana configuration',
        `${inputs.length} file(s) with no channel that has a source and a destination component`,
      ),
    );
  return [exp];
}
