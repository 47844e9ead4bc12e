import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics.js';
import { insideRepository } from '../core/safe-fs.js';
import { decisionCodes } from './codes.js';
import type { SpecChange } from './import.js';

/**
 * Writes the changed specs all or none: each new text goes to a file beside its spec first, and
 * only when every one is written (and no spec changed on disk meanwhile) are they renamed over
 * the specs. Only files inside the repository folder are ever written.
 */
export function writeSpecs(root: string, changes: readonly SpecChange[]): Diagnostic[] {
  const staged: Array<{ temp: string; path: string }> = [];
  const fail = (file: string, why: string): Diagnostic[] => {
    for (const s of staged) remove(s.temp);
    return [decisionCodes['decisions-spec-not-written'].at(undefined, file, why)];
  };
  for (const change of changes) {
    const path = insideRepository(root, change.file);
    if (!path) return fail(change.file, 'it is not inside the repository folder');
    try {
      if (readFileSync(path, 'utf8') !== change.before)
        return fail(change.file, 'it changed while the workbook was read');
      const temp = `${path}.${process.pid}.govspec-tmp`;
      writeFileSync(temp, change.after, { flag: 'wx' });
      staged.push({ temp, path });
    } catch (e) {
      return fail(change.file, e instanceof Error ? e.message.split('\n')[0]! : String(e));
    }
  }
  for (const s of staged) renameSync(s.temp, s.path);
  return [];
}

function remove(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* never created */
  }
}
