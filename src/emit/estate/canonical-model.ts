import type { Estate, Integration } from '../../model/estate.js';
import type { CanonicalModel } from '../../model/written.js';
import { standardNames } from '../../catalogue/engines.js';

export type Connection = 'through the model' | 'partly through the model' | 'point to point';

export interface SystemConnection {
  system: string;
  flows: number;
  onModel: number;
  connects: Connection;
}

export interface ModelView {
  /** The model as named in config, in words; undefined when config names none. */
  model?: string;
  systems: SystemConnection[];
  /** Integrations between systems outside the engine that the sums count. */
  integrations: number;
  /** Translations paid today: one per integration off the model, one per system on it. */
  today: number;
  pointToPoint: number;
  systemsOnModel: number;
  /** Translations if every system connected through the model: one per system. */
  throughout: number;
}

/** Whether an integration carries the canonical model: its standard, version and profile. */
export function onModel(i: Integration, m: CanonicalModel | undefined): boolean {
  if (!m) return false;
  const p = i.protocol;
  if (p.standard !== m.standard) return false;
  if (m.version && (p.version ?? '').toLowerCase() !== m.version.toLowerCase()) return false;
  if (m.profile && !(p.profile ?? '').toLowerCase().includes(m.profile.toLowerCase())) return false;
  return true;
}

export function modelName(m: CanonicalModel): string {
  return m.name ?? [standardNames[m.standard], m.version, m.profile].filter(Boolean).join(' ');
}

/**
 * Per system, whether it connects through the organisation's canonical model or point to point,
 * and what the estate pays in translations: each integration off the model is a mapping of its
 * own; each system on the model is mapped once. Ends inside an engine are not systems.
 */
export function modelView(estate: Estate): ModelView {
  const m = estate.config.estate.canonicalModel;
  const counted = estate.integrations.filter((i) => i.status !== 'retired' && i.status !== 'proposed');
  const systems = new Map<string, SystemConnection>();
  let integrations = 0;
  let pointToPoint = 0;
  for (const i of counted) {
    const ends = [
      i.engine.internalSource ? undefined : i.source.system,
      i.engine.internalTarget ? undefined : i.target.system,
    ].filter((s): s is string => !!s);
    if (ends.length === 0) continue;
    integrations += 1;
    const on = onModel(i, m);
    if (!on) pointToPoint += 1;
    for (const s of new Set(ends)) {
      const entry = systems.get(s) ?? {
        system: s,
        flows: 0,
        onModel: 0,
        connects: 'point to point' as Connection,
      };
      entry.flows += 1;
      if (on) entry.onModel += 1;
      systems.set(s, entry);
    }
  }
  for (const s of systems.values())
    s.connects =
      s.onModel === 0
        ? 'point to point'
        : s.onModel === s.flows
          ? 'through the model'
          : 'partly through the model';
  const list = [...systems.values()].sort((a, b) => a.system.localeCompare(b.system, 'en-GB'));
  const systemsOnModel = list.filter((s) => s.onModel > 0).length;
  const view: ModelView = {
    systems: list,
    integrations,
    pointToPoint,
    systemsOnModel,
    today: pointToPoint + systemsOnModel,
    throughout: list.length,
  };
  if (m) view.model = modelName(m);
  return view;
}
