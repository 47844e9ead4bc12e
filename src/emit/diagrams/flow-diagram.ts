import { counted } from '../../core/formats.js';
import type { Config, Integration } from '../../model/estate.js';
import {
  carriesSpecialCategory,
  dataClasses,
  endpointOrg,
  engineNames,
  protocolShort,
  transportNames,
} from '../privacy/describe.js';
import { label, mermaidText } from './mermaid-text.js';

/**
 * Mermaid data-flow diagrams. Every identifier in the source is generated here (o0, n0...);
 * spec text only ever appears inside quoted, escaped labels.
 */

const externalStyle = 'fill:#fff4e5,stroke:#b26a00,stroke-width:1px';
const ourStyle = 'fill:#eef4fb,stroke:#1f5aa6,stroke-width:1px';
const specialEdge = 'stroke:#b3261e,stroke-width:2px';

interface Org {
  code: string;
  name: string;
  ours: boolean;
  nodes: Array<[id: string, text: string]>;
}

class Builder {
  /**
   * groupOurs false: the organisation's own systems are drawn ungrouped (shaded blue) and only
   * other organisations are groups. With many systems in one big group, the layout routes
   * arrows to outside groups straight through unrelated boxes.
   */
  constructor(
    private readonly direction: 'TB' | 'LR',
    private readonly groupOurs = true,
  ) {}

  private readonly orgs = new Map<string, Org & { id: string }>();
  private readonly nodeLines = new Map<string, string>();
  private readonly edges: string[] = [];
  private readonly special: number[] = [];

  org(o: { code: string; name: string; ours: boolean }): Org & { id: string } {
    const key = `${o.code}\u0000${o.name}`;
    let g = this.orgs.get(key);
    if (!g) {
      g = { ...o, id: `o${this.orgs.size}`, nodes: [] };
      this.orgs.set(key, g);
    }
    return g;
  }

  node(org: Org, key: string, text: string): string {
    const existing = this.nodeLines.get(key);
    if (existing) return existing;
    const id = `n${this.nodeLines.size}`;
    this.nodeLines.set(key, id);
    org.nodes.push([id, text]);
    return id;
  }

  edge(from: string, to: string, text: string | undefined, special: boolean): void {
    if (special) this.special.push(this.edges.length);
    this.edges.push(text === undefined ? `  ${from} --> ${to}` : `  ${from} -->|${text}| ${to}`);
  }

  toString(): string {
    const lines = [`flowchart ${this.direction}`];
    // The organisation's own group first: the layout then reads outwards from it.
    const groups = [...this.orgs.values()].sort((a, b) => Number(b.ours) - Number(a.ours));
    for (const g of groups) {
      if (g.ours && !this.groupOurs) {
        if (g.nodes.length === 0) continue;
        lines.push(...g.nodes.map(([id, text]) => `  ${id}[${text}]`));
        lines.push(`  classDef ours ${ourStyle}`, `  class ${g.nodes.map(([id]) => id).join(',')} ours`);
        continue;
      }
      // One line: Mermaid does not make room for a second line of a group title.
      lines.push(
        `  subgraph ${g.id}[${label(`${g.name} (ODS ${g.code})`)}]`,
        `    direction ${this.direction}`,
      );
      lines.push(...g.nodes.map(([id, text]) => `    ${id}[${text}]`), '  end');
      lines.push(`  style ${g.id} ${g.ours ? ourStyle : externalStyle}`);
    }
    lines.push(...this.edges);
    if (this.special.length > 0) lines.push(`  linkStyle ${this.special.join(',')} ${specialEdge}`);
    return `${lines.join('\n')}\n`;
  }
}

function system(e: Integration['source']): string {
  return label(e.system, e.supplier);
}

/**
 * One integration: source system, engine, the hops of its route (national services, brokers,
 * platforms) and target system, organisations as groups. The engine sits on the organisation's
 * own side of the route; the first arrow names the flow, the last the data and transport.
 */
export function integrationDiagram(i: Integration, config: Config): string {
  // Asked for by the diagram and DPIA emitters' cache keys and by both emitters: drawn once per
  // integration and config (both are read-only for a build).
  const drawn = drawnDiagrams.get(i);
  if (drawn?.config === config) return drawn.text;
  const text = drawIntegration(i, config);
  drawnDiagrams.set(i, { config, text });
  return text;
}

const drawnDiagrams = new WeakMap<Integration, { config: Config; text: string }>();

function drawIntegration(i: Integration, config: Config): string {
  // Top to bottom: narrow enough to read at full size on a portrait page.
  const b = new Builder('TB');
  const ours = config.organisation;
  const src = b.node(b.org(endpointOrg(i.source, config)), 'source', system(i.source));
  const tgt = b.node(b.org(endpointOrg(i.target, config)), 'target', system(i.target));
  const engine =
    i.engine.kind === 'none'
      ? []
      : [
          b.node(
            b.org({ code: ours.ods, name: ours.name, ours: true }),
            'engine',
            label(engineNames[i.engine.kind] ?? i.engine.kind, i.engine.channel),
          ),
        ];
  const hops = i.route.map((h, n) =>
    b.node(
      b.org(hopOrg(h, config)),
      `hop\u0000${n}`,
      label(h.name, h.role ? `${h.role.replace(/-/g, ' ')}` : undefined),
    ),
  );
  const fromOutside = !endpointOrg(i.source, config).ours;
  const path = [src, ...(fromOutside ? [...hops, ...engine] : [...engine, ...hops]), tgt];
  const special = carriesSpecialCategory(i);
  const classes = dataClasses(i, true).join(', ') || 'data items not declared';
  const transport = transportLine(i);
  const steps = path.length - 1;
  for (let k = 0; k < steps; k++) {
    const first = k === 0;
    const last = k === steps - 1;
    const text =
      first && last
        ? label(i.title, protocolShort(i), classes, transport)
        : first
          ? label(i.title, protocolShort(i))
          : last
            ? label(classes, transport)
            : undefined;
    b.edge(path[k]!, path[k + 1]!, text, special);
  }
  return b.toString();
}

/** The organisation running a hop: the configured one when it names ours, otherwise its operator. */
function hopOrg(
  h: Integration['route'][number],
  config: Config,
): { code: string; name: string; ours: boolean } {
  const ours = config.organisation;
  if (h.org === ours.ods || (h.org === undefined && h.operator === ours.name))
    return { code: ours.ods, name: ours.name, ours: true };
  return { code: h.org ?? 'not recorded', name: h.operator ?? 'operator not recorded', ours: false };
}

function transportLine(i: Integration): string {
  const t = i.transport;
  const encryption =
    t.encryption === undefined
      ? 'encryption not recorded'
      : t.encryption === 'none'
        ? 'NOT ENCRYPTED'
        : encryptionShort[t.encryption];
  return [
    transportNames[t.kind] ?? t.kind,
    t.network ? networkShort[t.network] : 'network not recorded',
    encryption,
  ].join(' · ');
}

const networkShort: Record<string, string> = {
  internal: 'internal network',
  hscn: 'HSCN',
  internet: 'internet',
  'local-host': 'same host',
};
const encryptionShort: Record<string, string> = {
  tls: 'TLS',
  mtls: 'mutual TLS',
  vpn: 'VPN',
  'message-level': 'message-level encryption',
};

/** Above this many flows the estate diagram joins flows between the same organisations. */
export const estateDetailLimit = 120;

/** The estate: every flow between systems, grouped by organisation; special category flows in red. */
export function estateDiagram(integrations: readonly Integration[], config: Config): string {
  const b = new Builder('LR', false);
  if (integrations.length > estateDetailLimit) return organisationDiagram(integrations, config);
  for (const i of integrations) {
    const srcOrg = b.org(endpointOrg(i.source, config));
    const tgtOrg = b.org(endpointOrg(i.target, config));
    const src = b.node(srcOrg, `${srcOrg.code}\u0000${i.source.system}`, label(i.source.system));
    const tgt = b.node(tgtOrg, `${tgtOrg.code}\u0000${i.target.system}`, label(i.target.system));
    const via = i.engine.kind === 'none' ? undefined : `via ${engineNames[i.engine.kind] ?? i.engine.kind}`;
    b.edge(
      src,
      tgt,
      label(i.id, [transportNames[i.transport.kind], via].filter(Boolean).join(' ')),
      carriesSpecialCategory(i),
    );
  }
  return b.toString();
}

function organisationDiagram(integrations: readonly Integration[], config: Config): string {
  const b = new Builder('LR');
  const pairs = new Map<string, { from: string; to: string; count: number; special: number }>();
  for (const i of integrations) {
    const s = endpointOrg(i.source, config);
    const t = endpointOrg(i.target, config);
    const from = b.node(b.org(s), `org\u0000${s.code}\u0000${s.name}`, label(s.name));
    const to = b.node(b.org(t), `org\u0000${t.code}\u0000${t.name}`, label(t.name));
    const key = `${from}>${to}`;
    const p = pairs.get(key) ?? { from, to, count: 0, special: 0 };
    p.count += 1;
    if (carriesSpecialCategory(i)) p.special += 1;
    pairs.set(key, p);
  }
  for (const p of pairs.values()) {
    b.edge(
      p.from,
      p.to,
      `"${mermaidText(`${counted(p.count, 'flow')}, ${p.special} with special category data`)}"`,
      p.special > 0,
    );
  }
  return b.toString();
}
