import { messageType } from '../engine/message-type.js';
import type { Link } from '../engine/graph.js';
import type { HostClass } from './classes.js';
import type { Item } from './items.js';
import type { InterSystemsSources } from './sources.js';

/**
 * Defaults of library classes that are not in an export, from the InterSystems class reference:
 * HS.FHIRServer.Interop.Service has TargetConfigName InitialExpression "HS.FHIRServer.Interop.Operation"
 * (https://docs.intersystems.com/irisforhealthlatest/csp/documatic/%25CSP.Documatic.cls?CLASSNAME=HS.FHIRServer.Interop.Service&LIBRARY=HSLIB).
 */
const libraryDefaults: Record<string, Record<string, string>> = {
  'HS.FHIRServer.Interop.Service': { TargetConfigName: 'HS.FHIRServer.Interop.Operation' },
};

/** The class and its superclasses, nearest first, as far as the import (and the library table) knows. */
export function classChain(className: string, src: InterSystemsSources): string[] {
  const out: string[] = [];
  const queue = [className];
  while (queue.length > 0 && out.length < 30) {
    const c = queue.shift()!.trim();
    if (!c || out.includes(c)) continue;
    out.push(c);
    const host = src.hosts.get(c);
    const supers = host ? host.supers : (src.supers.get(c) ?? '').split(',');
    queue.push(...supers.map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

/** The adapter class a host's ADAPTER parameter names (it tells the transport). */
export function adapterOf(chain: string[], src: InterSystemsSources): string | undefined {
  for (const c of chain) {
    const a = src.hosts.get(c)?.params.get('ADAPTER');
    if (a) return a;
  }
  return undefined;
}

/**
 * Settings a production item leaves unset take the class's default: a Property's
 * InitialExpression or a Parameter, when the class (or a superclass) lists it in SETTINGS or it
 * names targets. Production settings and system default settings always win.
 */
export function applyClassDefaults(item: Item, chain: string[], src: InterSystemsSources): void {
  const listed = new Set(chain.flatMap((c) => [...(src.hosts.get(c)?.settings ?? [])]));
  const isSetting = (n: string) => listed.has(n) || /^Target/.test(n);
  for (const c of chain) {
    const host = src.hosts.get(c);
    const values: Array<[string, string]> = [
      ...(host ? [...host.initial] : []),
      ...(host ? [...host.params].filter(([n]) => n !== 'SETTINGS' && n !== 'ADAPTER') : []),
      ...Object.entries(libraryDefaults[c] ?? {}),
    ];
    for (const [name, value] of values) {
      if (!isSetting(name) && !libraryDefaults[c]?.[name]) continue;
      if (item.settings.has(name)) continue;
      item.settings.set(name, value);
      item.fromClass.set(name, c);
    }
  }
}

export interface CodeRoutes {
  links: Link[];
  /** Notes for the item whose code was read. */
  notes: string[];
}

/** The items named by the calls in the code of an item's class chain. */
export function codeRoutes(
  item: Item,
  chain: string[],
  names: Set<string>,
  src: InterSystemsSources,
): CodeRoutes {
  const out: CodeRoutes = { links: [], notes: [] };
  for (const c of chain) {
    const host = src.hosts.get(c);
    if (!host) continue;
    for (const call of host.calls) {
      if (!call.self) continue;
      routeOf(item.name, host, call, item.settings, names, out);
    }
  }
  return out;
}

/** Calls made on a business service the class creates with Ens.Director.CreateBusinessService. */
export function serviceRoutes(host: HostClass): Array<{ service: string; line: number }> {
  return host.creates
    .map((c) => ({ service: c.name ?? (c.param ? host.params.get(c.param) : undefined), line: c.line }))
    .filter((c): c is { service: string; line: number } => !!c.service);
}

export function routeOf(
  from: string,
  host: HostClass,
  call: HostClass['calls'][number],
  settings: Map<string, string>,
  names: Set<string>,
  out: CodeRoutes,
): void {
  const where = `${call.how} in ${host.name} (line ${call.line})`;
  let raw: string | undefined = call.target;
  if (call.setting) raw = settings.get(call.setting);
  if (call.param) raw = host.params.get(call.param);
  if (raw === undefined) {
    const what = call.setting
      ? `setting ${call.setting}, which this item does not set`
      : call.param
        ? `parameter ${call.param}, not in this import`
        : `${call.computed ?? 'a value'} computed at run time`;
    if (!call.setting || !/^Target/.test(call.setting))
      out.notes.push(`${where} sends to ${what}: where it goes is not read.`);
    return;
  }
  for (const t of raw
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    if (t === from) continue;
    if (!names.has(t)) {
      out.notes.push(`${where} sends to ${t}, not in this production.`);
      continue;
    }
    if (out.links.some((l) => l.to === t)) continue;
    const link: Link = { from, to: t, how: call.how === 'BPL call' ? 'BPL call' : call.how };
    if (call.conditional) link.conditional = true;
    out.links.push(link);
  }
}

/** HL7 v2 message structures used by one trigger event only (HL7 v2.5 chapter 2, message structure tables). */
const singleEvent = new Set([
  'ORM_O01',
  'ORU_R01',
  'OML_O21',
  'ORL_O22',
  'ORR_O02',
  'VXU_V04',
  'OMG_O19',
  'ORG_O20',
]);

/** HL7 message types a data transformation makes ("2.5:ORM_O01" gives ORM^O01), when the import has it. */
export function dtlMessageTypes(dtlClasses: string[], src: InterSystemsSources): string[] {
  const out = new Set<string>();
  for (const c of dtlClasses) {
    const dtl = src.hosts.get(c)?.dtl;
    if (!dtl?.targetDocType || (dtl.targetClass && !/HL7\.Message$/.test(dtl.targetClass))) continue;
    // a DTL names the message structure; ADT_A01 is also the structure of A04, A08 and A13, so
    // only a structure of one trigger event gives the event, the others give the message code
    const structure = dtl.targetDocType.split(':').pop() ?? '';
    const t = messageType(structure);
    if (t) out.add(singleEvent.has(structure) ? t : t.split('^')[0]!);
  }
  return [...out].sort();
}
