import type { SourceLocation } from '../../core/diagnostics.js';
import type { AnalyzeContext } from '../analysis.js';
import type { DecisionEntry } from './assemble.js';
import { statusOf } from './assemble.js';
import { parseYaml } from '../../load/parse-yaml.js';
import { clinicalCodes } from './codes.js';
import type { LoggedHazard } from './log-file.js';
import type { Hazard } from './types.js';

/**
 * Hazards are never deleted: every hazard in the committed log (in git at HEAD) must still be in
 * the log, either derived or closed in its spec, and a recorded decision cannot silently
 * disappear. Removing a whole spec is an error only when the spec was committed as something
 * other than proposed: a spec that never reached a commit, or was committed only as a proposal,
 * was never in service and its hazards were never more than a draft.
 */
export function checkContinuity(
  ctx: AnalyzeContext,
  hazards: readonly Hazard[],
  decisions: ReadonlyMap<string, DecisionEntry>,
  committed: ReadonlyMap<string, LoggedHazard>,
): void {
  const current = new Map(hazards.map((h) => [h.id, h]));
  const specs = new Set(ctx.estate.integrations.map((i) => i.id));
  const bound = new Map<string, boolean>();
  for (const logged of committed.values()) {
    const now = current.get(logged.id);
    if (now) {
      if (logged.decided && !decisions.has(logged.id)) {
        const decided = [logged.decision ?? logged.status, logged.decidedBy, logged.decidedOn]
          .filter(Boolean)
          .join(', ');
        ctx.report(
          clinicalCodes['hazard-decision-removed'].at(
            whereToAdd(ctx, logged.integration, now),
            logged.number,
            decided,
          ),
        );
      }
      continue;
    }
    if (!specs.has(logged.integration)) {
      if (!bound.has(logged.file)) bound.set(logged.file, committedInService(ctx, logged.file));
      if (!bound.get(logged.file)) continue;
      ctx.report(
        clinicalCodes['hazard-integration-removed'].at(
          { file: logged.file, line: 1, column: 1 },
          logged.number,
          logged.id,
          logged.integration,
        ),
      );
      continue;
    }
    const entry = decisions.get(logged.id);
    // A closed entry for a logged hazard is always kept (assemble adds it), so reaching here
    // means the entry is missing or not closed.
    const at =
      entry && statusOf(entry.block) !== 'closed'
        ? ctx.sources.specKey(logged.integration, `${entry.pointer}/status`)
        : whereToAdd(ctx, logged.integration);
    const what = logged.rule
      ? `add to hazards: "- derived: ${logged.rule}"`
      : `keep the local hazard "${logged.id.split('/').pop() ?? logged.id}" in hazards:`;
    ctx.report(clinicalCodes['hazard-not-closed'].at(at, logged.number, logged.id, what));
  }
}

/**
 * Whether the spec file, as committed at HEAD, is there with a status other than proposed. An
 * estate held in memory (no git) has no commits to tell: its previous log stands for them.
 */
function committedInService(ctx: AnalyzeContext, file: string): boolean {
  if (!ctx.readCommitted) return true;
  const bytes = ctx.readCommitted(file);
  if (!bytes) return false;
  const [doc] = parseYaml(file, bytes);
  const data = doc?.data;
  const status = data && typeof data === 'object' ? (data as { status?: unknown }).status : undefined;
  // A committed spec that cannot be read, or has no status, is taken as in service: stay safe.
  return status !== 'proposed';
}

/** The spec line where a hazards entry should go: the hazards list, else the id line. */
const indexes = new WeakMap<object, Map<string, AnalyzeContext['estate']['integrations'][number]>>();

/** Integrations by id, built once per estate (lookups inside per-hazard loops stay linear). */
function byId(ctx: AnalyzeContext): Map<string, AnalyzeContext['estate']['integrations'][number]> {
  let index = indexes.get(ctx.estate);
  if (!index) {
    index = new Map(ctx.estate.integrations.map((i) => [i.id, i]));
    indexes.set(ctx.estate, index);
  }
  return index;
}

export function whereToAdd(ctx: AnalyzeContext, integration: string, hazard?: Hazard): SourceLocation {
  const spec = byId(ctx).get(integration);
  if (spec && spec.hazards.length > 0) return ctx.sources.specKey(integration, '/hazards');
  if (hazard) return ctx.sources.specKey(integration, hazard.source.pointer);
  return ctx.sources.specKey(integration, '/id');
}
