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

/**
 * DSPT outcome statuses by outcome id. Accepts a list of outcomes ({id|outcome, status}) or a map
 * from outcome id to a status (or to an object with one).
 */
export function readDspt(analysis: object): Map<string, string> | undefined {
  const slot = (analysis as Loose).dspt;
  if (!isObj(slot)) return undefined;
  const outcomes = slot.outcomes;
  const out = new Map<string, string>();
  const statusOf = (v: unknown) => text(v) ?? (isObj(v) ? (text(v.status) ?? text(v.state)) : undefined);
  if (Array.isArray(outcomes)) {
    for (const o of outcomes) {
      if (!isObj(o)) continue;
      const id = text(o.id) ?? text(o.outcome) ?? text(o.code);
      const status = statusOf(o);
      if (id && status) out.set(id, status);
    }
  } else if (isObj(outcomes)) {
    for (const [id, v] of Object.entries(outcomes)) {
      const status = statusOf(v);
      if (status) out.set(id, status);
    }
  } else return undefined;
  return out;
}
