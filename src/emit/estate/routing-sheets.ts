import type { Workbook } from '../office/sml.js';
import { addTableSheet } from '../office/xlsx.js';
import type { RoutingSection } from './routing-view.js';

/** The routing graph and the canonical model as two sheets of the estate workbook. */
export function addRoutingSheets(wb: Workbook, r: RoutingSection): void {
  const rows: unknown[][] = [];
  for (const e of r.graph.engines) {
    for (const f of e.inbound) {
      for (const reach of f.reaches) {
        rows.push([
          e.engine,
          f.id,
          f.source,
          reach.nothing ? 'nothing outside the engine' : reach.system,
          reach.via.join(', '),
        ]);
      }
    }
  }
  for (const u of r.graph.unreached) rows.push([u.engine, u.id, 'reached by nothing', '', '']);
  for (const n of r.graph.reachesNothing) rows.push([n.engine, n.id, '', 'reaches nothing', '']);
  addTableSheet(
    wb,
    'Routing',
    [
      { header: 'Engine', width: 26 },
      { header: 'Inbound spec', width: 28 },
      { header: 'Source system', width: 28 },
      { header: 'Reaches', width: 28 },
      { header: 'Through specs', width: 40 },
    ],
    rows,
    {
      footer: `Which inbound feed reaches which system, following engine.feeds between specs: ${r.graph.links} hand-off(s).`,
    },
  );
  addTableSheet(
    wb,
    'Canonical model',
    [
      { header: 'System', width: 30 },
      { header: 'Integrations', width: 12 },
      { header: 'On the model', width: 12 },
      { header: 'Connects', width: 24 },
    ],
    r.model.systems.map((s) => [s.system, s.flows, s.onModel, s.connects]),
    { footer: r.translations },
  );
}
