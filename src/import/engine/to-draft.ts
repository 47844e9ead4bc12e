import { engineName } from '../../catalogue/engines.js';
import { flowBlanks, governanceBlanks, type Blank, type Draft } from '../draft/draft.js';
import { describedText, withoutContacts } from '../draft/text.js';
import { characterSetDraft } from '../draft/character-set.js';
import { redactText } from '../secrets/text.js';
import type { Flow } from './flows.js';
import type { Component, EngineExport } from './graph.js';
import { flowSystem } from './naming.js';
import { protocolOfFlow } from './protocol.js';
import { transportOfFlow } from './transport.js';

export interface FlowContext {
  displayFile: string;
  exp: EngineExport;
  /** Spec ids of the flows that start at each entry component (for loopback links). */
  specsFrom: Map<string, string[]>;
  /** Spec ids of the flows that end at each target component. */
  specsTo: Map<string, string[]>;
  /** Components of this engine across the run, by key (a loopback may join two exports). */
  components: Map<string, Component>;
  matchKey: string;
}

const messagePattern = /^[A-Z0-9]{3}(\^[A-Z0-9]{3})?(\^[A-Z0-9_]{3,7})?$/;

export function flowToDraft(flow: Flow, id: string, ctx: FlowContext): Draft {
  const { exp } = ctx;
  const product = engineName(exp.engine);
  const notes: Draft['notes'] = [];
  const blanks: Blank[] = [];
  const path = [flow.source, ...flow.via, flow.target].filter((c): c is Component => !!c);
  const title = titleOf(flow);
  const spec: Record<string, unknown> = { govspec: 1, id, version: '0.1.0', title: title.slice(0, 200) };

  const describedBy = path.find((c) => !!c.description);
  if (describedBy) {
    const contacts = withoutContacts(describedBy.description!);
    const d = describedText(contacts.text);
    spec['description'] = d.text;
    notes.push({
      path: ['description'],
      lines: [
        `Copied from ${product}: the comment or description of "${describedBy.name}"${contacts.removed ? ', with e-mail addresses and phone numbers taken out' : ''}. Engine comments are often written by staff: check it names no one and says what the flow is for.`,
        ...(d.note ? [d.note] : []),
      ],
    });
  }

  const status = statusOf(flow, path);
  spec['status'] = status.status;
  notes.push({ path: ['status'], lines: status.notes });

  const feeds = [...new Set(flow.feeds.flatMap((k) => ctx.specsFrom.get(k) ?? []))]
    .filter((s) => s !== id)
    .sort();
  const fedBy = [...new Set(flow.fedBy.flatMap((k) => ctx.specsTo.get(k) ?? []))]
    .filter((s) => s !== id)
    .sort();
  const named = (keys: string[]) => [
    ...new Set(
      keys
        .map((k) => ctx.components.get(k))
        .filter((c): c is Component => !!c)
        .map((c) => c.channel ?? c.name),
    ),
  ];
  const source = flowSystem(exp.engine, flow.source, 'source', fedBy, named(flow.fedBy));
  const sourceSet = characterSetOf(flow.source, 'reads');
  spec['source'] = { system: source.system, ...sourceSet.value };
  notes.push({ path: ['source', 'system'], lines: [...source.notes, ...sourceSet.lines] });
  if (source.placeholder) blanks.push({ field: 'source.system', note: source.notes[0]!, placeholder: true });

  const target = flowSystem(exp.engine, flow.target, 'target', feeds, named(flow.feeds));
  const targetSet = characterSetOf(flow.target, 'writes');
  spec['target'] = { system: target.system, ...targetSet.value };
  notes.push({ path: ['target', 'system'], lines: [...target.notes, ...targetSet.lines] });
  if (target.placeholder) blanks.push({ field: 'target.system', note: target.notes[0]!, placeholder: true });

  const engine: Record<string, unknown> = { kind: exp.engine };
  if (exp.version) engine['version'] = exp.version.slice(0, 60);
  const channel = flow.via[0] ?? flow.source ?? flow.target;
  if (channel) engine['channel'] = (flow.source?.channel ?? channel.channel ?? channel.name).slice(0, 200);
  if (flow.via.length > 0) engine['via'] = flow.via.map((c) => c.name.slice(0, 200)).slice(0, 20);
  if (feeds.length > 0) engine['feeds'] = feeds;
  const internalSource = !flow.source || flow.source.internalSource === true || fedBy.length > 0;
  const internalTarget =
    !flow.target || flow.target.endpoint?.wire === 'discard' || feeds.length > 0 || flow.feeds.length > 0;
  if (internalSource) engine['internalSource'] = true;
  if (internalTarget) engine['internalTarget'] = true;
  spec['engine'] = engine;
  notes.push({ path: ['engine', 'kind'], lines: engineNotes(flow, ctx, product) });

  const protocol = protocolOfFlow(flow, path);
  const value = { ...protocol.value };
  if (Array.isArray(value['messages'])) {
    const ok = (value['messages'] as string[]).filter((m) => messagePattern.test(m));
    if (ok.length > 0) value['messages'] = ok;
    else delete value['messages'];
  }
  spec['protocol'] = value;
  notes.push({ path: ['protocol', 'standard'], lines: protocol.notes });
  if (value['standard'] === 'hl7v2' && !value['messages']) {
    blanks.push({
      field: 'protocol.messages',
      note: flow.unfiltered
        ? `one path filters to ${flow.messageTypes.join(', ')} but another sends every message unfiltered: list the types it really carries`
        : 'no message types could be read as data from the routing rules or filters: list the ones it carries (e.g. ADT^A01)',
    });
  }

  const transport = transportOfFlow(flow);
  spec['transport'] = transport.value;
  notes.push({ path: ['transport', 'kind'], lines: transport.notes });

  const review = [...new Set(path.flatMap((c) => c.review ?? []))];
  if (review.length > 0) {
    blanks.push({
      field: 'title',
      note: `${review.join('; ')}: the export is a template, so the name was drafted without the placeholders; check it`,
      placeholder: true,
    });
    notes.push({
      path: ['title'],
      lines: [
        `Check the title: ${review.join('; ')}, and the export looks like a template not yet filled in.`,
      ],
    });
  }
  blanks.push(...governanceBlanks);
  blanks.push(
    ...flowBlanks(
      'the data items it carries, with classes (govspec import hl7 proposes them from sample messages)',
    ),
  );

  const folders = [...new Set(path.flatMap((c) => (c.folders.length > 0 ? [c.folders.join('/')] : [])))];
  if (folders.length > 0) spec['tags'] = folders.map((f) => `folder:${f}`.slice(0, 60));

  const header = [
    `Draft imported by govspec from ${ctx.displayFile} (${product}${exp.version ? ` ${exp.version}` : ''} ${exp.format}${exp.configuration ? `, ${exp.configuration}` : ''}).`,
    'Every value was read from the export: check each one. Blanks are listed where each field belongs.',
  ];
  // every text from the export passes the credential scan once more before it is written
  for (const n of notes) n.lines = n.lines.map((l) => redactText(l));
  for (const b of blanks) b.note = redactText(b.note);
  return {
    id,
    spec: redactStrings(spec) as Record<string, unknown>,
    header: header.map((l) => redactText(l)),
    notes,
    blanks,
    facts: factsOf(flow, value),
    origin: `${ctx.displayFile}: ${title}`,
    matchKey: ctx.matchKey,
  };
}

/** A flow's title: its channel when both ends belong to one, else "source to target". */
export function titleOf(flow: Flow): string {
  const name = (c: Component) => c.channel ?? c.name;
  const { source, target, via } = flow;
  if (source && target) {
    if (source.channel && source.channel === target.channel) return source.channel;
    return `${name(source)} to ${name(target)}`;
  }
  if (source) return `${name(source)} to nothing`;
  const first = via[0];
  if (target) return first ? `Unreached: ${name(first)} to ${name(target)}` : `Unreached: ${name(target)}`;
  return `Unreached: ${first ? name(first) : 'nothing'}`;
}

function statusOf(flow: Flow, path: Component[]): { status: 'live' | 'build' | 'retired'; notes: string[] } {
  const disabled = path.filter((c) => c.enabled === false);
  if (disabled.length > 0) {
    return {
      status: 'retired',
      notes: [
        `Disabled in the export: ${disabled.map((c) => `"${c.name}"`).join(', ')}. Drafted as retired; use build if it is still being built.`,
      ],
    };
  }
  const unit = (c: Component) => c.channel ?? c.name;
  const once = (list: Component[]) => list.filter((c, i) => list.findIndex((x) => unit(x) === unit(c)) === i);
  const manual = once(path.filter((c) => c.startup && !c.startup.autostart));
  const facts = once(path.filter((c) => c.startup))
    .map((c) => `"${unit(c)}" starts ${c.startup!.words}`)
    .join('; ');
  if (!flow.source || !flow.target) {
    return {
      status: 'build',
      notes: [
        `${!flow.source ? 'Nothing in the export sends to it' : 'It reaches no destination in the export'}, so as exported it carries no messages end to end: drafted as build.`,
        ...(facts ? [`Startup: ${facts}.`] : []),
      ],
    };
  }
  if (manual.length > 0) {
    return {
      status: 'build',
      notes: [
        `Does not start by itself: ${manual.map((c) => `"${unit(c)}" (${c.startup!.words})`).join(', ')}. Drafted as build; use live if it is in service.`,
      ],
    };
  }
  return {
    status: 'live',
    notes: [facts ? `Startup: ${facts}.` : 'The export does not say how it starts: drafted as live.'],
  };
}

function engineNotes(flow: Flow, ctx: FlowContext, product: string): string[] {
  const lines: string[] = [...ctx.exp.notes];
  const named = (list: Array<Component | undefined>) =>
    list
      .filter(Boolean)
      .map((c) => c!.name)
      .join(' -> ');
  if (flow.paths.length > 1) {
    lines.push(`${flow.paths.length} paths through ${product} lead from the source to the target:`);
    for (const p of flow.paths.slice(0, 10)) lines.push(`  ${named([flow.source, ...p, flow.target])}`);
  } else if (flow.via.length > 0) {
    lines.push(`Path through ${product}: ${named([flow.source, ...flow.via, flow.target])}.`);
  }
  for (const c of [flow.source, ...flow.via, flow.target]) {
    if (!c) continue;
    for (const n of c.notes) lines.push(`${c.name}: ${n}`);
  }
  if (flow.feeds.length > 0 && !(ctx.specsFrom.size > 0 && flow.feeds.some((k) => ctx.specsFrom.has(k))))
    lines.push('Its destination connects back into the engine, to a component with no flow of its own.');
  return lines;
}

function factsOf(flow: Flow, protocol: Record<string, unknown>): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  const add = (k: string, v: unknown) => {
    if (v !== undefined && v !== '') facts.push([k, String(v).replace(/\s+/g, ' ')]);
  };
  const end = (prefix: string, c: Component | undefined) => {
    if (!c) return add(`${prefix}.name`, '(none)');
    add(`${prefix}.name`, c.name);
    add(`${prefix}.type`, c.endpoint?.type);
    add(`${prefix}.endpoint`, c.endpoint?.summary);
    add(`${prefix}.enabled`, c.enabled);
    add(`${prefix}.startup`, c.startup?.words);
  };
  end('source', flow.source);
  add('via', flow.via.map((c) => c.name).join(' -> '));
  for (const c of flow.via) add(`via.${c.name.replace(/\s+/g, '_').slice(0, 60)}.enabled`, c.enabled);
  end('target', flow.target);
  add(
    'protocol.messages',
    Array.isArray(protocol['messages']) ? (protocol['messages'] as string[]).join(', ') : undefined,
  );
  return facts;
}

/** Every string in a spec value with credentials withheld (ids and enums are left as they are). */
function redactStrings(v: unknown): unknown {
  if (typeof v === 'string') return redactText(v);
  if (Array.isArray(v)) return v.map(redactStrings);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactStrings(x)]));
  return v;
}

/** An end's Charset setting as the spec's characterSet, or a note that the server decides it. */
function characterSetOf(c: Component | undefined, verb: 'reads' | 'writes') {
  return characterSetDraft(
    c?.charset,
    `"${c?.name ?? ''}"`,
    verb,
    (raw) => `with its Charset setting at ${raw}, so the server or the data decides the character set`,
  );
}
