import type { Diagnostic } from '../../core/diagnostics.js';
import { emptyExport, type Component, type EngineExport, type Link } from '../engine/graph.js';
import { SecretScanner, scanXml } from '../secrets/scan.js';
import { children, descendants, type XmlElement } from '../xml/tree.js';
import { channelElements } from './detect.js';
import { destinationEndpoint, sourceEndpoint } from './components.js';

export interface IguanaInput {
  file: string;
  root: XmlElement;
}

interface Channel {
  name: string;
  file: string;
  el: XmlElement;
  source?: Component;
  destination?: Component;
  /** Channels whose queue the destination reads ("self" is its own source). */
  reads: string[];
}

/**
 * Read Iguana channel configurations (Iguana 6 Channels/<name>/ChannelConfiguration.xml and
 * Iguana 5 single-channel exports) into one engine model. Channels link by display name: a
 * destination dequeues from its own source ("self") or from other channels' queues (From
 * Channel); an LLP client aimed at a local port another channel listens on is a loopback.
 */
export function readIguana(inputs: IguanaInput[]): EngineExport {
  const exp = emptyExport('iguana', 'channel configuration', inputs[0]?.file ?? '');
  const diagnostics: Diagnostic[] = [];
  const channels: Channel[] = [];
  for (const input of inputs) {
    const scanner = new SecretScanner(input.file, 'iguana');
    for (const el of channelElements(input.root)) {
      const name = (el.attrs['name'] ?? '').trim() || '(unnamed channel)';
      scanXml(el, scanner, () => ({ component: `channel "${name}"` }));
      channels.push(readChannel(el, name, input.file));
    }
    exp.secrets.push(...scanner.records);
    diagnostics.push(...scanner.diagnostics());
  }
  const byName = new Map(channels.map((c) => [c.name, c]));
  const version = inputs.map((i) => /IGUANA_CHANNEL_VERSION-(\d+)_(\d+)_(\d+)/.exec(i.file)).find(Boolean);
  if (version) exp.version = `${version[1]}.${version[2]}.${version[3]}`;
  for (const c of channels) {
    if (c.source) exp.components.push(c.source);
    if (c.destination) exp.components.push(c.destination);
    if (!c.destination) continue;
    for (const from of c.reads) {
      const src = from === 'self' ? c : byName.get(from);
      if (!src) {
        c.destination.notes.push(`reads the queue of channel "${from}", which is not in this import.`);
        continue;
      }
      if (src.source && src.source.role !== 'process') {
        const link: Link = {
          from: src.source.key,
          to: c.destination.key,
          how: from === 'self' ? 'own queue' : `queue of ${from}`,
        };
        exp.links.push(link);
      }
    }
  }
  exp.links.push(...loopbacks(exp.components));
  exp.diagnostics.push(...diagnostics);
  return exp;
}

function readChannel(el: XmlElement, name: string, file: string): Channel {
  const autostart = el.attrs['start_automatically'];
  const startup =
    autostart === undefined
      ? undefined
      : {
          autostart: autostart === 'true',
          words: autostart === 'true' ? 'automatically' : 'by hand (start_automatically is false)',
        };
  const description = el.attrs['description']?.trim() || undefined;
  const channel: Channel = { name, file, el, reads: [] };
  const src = el.children.find((c) => c.name.startsWith('from_'));
  const dst = el.children.find((c) => c.name.startsWith('to_'));
  const base = (suffix: string, e: XmlElement): Component => {
    const c: Component = {
      key: `${name}#${suffix}`,
      name: `${name} ${suffix}`,
      channel: name,
      file,
      role: 'inbound',
      folders: [],
      messageTypes: [],
      notes: [],
      line: e.line,
    };
    if (startup) c.startup = startup;
    if (description) c.description = description;
    return c;
  };
  if (src && src.name !== 'from_channel') {
    const c = base('source', src);
    const { endpoint, system, standard } = sourceEndpoint(src);
    c.endpoint = endpoint;
    c.system = system;
    if (standard) c.standard = standard;
    c.notes.push(
      `source component ${src.name}; message types are chosen in Lua scripts, which govspec never reads.`,
    );
    channel.source = c;
  }
  if (dst) {
    const c = base('destination', dst);
    if (dst.name === 'to_channel') {
      c.role = 'process';
      c.notes.push('destination To Channel: other channels read its queue with a From Channel source.');
    } else {
      c.role = 'outbound';
      const { endpoint, system, standard } = destinationEndpoint(dst);
      c.endpoint = endpoint;
      c.system = system;
      if (standard) c.standard = standard;
      c.notes.push(`destination component ${dst.name}.`);
    }
    delete c.description;
    channel.destination = c;
    const dequeues = children(children(dst, 'dequeue_list')[0], 'dequeue');
    channel.reads =
      dequeues.length > 0
        ? dequeues.map((d) => (d.attrs['source_name'] ?? 'self').trim() || 'self')
        : ['self'];
    if (src?.name === 'from_channel' && dequeues.length === 0) channel.reads = [];
  }
  for (const d of descendants(el))
    if (d.name === 'message_filter' && d.attrs['use_translator_filter'] === 'true') {
      channel.source?.notes.push(
        'a Translator filter script sits between source and destination (not read).',
      );
    }
  return channel;
}

/** An LLP client aimed at localhost and a port that a channel here listens on. */
function loopbacks(components: Component[]): Link[] {
  const links: Link[] = [];
  const listeners = components.filter((c) => c.endpoint?.listens && c.endpoint.port);
  for (const c of components) {
    const e = c.endpoint;
    if (!e || e.listens || !e.port || !/^(localhost|127\.0\.0\.1|::1)$/i.test(e.host ?? '')) continue;
    for (const l of listeners.filter((x) => x.endpoint!.port === e.port && x.endpoint!.wire === e.wire)) {
      links.push({ from: c.key, to: l.key, network: true, how: `loopback ${e.host}:${e.port}` });
    }
  }
  return links;
}
