import { flowBlanks, governanceBlanks, type Blank, type Draft } from '../draft/draft.js';
import type { ChannelFacts } from './channel.js';
import type { ConnectorFacts } from './connector.js';
import { statusOf, messageLogOf } from './lifecycle.js';
import { endpointSummary, sourceSystem, targetSystem, type ChannelLink } from './naming.js';
import { protocolOf } from './protocol.js';
import { characterSetDraft } from '../draft/character-set.js';
import { seconds } from '../engine/transport.js';
import { systemFromDestinationName, systemsFromChannelName } from './system-names.js';
import { transportOf } from './transport.js';
import type { MirthExport } from './read-export.js';

export interface MirthContext {
  /** Where the channel came from, as shown to people (a path relative to the working folder). */
  displayFile: string;
  shape: MirthExport['shape'];
  /** Channel id → name and spec id, for this import and specs already on disk. */
  channels: Map<string, ChannelLink>;
  /** Channel id → channels whose Channel Writers feed it. */
  writers: Map<string, ChannelLink[]>;
  alerts: MirthExport['alerts'];
  dataPrunerEnabled?: boolean;
}

/** The destination that the spec's target describes: enabled, and leaving the engine if any does. */
export function primaryDestination(c: ChannelFacts): ConnectorFacts | undefined {
  const enabled = c.destinations.filter((d) => d.enabled !== false);
  const pool = enabled.length > 0 ? enabled : c.destinations;
  return pool.find((d) => d.kind !== 'js-writer') ?? pool[0];
}

export function channelToDraft(c: ChannelFacts, id: string, ctx: MirthContext): Draft {
  const primary = primaryDestination(c);
  const notes: Draft['notes'] = [];
  const blanks: Blank[] = [];
  const spec: Record<string, unknown> = { govspec: 1, id, version: '0.1.0', title: c.name.slice(0, 200) };
  if (c.description) spec['description'] = c.description;
  if (c.descriptionNote) notes.push({ path: ['description'], lines: [c.descriptionNote] });

  const status = statusOf(c);
  spec['status'] = status.status;
  notes.push({ path: ['status'], lines: status.notes });

  const fromName = systemsFromChannelName(c.name);
  const source = sourceSystem(c.source, c.id ? (ctx.writers.get(c.id) ?? []) : []);
  if (source.placeholder && fromName.source && c.source.kind !== 'channel-reader') {
    source.notes = [
      `from the channel name "${c.name}"; the export shows ${describeSource(c)}: check the name`,
    ];
    source.system = fromName.source;
  }
  if (c.source.pollingMillis) source.notes.push(`polls every ${seconds(c.source.pollingMillis)}`);
  const sourceSet = characterSet(c.source, 'reads');
  spec['source'] = { system: source.system, ...sourceSet.value };
  notes.push({ path: ['source', 'system'], lines: [...source.notes, ...sourceSet.lines] });
  if (source.placeholder) blanks.push({ field: 'source.system', note: source.notes[0]!, placeholder: true });

  const target = targetSystem(primary, ctx.channels);
  // a destination named "To X" says where it sends; the channel's name only where the
  // connection itself names no place (a socket, a URL, a script)
  const weak =
    primary &&
    ['tcp-sender', 'http-sender', 'ws-sender', 'dicom-sender', 'js-writer', 'unknown'].includes(primary.kind);
  const named =
    primary && primary.kind !== 'channel-writer'
      ? (systemFromDestinationName(primary.name) ?? (weak ? fromName.target : undefined))
      : undefined;
  if (target.placeholder && named && primary) {
    target.notes = [
      `from the ${systemFromDestinationName(primary.name) ? `destination name "${primary.name}"` : `channel name "${c.name}"`}; the export shows ${primary.transportName} ${endpointSummary(primary)}: check the name`.replace(
        / :/,
        ':',
      ),
    ];
    target.system = named;
  }
  const targetSet = primary ? characterSet(primary, 'writes') : { value: {}, lines: [] };
  spec['target'] = { system: target.system, ...targetSet.value };
  const others = c.destinations.filter((d) => d !== primary);
  const targetNotes = [...target.notes, ...targetSet.lines];
  if (others.length > 0) {
    targetNotes.push('Other destinations of this channel (consider one spec per receiving system):');
    for (const d of others) {
      const link =
        d.kind === 'channel-writer' && d.endpoint.channelId
          ? ctx.channels.get(d.endpoint.channelId)
          : undefined;
      const feeds = link ? ` (feeds spec ${link.specId})` : '';
      const where = endpointSummary(d);
      targetNotes.push(
        `  "${d.name}" (destination ${d.metaDataId}): ${d.transportName}${where ? ` ${where}` : ''}${d.enabled === false ? ' (disabled)' : ''}${deliveryOf(d)}${feeds}`,
      );
    }
  }
  notes.push({ path: ['target', 'system'], lines: targetNotes });
  if (target.placeholder) blanks.push({ field: 'target.system', note: target.notes[0]!, placeholder: true });

  const engine: Record<string, unknown> = { kind: 'mirth', channel: c.name.slice(0, 200) };
  if (c.mirthVersion) engine['version'] = c.mirthVersion.slice(0, 60);
  if (c.id) engine['channelId'] = c.id.slice(0, 100);
  if (c.revision !== undefined) engine['revision'] = c.revision;
  const feeds = [
    ...new Set(
      c.destinations
        .filter((d) => d.kind === 'channel-writer' && d.enabled !== false && d.endpoint.channelId)
        .map((d) => ctx.channels.get(d.endpoint.channelId!)?.specId)
        .filter((x): x is string => !!x && x !== id),
    ),
  ].sort();
  if (feeds.length > 0) engine['feeds'] = feeds;
  if (c.source.kind === 'channel-reader') engine['internalSource'] = true;
  if (primary?.kind === 'channel-writer') engine['internalTarget'] = true;
  spec['engine'] = engine;
  const engineNotes = engineNotesOf(c, ctx);
  if (engineNotes.length > 0) notes.push({ path: ['engine', 'kind'], lines: engineNotes });

  const protocol = protocolOf(c, primary);
  spec['protocol'] = protocol.value;
  notes.push({ path: ['protocol', 'standard'], lines: protocol.notes });
  if (protocol.messagesBlank) {
    blanks.push({
      field: 'protocol.messages',
      note: 'no message types could be read as data from filters or templates: list the ones it carries (e.g. ADT^A01)',
    });
  }

  const transport = transportOf(c, primary);
  spec['transport'] = transport.value;
  notes.push({ path: ['transport', 'kind'], lines: transport.notes });

  blanks.push(...governanceBlanks);
  const refs =
    c.fieldRefs.length > 0
      ? `; the channel's steps read ${c.fieldRefs.slice(0, 20).join(', ')}${c.fieldRefs.length > 20 ? ', ...' : ''}`
      : '';
  blanks.push(
    ...flowBlanks(
      `the data items it carries, with classes (govspec import hl7 proposes them from sample messages)${refs}`,
    ),
  );
  const retention = messageLogOf(c, ctx.dataPrunerEnabled);
  if (retention.value) {
    spec['retention'] = retention.value;
    notes.push({ path: ['retention', 'messageLog'], lines: retention.notes });
  }

  const tags = [...c.tags, ...c.groups.map((g) => `group:${g}`)].map((t) => t.slice(0, 60));
  if (tags.length > 0) spec['tags'] = [...new Set(tags)];

  const header = [
    `Draft imported by govspec from ${ctx.displayFile} (Mirth ${c.mirthVersion ?? 'version not recorded'} ${shapeNames[ctx.shape]}, line ${c.line}).`,
    'Every value was read from the export: check each one. Blanks are listed where each field belongs.',
  ];
  const draft: Draft = {
    id,
    spec,
    header,
    notes,
    blanks,
    facts: factsOf(c, protocol.value),
    origin: `${ctx.displayFile}: channel "${c.name}"`,
  };
  if (c.id) draft.matchKey = `mirth:${c.id}`;
  return draft;
}

const shapeNames: Record<MirthContext['shape'], string> = {
  channel: 'channel export',
  'server backup': 'server backup',
  'channel group': 'channel group export',
  list: 'channel list export',
};

function engineNotesOf(c: ChannelFacts, ctx: MirthContext): string[] {
  const lines: string[] = [];
  if (c.codeTemplateLibraries.length > 0) {
    lines.push(
      `Uses code template libraries (shared JavaScript, not read): ${c.codeTemplateLibraries.join(', ')}.`,
    );
  }
  const perMessage = c.placeholders.filter((p) => p.origin === 'set by the channel');
  for (const p of c.placeholders) {
    if (p.origin === 'set by the channel') continue;
    lines.push(
      `\${${p.name}} in ${p.connectors.join(', ')}: unresolved placeholder (${p.origin}); govspec never resolves it.`,
    );
  }
  if (perMessage.length > 0) {
    lines.push(
      `${perMessage.length} more \${...} value(s) in connector settings are set per message by the channel's own scripts.`,
    );
  }
  const name = (id: string) => ctx.channels.get(id)?.name ?? id;
  if (c.dependsOn.length > 0) lines.push(`Depends on channels: ${c.dependsOn.map(name).join(', ')}.`);
  if (c.dependents.length > 0)
    lines.push(`Channels that depend on it: ${c.dependents.map(name).join(', ')}.`);
  for (const a of ctx.alerts) {
    const covered =
      c.id !== undefined && (a.channelIds.has(c.id) || (a.newChannels && !a.excluded.has(c.id)));
    if (covered)
      lines.push(
        `Mirth alert "${a.name}" (${a.enabled ? 'enabled' : 'disabled'}) appears to cover it: a start for monitoring.alerts.`,
      );
  }
  return lines;
}

/** Channel facts compared on re-import to report what changed since. */
function factsOf(c: ChannelFacts, protocol: Record<string, unknown>): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  const add = (k: string, v: unknown) => {
    if (v !== undefined && v !== '') facts.push([k, String(v).replace(/\s+/g, ' ')]);
  };
  add('channel.name', c.name);
  add('channel.revision', c.revision);
  add('channel.enabled', c.enabled);
  add('channel.initialState', c.initialState);
  const connector = (prefix: string, d: ConnectorFacts) => {
    add(`${prefix}.name`, d.role === 'destination' ? d.name : undefined);
    add(`${prefix}.transport`, d.transportName);
    add(`${prefix}.endpoint`, endpointSummary(d));
    add(`${prefix}.enabled`, d.role === 'destination' ? d.enabled : undefined);
    add(`${prefix}.dataTypes`, `${d.inbound ?? '?'} -> ${d.outbound ?? '?'}`);
    add(`${prefix}.queue`, d.queue);
    add(`${prefix}.retries`, d.retryCount ? d.retryCount : undefined);
    add(`${prefix}.polling`, d.pollingMillis ? seconds(d.pollingMillis) : undefined);
  };
  connector('source', c.source);
  for (const d of c.destinations) connector(`destination.${d.metaDataId}`, d);
  add(
    'protocol.messages',
    Array.isArray(protocol['messages']) ? (protocol['messages'] as string[]).join(', ') : undefined,
  );
  return facts;
}

/** The source connection in words, for a note beside a name taken from the channel name. */
/** The connector's charsetEncoding as the spec's characterSet, or a note that it is the server's default. */
function characterSet(conn: ConnectorFacts, verb: 'reads' | 'writes') {
  return characterSetDraft(
    conn.charset,
    'the connector',
    verb,
    () =>
      "in the Mirth server's default character set, which changes with the server's platform and Java version",
  );
}

function describeSource(c: ChannelFacts): string {
  const where = endpointSummary(c.source);
  return `${c.source.transportName}${where ? ` ${where}` : ''}`;
}

/** How a destination handles failed delivery, when the export says. */
function deliveryOf(d: ConnectorFacts): string {
  const parts = [
    d.queue === true ? 'queued' : d.queue === false ? 'not queued' : '',
    d.retryCount ? `retried ${d.retryCount} time(s)` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}
