import type { Component, EngineExport, Link } from './graph.js';

/**
 * One flow through an engine: from the component that receives from outside to the one that
 * sends outside, through whatever routes, routers and processes lie between. A flow with no
 * source is one nothing in the export reaches; a flow with no target reaches nothing.
 */
export interface Flow {
  source?: Component;
  target?: Component;
  /** Routing and processing components on the way, in the order found, over every path. */
  via: Component[];
  /** Each path, when more than one leads from the source to the target. */
  paths: Component[][];
  /** HL7v2 message types that reach the target, read from rules and filters on the way. */
  messageTypes: string[];
  /**
   * Some path filters by message type but another hands every message to the target without a
   * filter or condition: messageTypes is then not the whole of what arrives.
   */
  unfiltered?: boolean;
  /** Keys of entry components this flow's target hands messages to over a loopback connection. */
  feeds: string[];
  /** Keys of targets that hand messages to this flow's source over a loopback connection. */
  fedBy: string[];
}

const maxPaths = 200;

export function flowsOf(exp: EngineExport): Flow[] {
  const byKey = new Map(exp.components.map((c) => [c.key, c]));
  const out = new Map<string, Link[]>();
  const inbound = new Map<string, Link[]>();
  for (const l of exp.links) {
    if (l.network || !byKey.has(l.from) || !byKey.has(l.to)) continue;
    out.set(l.from, [...(out.get(l.from) ?? []), l]);
    inbound.set(l.to, [...(inbound.get(l.to) ?? []), l]);
  }
  const flows: Flow[] = [];
  const reached = new Set<string>();

  const walk = (start: Component) => {
    const found = new Map<
      string,
      { via: Component[]; paths: Component[][]; types: Set<string>; typed: boolean; open: boolean }
    >();
    const seenProcess = new Set<string>();
    let paths = 0;
    const visit = (
      node: Component,
      prev: string | undefined,
      via: Component[],
      types: string[] | undefined,
      guarded: boolean,
    ) => {
      for (const link of out.get(node.key) ?? []) {
        if (paths >= maxPaths) return;
        // routing-rule sources: the component that handed the message to this router
        if (link.onlyFrom && prev !== undefined && !link.onlyFrom.includes(prev)) continue;
        const next = byKey.get(link.to)!;
        const carried = link.messageTypes && link.messageTypes.length > 0 ? link.messageTypes : types;
        const cond = guarded || link.conditional === true;
        if (next.role === 'process') {
          if (via.some((v) => v.key === next.key)) continue;
          seenProcess.add(next.key);
          reached.add(next.key);
          visit(next, node.key, [...via, next], carried, cond);
          continue;
        }
        if (next.key === start.key) continue; // a reply to the sender, not a flow
        paths += 1;
        reached.add(next.key);
        const entry = found.get(next.key) ?? {
          via: [],
          paths: [],
          types: new Set<string>(),
          typed: false,
          open: false,
        };
        for (const v of via) if (!entry.via.includes(v)) entry.via.push(v);
        const same = (a: Component[]) => a.length === via.length && a.every((c, i) => c.key === via[i]!.key);
        if (!entry.paths.some(same)) entry.paths.push(via);
        for (const t of carried ?? []) entry.types.add(t);
        if (carried && carried.length > 0) entry.typed = true;
        else if (!cond) entry.open = true;
        found.set(next.key, entry);
      }
    };
    if (start.role === 'process') {
      reached.add(start.key);
      visit(start, undefined, [start], undefined, false);
    } else visit(start, undefined, [], undefined, false);
    return { found, seenProcess };
  };

  const entries = exp.components.filter((c) => c.role === 'inbound' || c.role === 'both');
  for (const source of entries) {
    const { found, seenProcess } = walk(source);
    for (const [key, f] of found) {
      const target = byKey.get(key)!;
      flows.push({
        source,
        target,
        via: f.via,
        paths: f.paths.length > 1 ? f.paths : [],
        messageTypes: messageTypesOf(f.typed ? [...f.types] : [], source, target),
        ...(f.typed && f.open ? { unfiltered: true } : {}),
        feeds: [],
        fedBy: [],
      });
    }
    if (found.size === 0 && (out.get(source.key)?.length ?? 0) > 0) {
      const via = [...seenProcess].map((k) => byKey.get(k)!);
      flows.push({
        source,
        via,
        paths: [],
        messageTypes: [...source.messageTypes].sort(),
        feeds: [],
        fedBy: [],
      });
    } else if (found.size === 0 && source.role === 'inbound') {
      flows.push({
        source,
        via: [],
        paths: [],
        messageTypes: [...source.messageTypes].sort(),
        feeds: [],
        fedBy: [],
      });
    }
  }
  // Routes and routers nothing in the export reaches: drafted so the gap is seen.
  for (const root of exp.components.filter(
    (c) => c.role === 'process' && !reached.has(c.key) && !inbound.get(c.key)?.length,
  )) {
    const { found } = walk(root);
    for (const [key, f] of found) {
      const target = byKey.get(key)!;
      flows.push({
        target,
        via: f.via,
        paths: f.paths.length > 1 ? f.paths : [],
        messageTypes: messageTypesOf([...f.types], undefined, target),
        ...(f.typed && f.open ? { unfiltered: true } : {}),
        feeds: [],
        fedBy: [],
      });
    }
    if (found.size === 0) flows.push({ via: [root], paths: [], messageTypes: [], feeds: [], fedBy: [] });
  }
  for (const c of exp.components) {
    const sendsNothing = c.role === 'outbound' || (c.role === 'both' && !out.get(c.key)?.length);
    if (sendsNothing && !reached.has(c.key))
      flows.push({
        target: c,
        via: [],
        paths: [],
        messageTypes: [...c.messageTypes].sort(),
        feeds: [],
        fedBy: [],
      });
  }
  linkLoopbacks(exp, flows);
  return flows;
}

function messageTypesOf(carried: string[], source?: Component, target?: Component): string[] {
  if (carried.length > 0) return [...new Set(carried)].sort();
  const fromEnds = [...(source?.messageTypes ?? []), ...(target?.messageTypes ?? [])];
  return [...new Set(fromEnds)].sort();
}

/** A target that connects back into the engine over the network feeds the flows of that entry. */
function linkLoopbacks(exp: EngineExport, flows: Flow[]): void {
  for (const l of exp.links) {
    if (!l.network) continue;
    for (const f of flows) {
      if (f.target?.key === l.from && !f.feeds.includes(l.to)) f.feeds.push(l.to);
      if (f.source?.key === l.to && !f.fedBy.includes(l.from)) f.fedBy.push(l.from);
    }
  }
}

/** A stable key for re-import: the engine, the configuration and the two ends. */
export function flowKey(exp: EngineExport, f: Flow): string {
  const end = (c: Component | undefined, via: Component[], fallback: string) =>
    c?.key ?? via[0]?.key ?? fallback;
  return `${exp.engine}:${exp.configuration ?? ''}:${end(f.source, f.via, 'none')}>${end(f.target, [...f.via].reverse(), 'none')}`;
}
