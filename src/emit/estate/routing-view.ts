import type { Estate } from '../../model/estate.js';
import { modelView, type ModelView } from './canonical-model.js';
import { routingGraph, type RoutingGraph } from './routing-graph.js';

/** The routing graph and the canonical-model sums in words, as the estate map shows them. */
export interface RoutingSection {
  graph: RoutingGraph;
  model: ModelView;
  /** One line per inbound feed: "PAS (spec x) reaches EPR through y, z". */
  reaches: Array<{ engine: string; lines: string[] }>;
  translations: string;
}

export function routingSection(estate: Estate): RoutingSection {
  const graph = routingGraph(estate);
  const model = modelView(estate);
  const reaches = graph.engines
    .filter((e) => e.inbound.length > 0)
    .map((e) => ({
      engine: e.engine,
      lines: e.inbound.flatMap((f) =>
        (f.reaches.length > 0 ? f.reaches : [{ system: '', via: [], nothing: true as const }]).map(
          (r) =>
            `${f.source} (${f.id}) reaches ${r.nothing ? 'nothing outside the engine' : r.system}${r.via.length > 0 ? `, through ${r.via.join(', ')}` : ''}`,
        ),
      ),
    }));
  const translations = model.model
    ? `The estate pays for ${model.today} translation(s) today: ${model.pointToPoint} integration(s) off the model need a mapping each, and ${model.systemsOnModel} system(s) on ${model.model} are mapped once each. With every system on ${model.model} it would pay ${model.throughout}, one per system.`
    : `No canonical model is named (estate.canonicalModel in govspec.config.yaml), so all ${model.integrations} integration(s) are point to point: one translation each, ${model.integrations} in all. Through a canonical model the estate would pay ${model.throughout}, one per system.`;
  const note =
    model.throughout >= model.today
      ? ' Here a model would not lower the count: it pays off where systems have many partners.'
      : '';
  return { graph, model, reaches, translations: translations + note };
}
