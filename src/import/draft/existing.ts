import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { importCodes } from '../codes.js';
import { walk } from '../inputs.js';
import { factsMarker } from './render.js';

/** A spec already in the output folder, as far as re-import needs it. */
export interface ExistingSpec {
  id: string;
  path: string;
  data: Record<string, unknown>;
  facts: Map<string, string>;
  matchKey?: string;
}

export interface ExistingIndex {
  specs: ExistingSpec[];
  /** Ids in use (including file names of unreadable files, so nothing is overwritten). */
  taken: Set<string>;
  byKey: Map<string, ExistingSpec>;
}

/** Read every YAML file under the output folder (if it exists). Unreadable ones are reported and kept. */
export function indexExisting(outDir: string, cwd: string): [ExistingIndex, Diagnostic[]] {
  const index: ExistingIndex = { specs: [], taken: new Set(), byKey: new Map() };
  const diagnostics: Diagnostic[] = [];
  for (const path of walk(outDir, /\.ya?ml$/)) {
    index.taken.add(basename(path).replace(/\.ya?ml$/, ''));
    const display = relative(cwd, path).split('\\').join('/');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      diagnostics.push(
        importCodes['import-existing-spec-unreadable'].at({ file: display, line: 1, column: 1 }, String(e)),
      );
      continue;
    }
    const [parsed, problems] = parseYaml(display, bytes);
    const data = parsed?.data;
    if (
      !data ||
      typeof data !== 'object' ||
      Array.isArray(data) ||
      typeof (data as { id?: unknown }).id !== 'string'
    ) {
      const detail = problems[0]?.message ?? 'not a spec mapping with an id';
      diagnostics.push(
        importCodes['import-existing-spec-unreadable'].at(
          problems[0]?.location ?? { file: display, line: 1, column: 1 },
          detail,
        ),
      );
      continue;
    }
    const record = data as Record<string, unknown>;
    const spec: ExistingSpec = {
      id: record['id'] as string,
      path,
      data: record,
      facts: readFacts(new TextDecoder().decode(bytes)),
    };
    const key = spec.facts.get('import.key') ?? mirthKey(record);
    if (key) {
      spec.matchKey = key;
      if (!index.byKey.has(key)) index.byKey.set(key, spec);
    }
    index.taken.add(spec.id);
    index.specs.push(spec);
  }
  return [index, diagnostics];
}

function mirthKey(spec: Record<string, unknown>): string | undefined {
  const engine = spec['engine'] as Record<string, unknown> | undefined;
  return engine && engine['kind'] === 'mirth' && typeof engine['channelId'] === 'string'
    ? `mirth:${engine['channelId']}`
    : undefined;
}

/** The facts block written by renderDraft: "#   key = value" lines after the marker. */
export function readFacts(text: string): Map<string, string> {
  const facts = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `# ${factsMarker}`);
  if (start < 0) return facts;
  for (const line of lines.slice(start + 1)) {
    const m = /^#\s{3}(\S+) = (.*)$/.exec(line);
    if (!m) break;
    facts.set(m[1]!, m[2]!);
  }
  return facts;
}
