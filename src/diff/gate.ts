import type { Diagnostic, SourceLocation } from '../core/diagnostics.js';
import { compareSemver } from '../core/formats.js';
import type { Estate, Integration, SourceIndex } from '../model/estate.js';
import type { WrittenHazardDecision } from '../model/written.js';
import { derivedRuleId } from '../rules/clinical/derived-ref.js';
import { aspectById, isGovernance } from './aspects.js';
import { diffCodes } from './codes.js';
import type { HazardsView } from './findings.js';
import type { IntegrationDiff, RequiredDecision } from './types.js';

export interface GateInput {
  integrations: readonly IntegrationDiff[];
  base: Estate | undefined;
  head: Estate;
  sources: SourceIndex;
  headHazards: HazardsView | undefined;
  /** True when the builds derive a hazard log; otherwise the spec's own hazard entries are checked. */
  hazardsSection: boolean;
  report(d: Diagnostic): void;
}

/**
 * Decisions a pull request needs before it merges: a version bump on a spec whose governance
 * facts changed, a CSO decision on each new hazard that the organisation's plan says needs one,
 * and a closure for every open hazard that disappears.
 */
export function requiredDecisions(input: GateInput): RequiredDecision[] {
  const out: RequiredDecision[] = [];
  const headSpec = new Map(input.head.integrations.map((i) => [i.id, i]));
  const baseSpec = new Map((input.base?.integrations ?? []).map((i) => [i.id, i]));
  const hazardById = new Map((input.headHazards?.hazards ?? []).map((h) => [h.id, h]));
  const need = (r: RequiredDecision, d: Diagnostic) => {
    out.push(r);
    input.report(d);
  };
  const where = (id: string, pointer: string): SourceLocation | undefined => {
    const spec = headSpec.get(id);
    if (spec) return input.sources.specKey(id, pointer);
    const file = baseSpec.get(id)?.file;
    return file ? { file, line: 1, column: 1 } : undefined;
  };

  for (const d of input.integrations) {
    const { before, after } = d.version;
    const governance = d.fields.some((f) => isGovernance(aspectById(f.aspect)));
    if (
      (d.change === 'changed' || d.change === 'retired') &&
      governance &&
      before &&
      after &&
      compareSemver(after, before) <= 0
    ) {
      const diag = diffCodes['diff-version-not-bumped'].at(where(d.id, '/version'), d.id, before, after);
      need({ kind: 'version-not-bumped', integration: d.id, role: 'owner', message: diag.message }, diag);
    }
    for (const h of d.hazards) {
      const now = hazardById.get(h.id);
      if ((h.kind === 'raised' || h.kind === 'reopened') && now && !now.decision && now.status === 'open') {
        if (now.initial < (input.headHazards?.decisionRequiredFrom ?? 1)) continue;
        const diag = diffCodes['diff-hazard-undecided'].at(
          now.source ?? where(d.id, '/hazards'),
          now.number,
          now.initial,
          now.entry,
        );
        need(
          { kind: 'hazard-undecided', integration: d.id, hazard: h.id, role: 'cso', message: diag.message },
          diag,
        );
      }
      if (h.kind === 'dropped') {
        const how = d.change === 'removed' ? 'its spec was deleted' : 'it is no longer in the hazard log';
        const diag = diffCodes['diff-hazard-dropped'].at(where(d.id, '/hazards'), h.title, how);
        need(
          { kind: 'hazard-dropped', integration: d.id, hazard: h.id, role: 'cso', message: diag.message },
          diag,
        );
      }
    }
    if (!input.hazardsSection) {
      for (const [key, how] of droppedEntries(baseSpec.get(d.id), headSpec.get(d.id))) {
        const diag = diffCodes['diff-hazard-dropped'].at(where(d.id, '/hazards'), `${d.id}/${key}`, how);
        need(
          {
            kind: 'hazard-dropped',
            integration: d.id,
            hazard: `${d.id}/${key}`,
            role: 'cso',
            message: diag.message,
          },
          diag,
        );
      }
    }
  }
  return out;
}

function entryKey(integration: string, e: WrittenHazardDecision): string | undefined {
  if (e.derived !== undefined) return derivedRuleId(integration, e.derived) ?? e.derived;
  return e.local ? `local/${e.local.id}` : undefined;
}

function isClosed(e: WrittenHazardDecision): boolean {
  return e.status === 'closed' || e.decision === 'closed';
}

/** Without a derived hazard log, the spec's own hazard entries show what was dropped. */
function droppedEntries(
  base: Integration | undefined,
  head: Integration | undefined,
): Array<[string, string]> {
  if (!base) return [];
  const kept = new Set((head?.hazards ?? []).map((e) => entryKey(base.id, e)));
  const out: Array<[string, string]> = [];
  for (const e of base.hazards) {
    const key = entryKey(base.id, e);
    if (!key || isClosed(e) || kept.has(key)) continue;
    const how = !head
      ? 'its spec was deleted'
      : e.local
        ? 'its entry was removed from the spec'
        : 'its CSO decision was removed from the spec';
    out.push([key, how]);
  }
  return out;
}
