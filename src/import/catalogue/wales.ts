import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { importCodes } from '../codes.js';
import { displayPath, walk } from '../inputs.js';
import type { CatalogueEntry } from './entry.js';

/**
 * The NHS Wales API catalogue: one folder per system holding system.yml (short-name,
 * description) and one sub-folder per API holding api.yml (title, description, type, owner,
 * status, access, overview).
 */
export function readWalesCatalogue(root: string, cwd: string): [CatalogueEntry[], Diagnostic[], number] {
  const entries: CatalogueEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let files = 0;
  for (const systemFile of walk(root, /^system\.yml$/)) {
    files += 1;
    const [system, problems] = readYamlMap(systemFile, cwd);
    diagnostics.push(...problems);
    if (!system) continue;
    const shortName = str(system['short-name']);
    if (!shortName) {
      diagnostics.push(
        importCodes['import-catalogue-invalid-entry'].at(at(systemFile, cwd), 'system.yml has no short-name'),
      );
      continue;
    }
    const systemDir = dirname(systemFile);
    for (const dir of readdirSync(systemDir).sort()) {
      const apiFile = join(systemDir, dir, 'api.yml');
      if (!existsSync(apiFile)) continue;
      files += 1;
      const [api, apiProblems] = readYamlMap(apiFile, cwd);
      diagnostics.push(...apiProblems);
      if (!api) continue;
      const title = str(api['title']);
      const type = str(api['type']);
      if (!title || !type) {
        diagnostics.push(
          importCodes['import-catalogue-invalid-entry'].at(
            at(apiFile, cwd),
            'api.yml needs a title and a type',
          ),
        );
        continue;
      }
      const entry: CatalogueEntry = {
        catalogue: 'NHS Wales API catalogue',
        key: `catalogue:nhs-wales:${basename(systemDir)}/${dir}`,
        file: displayPath(apiFile, cwd),
        name: title,
        system: shortName,
        type,
        facts: [],
      };
      const systemDescription = str(system['description']);
      if (systemDescription) entry.systemDescription = systemDescription;
      const description = [str(api['description']), str(api['overview'])].filter(Boolean).join('\n\n');
      if (description) entry.description = description;
      const status = str(api['status']);
      if (status) entry.status = status;
      const owner = str(api['owner']);
      if (owner) entry.ownerTeam = owner;
      const access = str(api['access']);
      if (access) entry.access = access;
      entry.facts = [
        ['title', title],
        ['type', type],
        ['status', status ?? ''],
        ['access', access ?? ''],
        ['owner', owner ?? ''],
      ];
      entries.push(entry);
    }
  }
  return [entries, diagnostics, files];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function at(path: string, cwd: string) {
  return { file: displayPath(path, cwd), line: 1, column: 1 };
}

function readYamlMap(path: string, cwd: string): [Record<string, unknown> | undefined, Diagnostic[]] {
  const display = displayPath(path, cwd);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return [
      undefined,
      [importCodes['import-file-unreadable'].at(at(path, cwd), e instanceof Error ? e.message : String(e))],
    ];
  }
  const [parsed, problems] = parseYaml(display, bytes);
  if (!parsed) return [undefined, problems];
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [
      undefined,
      [importCodes['import-catalogue-invalid-entry'].at(at(path, cwd), 'the file is not a YAML mapping')],
    ];
  }
  return [data as Record<string, unknown>, []];
}
