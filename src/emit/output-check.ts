import type { EmittedFile } from './types.js';
import { isKept, isStreamed } from './types.js';
import { entryOf, manifestName, renderManifest, sameEntry } from './output-manifest.js';
import type { ManifestEntry } from './output-manifest.js';
import type { StaleKind } from './output-files.js';
import {
  admit,
  bytesOf,
  existingEntry,
  keptProblem,
  listOutput,
  manifestOf,
  readExisting,
  sameBytes,
  streamPieces,
} from './output-files.js';

export interface StaleFile {
  path: string;
  kind: StaleKind;
}

/** `check` file by file: each generated file is compared as it is produced, and then dropped. */
export interface OutputChecker {
  add(file: EmittedFile): void;
  /** Every difference, sorted by path (files not generated any more and the manifest included). */
  finish(): StaleFile[];
}

/**
 * What `check` reports: every difference between what `build` would write and the folder,
 * including files kept from an earlier build (diagram renderings) that no longer match what
 * govspec wrote, and the writer's manifest itself. Writes nothing, not even to finish a swap.
 */
export function openCheck(dir: string): OutputChecker {
  const previous = manifestOf(dir);
  const seen = new Set<string>();
  const manifest = new Map<string, ManifestEntry>();
  const stale: StaleFile[] = [];
  return {
    add(file) {
      admit(seen, file);
      if (isStreamed(file)) {
        const entry = streamPieces(file.pieces());
        manifest.set(file.path, entry);
        const there = existingEntry(dir, file.path);
        if (!there) stale.push({ path: file.path, kind: 'missing' });
        else if (!sameEntry(there, entry)) stale.push({ path: file.path, kind: 'out of date' });
        return;
      }
      const existing = readExisting(dir, file.path);
      if (isKept(file)) {
        if (!existing) return;
        const problem = keptProblem(file, existing, previous);
        if (problem) stale.push({ path: file.path, kind: problem });
        else manifest.set(file.path, entryOf(existing));
        return;
      }
      const bytes = bytesOf(file.content);
      manifest.set(file.path, entryOf(bytes));
      if (!existing) stale.push({ path: file.path, kind: 'missing' });
      else if (!sameBytes(existing, bytes)) stale.push({ path: file.path, kind: 'out of date' });
    },
    finish() {
      for (const path of listOutput(dir)) {
        if (seen.has(path)) continue;
        stale.push({
          path,
          kind: previous?.has(path) ? 'not generated any more' : 'not a file govspec wrote',
        });
      }
      const current = readExisting(dir, manifestName);
      if (!current) stale.push({ path: manifestName, kind: 'missing' });
      else if (!sameBytes(current, bytesOf(renderManifest(manifest))))
        stale.push({ path: manifestName, kind: 'out of date' });
      return stale.sort((a, b) => (a.path < b.path ? -1 : 1));
    },
  };
}
