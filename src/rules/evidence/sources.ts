import type { Analysis } from '../analysis.js';

/**
 * Other areas' analysis slots that outcomes cite. A build may lack one (an analyzer that is not
 * registered, or that failed), so outcomes ask here rather than assume it exists, and read only
 * the few fields they need, checking each.
 */
export type SourceSlot = 'hazards' | 'privacy' | 'retention';

export const slotNames: Record<SourceSlot, string> = {
  hazards: 'the hazard log',
  privacy: 'the DPIA privacy risk register',
  retention: 'the retention schedule',
};

export function hasSlot(analysis: Partial<Analysis>, slot: SourceSlot): boolean {
  return slotOf(analysis, slot) !== undefined;
}

function slotOf(analysis: Partial<Analysis>, slot: SourceSlot): unknown {
  return (analysis as Record<string, unknown>)[slot];
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A hazard as outcomes see it: where it is, what it is called, whether it is decided, its controls. */
export interface HazardFacts {
  integration: string;
  label: string;
  /** Needs a CSO decision (rated at or above the decision level) and has none. */
  undecided: boolean;
  controlKinds: string[];
}

/** The hazard log's entries, or undefined when the log was not produced. */
export function hazardFacts(analysis: Partial<Analysis>): HazardFacts[] | undefined {
  const log = record(slotOf(analysis, 'hazards'));
  if (!log) return undefined;
  const from = typeof log.decisionRequiredFrom === 'number' ? log.decisionRequiredFrom : 1;
  const list = Array.isArray(log.hazards) ? log.hazards : [];
  return list.flatMap((h): HazardFacts[] => {
    const r = record(h);
    const integration = text(r?.integration);
    if (!r || !integration) return [];
    const decided = r.decision !== undefined || r.status === 'closed' || r.status === 'transferred';
    const rating = record(r.initial)?.rating;
    const controls = Array.isArray(r.controls) ? r.controls : [];
    return [
      {
        integration,
        label: [text(r.number) ?? text(r.id), text(r.title)].filter(Boolean).join(' '),
        undecided: !decided && typeof rating === 'number' && rating >= from,
        controlKinds: controls.map((c) => text(record(c)?.kind)).filter((k): k is string => k !== undefined),
      },
    ];
  });
}

/** A privacy risk as outcomes see it. */
export interface PrivacyFacts {
  integration: string;
  label: string;
  /** No IG decision recording an effect and a residual risk. */
  undecided: boolean;
}

/** The DPIA risk register's risks, or undefined when it was not produced. */
export function privacyFacts(analysis: Partial<Analysis>): PrivacyFacts[] | undefined {
  const slot = record(slotOf(analysis, 'privacy'));
  if (!slot) return undefined;
  const byIntegration = record(slot.integrations) ?? {};
  return Object.entries(byIntegration).flatMap(([integration, value]) => {
    const risks = record(value)?.risks;
    return (Array.isArray(risks) ? risks : []).flatMap((risk): PrivacyFacts[] => {
      const r = record(risk);
      if (!r) return [];
      return [
        {
          integration,
          label: text(r.title) ?? text(r.id) ?? 'privacy risk',
          undecided: record(r.decision)?.complete !== true,
        },
      ];
    });
  });
}
