import type { SourceLocation } from '../core/diagnostics.js';

/**
 * Read-only views of the derived findings in a compile's analysis. The slots are filled by the
 * clinical-safety, privacy and DSPT analyzers; each is read structurally, so a build without a
 * slot (an older revision, or an area not installed) simply has no such section.
 */

export interface HazardView {
  id: string;
  integration: string;
  title: string;
  number: string;
  /** Derivation rule id, or `local/<id>` for a local hazard: what the spec's decision entry names. */
  entry: string;
  status: string;
  decision?: string;
  initial: number;
  residual?: number;
  derivedNow: boolean;
  source?: SourceLocation;
}

export interface HazardsView {
  hazards: HazardView[];
  decisionRequiredFrom: number;
}

export interface PrivacyRiskView {
  id: string;
  integration: string;
  title: string;
  overall: string;
  likelihood: string;
  severity: string;
  decision?: string;
}

type Loose = Record<string, unknown>;

const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const rating = (v: unknown): number | undefined => (isObj(v) ? num(v.rating) : undefined);

export function readHazards(analysis: object): HazardsView | undefined {
  const slot = (analysis as Loose).hazards;
  if (!isObj(slot) || !Array.isArray(slot.hazards)) return undefined;
  const hazards: HazardView[] = [];
  for (const h of slot.hazards) {
    if (!isObj(h)) continue;
    const id = text(h.id);
    const integration = text(h.integration);
    const initial = rating(h.initial);
    if (!id || !integration || initial === undefined) continue;
    const view: HazardView = {
      id,
      integration,
      title: text(h.title) ?? id,
      number: text(h.number) ?? id,
      entry: text(h.rule) ?? `local/${id.split('/').pop() ?? id}`,
      status: text(h.status) ?? 'open',
      initial,
      derivedNow: h.derivedNow !== false,
    };
    const decision = text(h.decision);
    if (decision) view.decision = decision;
    const residual = rating(h.residual);
    if (residual !== undefined) view.residual = residual;
    if (isObj(h.source) && typeof h.source.file === 'string')
      view.source = { file: h.source.file, line: num(h.source.line) ?? 1, column: num(h.source.column) ?? 1 };
    hazards.push(view);
  }
  return { hazards, decisionRequiredFrom: num(slot.decisionRequiredFrom) ?? 3 };
}

export function readPrivacy(analysis: object): PrivacyRiskView[] | undefined {
  const slot = (analysis as Loose).privacy;
  if (!isObj(slot) || !isObj(slot.integrations)) return undefined;
  const out: PrivacyRiskView[] = [];
  for (const [integration, entry] of Object.entries(slot.integrations)) {
    if (!isObj(entry) || !Array.isArray(entry.risks)) continue;
    for (const r of entry.risks) {
      if (!isObj(r) || !text(r.id)) continue;
      const view: PrivacyRiskView = {
        id: text(r.id)!,
        integration,
        title: text(r.title) ?? text(r.id)!,
        overall: text(r.overall) ?? 'not rated',
        likelihood: text(r.likelihood) ?? '',
        severity: text(r.severity) ?? '',
      };
      if (isObj(r.decision)) {
        const d = r.decision;
        const parts = [text(d.effect), text(d.residual) && `residual ${text(d.residual)}`];
        if (d.approved === true) parts.push('approved');
        const decision = parts.filter(Boolean).join(', ');
        if (decision) view.decision = decision;
      }
      out.push(view);
    }
  }
  return out;
}

export interface OutcomeView {
  status: string;
  title: string;
}

/**
 * DSPT outcome statuses (evidenced, partial, none) by outcome id, from the evidence map the DSPT
 * analyzer builds: `evidence.outcomes[]` of `{ outcome: { id, title }, assessment: { status } }`.
 */
export function readDspt(analysis: object): Map<string, OutcomeView> | undefined {
  const slot = (analysis as Loose).evidence;
  if (!isObj(slot) || !Array.isArray(slot.outcomes)) return undefined;
  const out = new Map<string, OutcomeView>();
  for (const o of slot.outcomes) {
    if (!isObj(o) || !isObj(o.outcome) || !isObj(o.assessment)) continue;
    const id = text(o.outcome.id);
    const status = text(o.assessment.status);
    if (id && status) out.set(id, { status, title: text(o.outcome.title) ?? id });
  }
  return out;
}
