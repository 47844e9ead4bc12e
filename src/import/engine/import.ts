import type { OutputFolder } from '../draft/apply.js';
import { blanksOf } from '../draft/blanks.js';
import { idFromName } from '../draft/ids.js';
import type { ImportSummary } from '../summary.js';
import { flowKey, flowsOf, type Flow } from './flows.js';
import type { Component, EngineExport } from './graph.js';
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
  const planned = exports.map((exp) => {
    summary.secretsWithheld.push(...exp.secrets);
    summary.diagnostics.push(...exp.diagnostics);
    const flows = flowsOf(exp);
    summary.found += flows.length;
    const keys = uniqueKeys(flows.map((f) => flowKey(exp, f)));
    const ids = flows.map((f, i) => folder.idFor(idFromName(titleOf(f), 'flow'), keys[i]));
    return { exp, flows, keys, ids };
  });
  // Loopback links can join flows of two exports of one engine (two Cloverleaf sites).
  const specsFrom = new Map<string, string[]>();
  const specsTo = new Map<string, string[]>();
  const components = new Map<string, Component>();
  const push = (m: Map<string, string[]>, k: string, id: string) => m.set(k, [...(m.get(k) ?? []), id]);
  for (const { exp, flows, ids } of planned) {
    for (const c of exp.components) components.set(`${exp.engine}|${c.key}`, c);
    flows.forEach((f, i) => {
      if (f.source) push(specsFrom, `${exp.engine}|${f.source.key}`, ids[i]!);
      if (f.target) push(specsTo, `${exp.engine}|${f.target.key}`, ids[i]!);
    });
  }
  for (const { exp, flows, keys, ids } of planned) {
    const scoped = <T>(m: Map<string, T>) =>
      new Map(
        [...m]
          .filter(([k]) => k.startsWith(`${exp.engine}|`))
          .map(([k, v]) => [k.slice(exp.engine.length + 1), v]),
      );
    const ctx = {
      exp,
      specsFrom: scoped(specsFrom),
      specsTo: scoped(specsTo),
      components: scoped(components),
    };
    flows.forEach((f, i) => {
      const draft = flowToDraft(f, ids[i]!, { ...ctx, displayFile: fileOf(f, exp), matchKey: keys[i]! });
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
