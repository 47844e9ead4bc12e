import { engineName } from '../../catalogue/engines.js';
import type { Estate, Integration } from '../../model/estate.js';

/** Where one inbound feed ends up: the system reached and the specs it passes through. */
export interface Reach {
  system: string;
  /** Spec ids after the inbound one, in order; empty when the inbound spec itself delivers. */
  via: string[];
  /** The chain ends inside the engine: it reaches no outside system. */
  nothing?: true;
}

export interface InboundFeed {
  id: string;
  title: string;
  source: string;
  reaches: Reach[];
}

export interface EngineRouting {
  engine: string;
  flows: number;
  inbound: InboundFeed[];
}

export interface RoutingGraph {
  engines: EngineRouting[];
  /** Flows fed only from inside their engine that no spec feeds. */
  unreached: Array<{ id: string; title: string; engine: string }>;
  /** Flows whose destination is inside their engine and that feed no spec. */
  reachesNothing: Array<{ id: string; title: string; engine: string }>;
  /** Feeds that name a spec the estate does not have. */
  dangling: Array<{ id: string; missing: string[] }>;
  /** How many hand-offs between specs the estate records. */
  links: number;
}

const maxDepth = 50;

export function engineLabel(i: Integration): string {
  return `${engineName(i.engine.kind)}${i.engine.server ? ` (${i.engine.server})` : ''}`;
}

/**
 * The estate's routing graph from spec facts: engine.feeds links one flow to the next inside an
 * engine; internalSource and internalTarget say an end is inside the engine. Every flow that
 * nothing feeds is an inbound feed, followed to the systems it reaches.
 */
export function routingGraph(estate: Estate): RoutingGraph {
  const running = estate.integrations.filter((i) => i.status !== 'retired' && i.engine.kind !== 'none');
  const byId = new Map(running.map((i) => [i.id, i]));
  const all = new Set(estate.integrations.map((i) => i.id));
  const fedBy = new Map<string, string[]>();
  let links = 0;
  const dangling: RoutingGraph['dangling'] = [];
  for (const i of running) {
    const feeds = i.engine.feeds ?? [];
    const missing = feeds.filter((f) => !all.has(f));
    if (missing.length > 0) dangling.push({ id: i.id, missing });
    for (const f of feeds) {
      if (!byId.has(f)) continue;
      links += 1;
      fedBy.set(f, [...(fedBy.get(f) ?? []), i.id]);
    }
  }
  const reachOf = (start: Integration): Reach[] => {
    const out: Reach[] = [];
    const walk = (i: Integration, via: string[], seen: Set<string>) => {
      const next = (i.engine.feeds ?? []).filter((f) => byId.has(f) && !seen.has(f));
      if (!i.engine.internalTarget) out.push({ system: i.target.system, via });
      else if (next.length === 0) out.push({ system: i.target.system, via, nothing: true });
      if (via.length >= maxDepth) return;
      for (const f of next) walk(byId.get(f)!, [...via, f], new Set([...seen, f]));
    };
    walk(start, [], new Set([start.id]));
    return out;
  };
  const groups = new Map<string, EngineRouting>();
  for (const i of running) {
    const label = engineLabel(i);
    const g = groups.get(label) ?? { engine: label, flows: 0, inbound: [] };
    g.flows += 1;
    groups.set(label, g);
    if (fedBy.has(i.id) || i.engine.internalSource) continue;
    g.inbound.push({ id: i.id, title: i.title, source: i.source.system, reaches: reachOf(i) });
  }
  const unreached = running
    .filter((i) => i.engine.internalSource && !fedBy.has(i.id))
    .map((i) => ({ id: i.id, title: i.title, engine: engineLabel(i) }));
  const reachesNothing = running
    .filter((i) => i.engine.internalTarget && !(i.engine.feeds ?? []).some((f) => byId.has(f)))
    .map((i) => ({ id: i.id, title: i.title, engine: engineLabel(i) }));
  const engines = [...groups.values()].sort((a, b) =>
    a.engine < b.engine ? -1 : a.engine > b.engine ? 1 : 0,
  );
  return { engines, unreached, reachesNothing, dangling, links };
}
