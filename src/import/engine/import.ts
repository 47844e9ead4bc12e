import type { OutputFolder } from '../draft/apply.js';
import { blanksOf } from '../draft/blanks.js';
import { idFromName } from '../draft/ids.js';
import type { ImportSummary } from '../summary.js';
import { flowKey, flowsOf, type Flow } from './flows.js';
import type { EngineExport } from './graph.js';
import { flowToDraft, titleOf } from './to-draft.js';

/**
 * Draft one spec per flow of each export into the output folder. Ids are chosen for every flow
 * first, so a flow whose destination loops back into the engine can name the specs it feeds.
 */
export function draftEngineExports(
  exports: EngineExport[],
  folder: OutputFolder,
  summary: ImportSummary,
): void {
  for (const exp of exports) {
    summary.secretsWithheld.push(...exp.secrets);
    summary.diagnostics.push(...exp.diagnostics);
    const flows = flowsOf(exp);
    summary.found += flows.length;
    const keys = uniqueKeys(flows.map((f) => flowKey(exp, f)));
    const ids = flows.map((f, i) => folder.idFor(idFromName(titleOf(f), 'flow'), keys[i]));
    const specsFrom = new Map<string, string[]>();
    const specsTo = new Map<string, string[]>();
    const push = (m: Map<string, string[]>, k: string, id: string) => m.set(k, [...(m.get(k) ?? []), id]);
    flows.forEach((f, i) => {
      if (f.source) push(specsFrom, f.source.key, ids[i]!);
      if (f.target) push(specsTo, f.target.key, ids[i]!);
    });
    flows.forEach((f, i) => {
      const displayFile = fileOf(f, exp);
      const draft = flowToDraft(f, ids[i]!, { displayFile, exp, specsFrom, specsTo, matchKey: keys[i]! });
      const [outcome, problems] = folder.apply(draft, blanksOf(draft));
      summary.specs.push(outcome);
      summary.diagnostics.push(...problems);
    });
  }
}

function fileOf(f: Flow, exp: EngineExport): string {
  return (f.source ?? f.via[0] ?? f.target)?.file ?? exp.file;
}

/** Two flows of one export never share a key (a second path between the same ends is numbered). */
function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
