import { html } from '../escape.js';
import type { RoutingSection } from './routing-view.js';

/** The routing graph and the canonical model, as a section of the estate page. */
export function routingHtml(r: RoutingSection): string {
  const engines = r.reaches
    .map((e) => `<h3>${html(e.engine)}</h3>\n<ul>${e.lines.map((l) => `<li>${html(l)}</li>`).join('')}</ul>`)
    .join('\n');
  const list = (title: string, items: Array<{ id: string; title: string; engine: string }>, none: string) =>
    items.length > 0
      ? `<h3>${html(title)}</h3>\n<ul>${items.map((i) => `<li>${html(`${i.id} (${i.engine}): ${i.title}`)}</li>`).join('')}</ul>`
      : `<p>${html(none)}</p>`;
  const systems =
    r.model.model && r.model.systems.length > 0
      ? `<table><caption>Per system, whether it connects through ${html(r.model.model)}</caption><thead><tr><th scope="col">System</th><th scope="col" class="num">Integrations</th><th scope="col" class="num">On the model</th><th scope="col">Connects</th></tr></thead>
<tbody>
${r.model.systems.map((s) => `<tr><th scope="row">${html(s.system)}</th><td class="num">${s.flows}</td><td class="num">${s.onModel}</td><td>${html(s.connects)}</td></tr>`).join('\n')}
</tbody></table>`
      : '';
  return `<section aria-labelledby="routing-h">
<h2 id="routing-h">Routing through the engines</h2>
<p>Which inbound feed reaches which system, following the hand-offs between specs inside each engine: ${r.graph.links} hand-off(s) recorded.</p>
${engines || '<p>No integration runs through an engine.</p>'}
${list('Reached by nothing', r.graph.unreached, 'Every flow fed from inside an engine is fed by a spec in the estate.')}
${list('Reaching nothing', r.graph.reachesNothing, 'Every flow that ends inside an engine feeds a spec in the estate.')}
<h3>Canonical model</h3>
${systems}
<p>${html(r.translations)}</p>
</section>`;
}
