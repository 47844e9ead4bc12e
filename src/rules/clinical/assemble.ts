import type { RiskMatrix } from '../../catalogue/dcb-matrix.js';
import { textPool } from '../../core/shared-text.js';
import { rate } from '../../catalogue/dcb-matrix.js';
import type { Integration } from '../../model/estate.js';
import type { WrittenHazardDecision } from '../../model/written.js';
import type { AnalyzeContext } from '../analysis.js';
import { clinicalCodes } from './codes.js';
import type { LoggedHazard } from './log-file.js';
import type { HazardRule } from './rule.js';
import { ruleNumber } from './rule.js';
import { resolveDerived } from './derived-ref.js';
import { hazardRules } from './rules/index.js';
import { closest } from './spelling.js';
import type { Hazard, HazardStatus } from './types.js';

const sharedText = textPool(16384);

/** A decision block of a spec, with the pointer it was written at. */
export interface DecisionEntry {
  block: WrittenHazardDecision;
  pointer: string;
}

export interface Assembled {
  hazards: Hazard[];
  /** Decision blocks by hazard id, including ones for hazards no longer derived. */
  decisions: Map<string, DecisionEntry>;
}

export function hazardId(integration: string, rule: string): string {
  return `${integration}/${rule}`;
}

export function localHazardId(integration: string, local: string): string {
  return `${integration}/local/${local}`;
}

/** Derive one spec's hazards, attach the CSO's decisions, and keep closed ones for the record. */
export function assemble(
  i: Integration,
  ctx: AnalyzeContext,
  matrix: RiskMatrix,
  previous: ReadonlyMap<string, LoggedHazard>,
): Assembled {
  const decisions = indexDecisions(i, ctx);
  const hazards: Hazard[] = [];
  const common = (id: string, entry: DecisionEntry | undefined) => ({
    integration: i.id,
    integrationTitle: i.title,
    owner: ctx.estate.config.organisation.cso?.name ?? 'Clinical Safety Officer',
    ...withRaised(earliest(previous.get(id)?.raised ?? ctx.asOf, entry?.block.decidedOn)),
    ...decisionFields(i, ctx, matrix, entry),
  });

  for (const rule of hazardRules) {
    const id = hazardId(i.id, rule.id);
    const entry = decisions.get(id);
    const found = rule.derive(i);
    if (found) {
      const first = found.causes[0]!;
      hazards.push({
        id,
        number: `${i.id}/${ruleNumber(rule.number)}`,
        origin: 'derived',
        rule: rule.id,
        ...ruleTexts(rule),
        // Texts and pointers recur across specs written alike: each is held once.
        causes: found.causes.map((c) => sharedText(c.text)),
        existingControls: found.existingControls,
        initial: { ...found.initial, rating: rate(matrix, found.initial.likelihood, found.initial.severity) },
        derivedNow: true,
        source: { ...ctx.sources.specKey(i.id, first.pointer), pointer: sharedText(first.pointer) },
        ...common(id, entry),
      });
      continue;
    }
    const logged = previous.get(id);
    if (!entry) continue;
    const closed = statusOf(entry.block) === 'closed';
    if (closed && logged) {
      // Kept for the record with what was logged when it was last derived.
      hazards.push({
        id,
        number: logged.number,
        origin: 'derived',
        rule: rule.id,
        ...ruleTexts(rule),
        causes: ['No longer derived: the spec no longer has the triggering fact, or now shows the control.'],
        existingControls: [],
        initial: loggedInitial(logged, matrix),
        derivedNow: false,
        source: { ...ctx.sources.specKey(i.id, entry.pointer), pointer: entry.pointer },
        ...common(id, entry),
      });
    } else if (!closed && !logged) {
      ctx.report(
        clinicalCodes['hazard-decision-orphan'].at(ctx.sources.specKey(i.id, entry.pointer), rule.id),
      );
    }
  }

  i.hazards.forEach((block, index) => {
    const local = block.local;
    if (!local || block.derived !== undefined) return;
    const id = localHazardId(i.id, local.id);
    const pointer = sharedText(`/hazards/${index}`);
    hazards.push({
      id,
      number: `${i.id}/L-${local.id}`,
      origin: 'local',
      title: local.title,
      description: local.description ?? '',
      causes: local.causes ?? [],
      effect: local.effect ?? '',
      hazard: local.title,
      harm: local.harm,
      existingControls: [],
      suggestedControls: [],
      initial: {
        ...local.initial,
        rating: rate(matrix, local.initial.likelihood, local.initial.severity),
        reason: 'Assessed by the CSO (local hazard).',
      },
      derivedNow: true,
      source: { ...ctx.sources.specKey(i.id, pointer), pointer },
      ...common(id, decisions.get(id)),
    });
  });
  return { hazards, decisions };
}

/** A rule's suggested controls, frozen and shared by every hazard the rule derives. */
const suggested = new WeakMap<HazardRule, Hazard['suggestedControls']>();

function ruleTexts(rule: HazardRule) {
  let controls = suggested.get(rule);
  if (!controls) {
    controls = Object.freeze(
      rule.suggestedControls.map((c) => Object.freeze({ ...c })),
    ) as Hazard['suggestedControls'];
    suggested.set(rule, controls);
  }
  return {
    title: rule.title,
    description: rule.description,
    effect: rule.effect,
    hazard: rule.hazard,
    harm: rule.harm,
    suggestedControls: controls,
  };
}

function loggedInitial(logged: LoggedHazard, matrix: RiskMatrix): Hazard['initial'] {
  const l = logged.initial.likelihood as Hazard['initial']['likelihood'];
  const s = logged.initial.severity as Hazard['initial']['severity'];
  const known =
    ['very-low', 'low', 'medium', 'high', 'very-high'].includes(l) &&
    ['minor', 'significant', 'considerable', 'major', 'catastrophic'].includes(s);
  return known
    ? {
        likelihood: l,
        severity: s,
        rating: rate(matrix, l, s),
        reason: 'As assessed when the hazard was last derived.',
      }
    : {
        likelihood: 'very-low',
        severity: 'minor',
        rating: rate(matrix, 'very-low', 'minor'),
        reason: 'Initial assessment not recoverable from the committed log.',
      };
}

function withRaised(raised: string | undefined): { raised?: string } {
  return raised ? { raised } : {};
}

/**
 * A hazard was raised no later than the first build that logged it, nor later than a decision
 * taken on it (specs can carry decisions older than the log). ISO dates compare as strings.
 */
function earliest(logged: string, decided: string | undefined): string {
  return decided !== undefined && decided < logged ? decided : logged;
}

export function statusOf(block: WrittenHazardDecision): HazardStatus {
  if (block.status) return block.status;
  if (block.decision === 'closed') return 'closed';
  if (block.decision === 'transferred') return 'transferred';
  return 'open';
}

function decisionFields(
  i: Integration,
  ctx: AnalyzeContext,
  matrix: RiskMatrix,
  entry: DecisionEntry | undefined,
) {
  if (!entry) return { status: 'open' as HazardStatus, controls: [] };
  const b = entry.block;
  const out: Partial<Hazard> & { status: HazardStatus; controls: Hazard['controls'] } = {
    status: statusOf(b),
    controls: (b.controls ?? []).map((c) => ({ ...c })),
    decisionAt: ctx.sources.specKey(i.id, entry.pointer),
    decisionPointer: entry.pointer,
  };
  if (b.residual)
    out.residual = { ...b.residual, rating: rate(matrix, b.residual.likelihood, b.residual.severity) };
  for (const k of [
    'decision',
    'rationale',
    'closure',
    'decidedBy',
    'decidedOn',
    'approvedBy',
    'transferredTo',
  ] as const) {
    if (b[k] !== undefined) (out as Record<string, unknown>)[k] = b[k];
  }
  if (b.decidedOn) out.lastReviewed = b.decidedOn;
  return out;
}

/** Decision blocks keyed by hazard id; reports malformed, unknown and duplicate entries. */
function indexDecisions(i: Integration, ctx: AnalyzeContext): Map<string, DecisionEntry> {
  const out = new Map<string, DecisionEntry>();
  i.hazards.forEach((block, index) => {
    const pointer = sharedText(`/hazards/${index}`);
    const at = ctx.sources.specKey(i.id, pointer);
    if ((block.derived === undefined) === (block.local === undefined)) {
      ctx.report(clinicalCodes['hazard-entry-invalid'].at(at));
      return;
    }
    let id: string;
    let what: string;
    if (block.derived !== undefined) {
      const ref = resolveDerived(i.id, block.derived);
      if (ref.kind === 'unknown') {
        const suggestion = closest(
          block.derived,
          hazardRules.map((r) => r.id),
        );
        ctx.report(
          clinicalCodes['hazard-unknown-rule'].at(
            ctx.sources.spec(i.id, `${pointer}/derived`),
            block.derived,
            suggestion,
          ),
        );
        return;
      }
      if (ref.kind === 'elsewhere') {
        ctx.report(
          clinicalCodes['hazard-decision-elsewhere'].at(
            ctx.sources.spec(i.id, `${pointer}/derived`),
            block.derived,
            ref.integration,
            i.id,
            ruleNumber(ref.rule.number),
          ),
        );
        return;
      }
      id = hazardId(i.id, ref.rule.id);
      what = `derived hazard ${ref.rule.id}`;
    } else {
      id = localHazardId(i.id, block.local!.id);
      what = `local hazard ${block.local!.id}`;
    }
    const first = out.get(id);
    if (first) {
      const line = ctx.sources.specKey(i.id, first.pointer).line;
      ctx.report(clinicalCodes['hazard-decision-duplicate'].at(at, what, line));
      return;
    }
    out.set(id, { block, pointer });
  });
  return out;
}
