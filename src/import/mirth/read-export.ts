import { credentialStore } from '../secrets/store-advice.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import { findSecrets } from '../secrets/detect.js';
import type { SecretRecord } from '../summary.js';
import { parseXml } from '../xml/safe-xml.js';
import { child, children, textAt, type XmlElement } from '../xml/tree.js';
import { readChannel, type ChannelFacts, type ServerContext } from './channel.js';

export type ExportShape = 'channel' | 'server backup' | 'channel group' | 'list';

export interface MirthExport {
  file: string;
  shape: ExportShape;
  channels: ChannelFacts[];
  /** Channel id -> the groups that list it, from group entries that hold only channel ids. */
  groupsByChannel: Map<string, string[]>;
  secrets: SecretRecord[];
  /** Server backups say whether the data pruner runs at all. */
  dataPrunerEnabled?: boolean;
  /** Alerts of a server backup: which channels each appears to cover. */
  alerts: Array<{
    name: string;
    enabled: boolean;
    channelIds: Set<string>;
    newChannels: boolean;
    excluded: Set<string>;
  }>;
}

/** Read one Mirth export file of any shape. Diagnostics carry the file and line. */
export function readMirthExport(file: string, bytes: Uint8Array): [MirthExport | undefined, Diagnostic[]] {
  const [root, problems] = parseXml(file, bytes);
  if (!root) return [undefined, problems];
  const diagnostics: Diagnostic[] = [];
  const loc = (el: XmlElement) => ({ file, line: el.line, column: el.column });

  let shape: ExportShape;
  let channelEls: Array<{ el: XmlElement; group?: string }> = [];
  const server: ServerContext = {
    tagsByChannel: new Map(),
    groupsByChannel: new Map(),
    configKeys: new Set(),
  };
  if (root.name === 'channel') {
    shape = 'channel';
    channelEls = [{ el: root }];
  } else if (root.name === 'serverConfiguration') {
    shape = 'server backup';
    channelEls = children(child(root, 'channels'), 'channel').map((el) => ({ el }));
    readServerContext(root, server);
  } else if (root.name === 'channelGroup') {
    shape = 'channel group';
    const group = textAt(root, 'name');
    channelEls = children(child(root, 'channels'), 'channel').map((el) => (group ? { el, group } : { el }));
  } else if (root.name === 'list' || root.name === 'set') {
    shape = 'list';
    for (const c of root.children) {
      if (c.name === 'channel') channelEls.push({ el: c });
      if (c.name === 'channelGroup') {
        const group = textAt(c, 'name');
        for (const el of children(child(c, 'channels'), 'channel'))
          channelEls.push(group ? { el, group } : { el });
      }
    }
  } else {
    const known = ['codeTemplateLibrary', 'codeTemplate', 'alertModel', 'serverSettings', 'configurationMap'];
    if (known.includes(root.name)) {
      diagnostics.push(importCodes['import-mirth-no-channels'].at(loc(root), emptyWhat(root, 'list', 0)));
      return [
        {
          file,
          shape: 'list',
          channels: [],
          groupsByChannel: new Map(),
          secrets: secretsOf(root, file, []),
          alerts: [],
        },
        diagnostics,
      ];
    }
    return [undefined, [importCodes['import-mirth-not-an-export'].at(loc(root), root.name)]];
  }

  // Group exports list full channels; backups' group entries are only id stubs.
  const full = channelEls.filter(({ el }) => child(el, 'sourceConnector') || child(el, 'name'));
  for (const { el, group } of full) {
    const id = textAt(el, 'id');
    if (group && id) server.groupsByChannel.set(id, [...(server.groupsByChannel.get(id) ?? []), group]);
  }
  // a group's entry that holds only a channel's id still says which group the channel is in
  const stubs = new Map<string, string[]>();
  for (const { el, group } of channelEls) {
    const id = textAt(el, 'id');
    if (group && id && !full.some((f) => f.el === el))
      stubs.set(id, [...new Set([...(stubs.get(id) ?? []), group])].sort());
  }
  const channels = full.map(({ el }) => readChannel(el, file, server));
  if (channels.length === 0)
    diagnostics.push(
      importCodes['import-mirth-no-channels'].at(loc(root), emptyWhat(root, shape, stubs.size)),
    );
  for (const c of channels) {
    if (!child(c.element, 'sourceConnector')) {
      diagnostics.push(importCodes['import-mirth-missing-field'].at(loc(c.element), 'source connector'));
    }
    for (const conn of [c.source, ...c.destinations]) {
      if (conn.kind === 'unknown' && child(c.element, 'sourceConnector')) {
        const label =
          conn.role === 'source'
            ? `the source of channel "${c.name}"`
            : `destination "${conn.name}" of channel "${c.name}"`;
        diagnostics.push(
          importCodes['import-mirth-unknown-connector'].at(
            loc(conn.element),
            label,
            conn.className ?? conn.transportName,
          ),
        );
      }
    }
  }
  const secrets = secretsOf(root, file, channels);
  for (const s of secrets) {
    if (!s.stored) continue;
    const where = [
      s.channel ? `channel "${s.channel}"` : undefined,
      s.connector ? `connector "${s.connector}"` : undefined,
      s.path,
    ]
      .filter(Boolean)
      .join(', ');
    diagnostics.push(
      importCodes['import-secret-withheld'].at(
        { file, line: s.line, column: 1 },
        s.kind,
        where,
        credentialStore('mirth'),
      ),
    );
  }
  const result: MirthExport = {
    file,
    shape,
    channels,
    groupsByChannel: new Map([...server.groupsByChannel, ...stubs]),
    secrets,
    alerts: readAlerts(root),
  };
  if (server.dataPrunerEnabled !== undefined) result.dataPrunerEnabled = server.dataPrunerEnabled;
  return [result, diagnostics];
}

/** An export without channels, in words: what it holds instead. */
function emptyWhat(root: XmlElement, shape: ExportShape, stubs: number): string {
  const count = (name: string) =>
    root.name === name ? 1 : root.children.filter((c) => c.name === name).length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const wrapper = `<${root.name}> export`;
  const templates = count('codeTemplate');
  const libraries = count('codeTemplateLibrary');
  if (templates + libraries > 0) {
    const held = [
      templates > 0 ? plural(templates, 'code template', 'code templates') : '',
      libraries > 0 ? plural(libraries, 'code template library', 'code template libraries') : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return root.name === 'list' || root.name === 'set'
      ? `${wrapper} of ${held} (shared JavaScript)`
      : `${wrapper} (${held}, shared JavaScript)`;
  }
  if (stubs > 0)
    return `${wrapper} of channel groups, which names ${plural(stubs, 'channel', 'channels')} by id only (import it with the channel exports and each channel is tagged with its group),`;
  return shape === 'list' ? wrapper : shape;
}

function readServerContext(root: XmlElement, server: ServerContext): void {
  for (const group of children(child(root, 'channelGroups'), 'channelGroup')) {
    const name = textAt(group, 'name');
    if (!name) continue;
    for (const c of children(child(group, 'channels'), 'channel')) {
      const id = textAt(c, 'id');
      if (id) server.groupsByChannel.set(id, [...(server.groupsByChannel.get(id) ?? []), name]);
    }
  }
  for (const tag of children(child(root, 'channelTags'), 'channelTag')) {
    const name = textAt(tag, 'name');
    if (!name) continue;
    for (const s of children(child(tag, 'channelIds'), 'string')) {
      const id = s.text.trim();
      server.tagsByChannel.set(id, [...(server.tagsByChannel.get(id) ?? []), name]);
    }
  }
  for (const entry of children(child(root, 'configurationMap'), 'entry')) {
    const key = entry.children[0]?.text.trim();
    if (key) server.configKeys.add(key);
  }
  for (const entry of children(child(root, 'pluginProperties'), 'entry')) {
    if (entry.children[0]?.text.trim() !== 'Data Pruner') continue;
    const enabled = children(child(entry, 'properties'), 'property').find(
      (p) => p.attrs['name'] === 'enabled',
    );
    if (enabled) server.dataPrunerEnabled = enabled.text.trim() === 'true';
  }
}

function readAlerts(root: XmlElement): MirthExport['alerts'] {
  return children(child(root, 'alerts'), 'alertModel').map((a) => {
    const channels = child(child(a, 'trigger'), 'alertChannels');
    const ids = (name: string) =>
      new Set(children(child(channels, name), 'string').map((s) => s.text.trim()));
    return {
      name: textAt(a, 'name') ?? '(unnamed alert)',
      enabled: textAt(a, 'enabled') === 'true',
      channelIds: ids('enabledChannels'),
      newChannels: textAt(channels, 'newChannelSource') === 'true',
      excluded: ids('disabledChannels'),
    };
  });
}

function secretsOf(root: XmlElement, file: string, channels: ChannelFacts[]): SecretRecord[] {
  const byElement = new Map<XmlElement, ChannelFacts>(channels.map((c) => [c.element, c]));
  return findSecrets(root).map((s) => {
    const rec: SecretRecord = { file, path: s.path, line: s.line, kind: s.kind, stored: s.stored };
    for (let cur = s.element.parent; cur; cur = cur.parent) {
      if (
        !rec.connector &&
        (cur.name === 'sourceConnector' ||
          (cur.name === 'connector' && cur.parent?.name === 'destinationConnectors'))
      ) {
        rec.connector = textAt(cur, 'name') ?? cur.name;
      }
      const channel = byElement.get(cur);
      if (channel) {
        rec.channel = channel.name;
        if (channel.id) rec.channelId = channel.id;
        break;
      }
    }
    return rec;
  });
}
