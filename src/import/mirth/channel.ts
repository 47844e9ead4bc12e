import { dedentText, describedText, withoutContacts } from '../draft/text.js';
import { at, child, children, descendants, rawTextAt, textAt, type XmlElement } from '../xml/tree.js';
import { readConnector, type ConnectorFacts } from './connector.js';
import { readFhirResources } from './fhir-resources.js';
import { readMessageTypes, type MessageTypeEvidence } from './message-types.js';
import { ConnectorProps } from './props.js';
import { readPlaceholders, type Placeholder } from './placeholders.js';

/** Everything the importer reads from one channel. Never holds a credential. */
export interface ChannelFacts {
  file: string;
  line: number;
  legacy: boolean;
  mirthVersion?: string;
  id?: string;
  name: string;
  description?: string;
  /** Said when the description was cut to the spec's limit. */
  descriptionNote?: string;
  revision?: number;
  enabled?: boolean;
  initialState?: string;
  tags: string[];
  groups: string[];
  source: ConnectorFacts;
  destinations: ConnectorFacts[];
  messageTypes: MessageTypeEvidence;
  /** FHIR resource types the channel serves or sends, read as data. */
  fhirResources: string[];
  fieldRefs: string[];
  placeholders: Placeholder[];
  codeTemplateLibraries: string[];
  dependsOn: string[];
  dependents: string[];
  storage: StorageFacts;
  element: XmlElement;
}

export interface StorageFacts {
  mode?: string;
  removeContentOnCompletion?: boolean;
  pruneContentDays?: number;
  pruneMetaDataDays?: number;
  /** 2.x: store_messages and max_message_age (-1 = forever). */
  storeMessages?: boolean;
  maxMessageAgeDays?: number;
}

/** Context from a server backup: tags, groups and the configuration map's keys. */
export interface ServerContext {
  tagsByChannel: Map<string, string[]>;
  groupsByChannel: Map<string, string[]>;
  configKeys: Set<string>;
  dataPrunerEnabled?: boolean;
}

export function readChannel(el: XmlElement, file: string, server?: ServerContext): ChannelFacts {
  const legacy = !el.attrs['version'] && !!child(el, 'version');
  const sourceEl = child(el, 'sourceConnector');
  const destEls = children(child(el, 'destinationConnectors'), 'connector');
  const source = sourceEl
    ? readConnector(sourceEl, 'source', 0)
    : readConnector(
        { name: 'sourceConnector', attrs: {}, children: [], text: '', line: el.line, column: el.column },
        'source',
        0,
      );
  const destinations = destEls.map((d, i) => readConnector(d, 'destination', i + 1));
  const id = textAt(el, 'id');
  const facts: ChannelFacts = {
    file,
    line: el.line,
    legacy,
    name: textAt(el, 'name') ?? '(unnamed channel)',
    tags: [],
    groups: [],
    source,
    destinations,
    messageTypes: readMessageTypes([sourceEl, ...destEls].filter((x): x is XmlElement => !!x)),
    fhirResources: readFhirResources(el),
    fieldRefs: fieldRefs(el),
    placeholders: readPlaceholders(el, [source, ...destinations], server?.configKeys),
    codeTemplateLibraries: [],
    dependsOn: [],
    dependents: [],
    storage: storage(el),
    element: el,
  };
  const version = el.attrs['version'] ?? textAt(el, 'version');
  if (version) facts.mirthVersion = version;
  if (id) facts.id = id;
  const description = rawTextAt(el, 'description');
  if (description?.trim()) {
    const contacts = withoutContacts(dedentText(description));
    const d = describedText(contacts.text);
    facts.description = d.text;
    const notes = [
      ...(contacts.removed
        ? [
            "Copied from the channel's description, with e-mail addresses and phone numbers taken out: check it names no one and says what the flow is for.",
          ]
        : []),
      ...(d.note ? [d.note] : []),
    ];
    if (notes.length > 0) facts.descriptionNote = notes.join(' ');
  }
  const revision = Number(textAt(el, 'revision'));
  if (Number.isInteger(revision) && revision >= 0) facts.revision = revision;

  const enabled = textAt(el, 'exportData/metadata/enabled') ?? textAt(el, 'enabled');
  if (enabled) facts.enabled = enabled === 'true';
  const props = new ConnectorProps(child(el, 'properties'));
  const initial = props.get('initialState');
  if (initial) facts.initialState = initial.toUpperCase();

  const tags = new Set<string>();
  for (const t of children(child(child(el, 'properties'), 'tags'), 'string'))
    if (t.text.trim()) tags.add(t.text.trim());
  for (const tag of children(at(el, 'exportData/channelTags'), 'channelTag')) {
    const ids = children(child(tag, 'channelIds'), 'string').map((s) => s.text.trim());
    const name = textAt(tag, 'name');
    if (name && (!id || ids.includes(id))) tags.add(name);
  }
  if (id) for (const t of server?.tagsByChannel.get(id) ?? []) tags.add(t);
  facts.tags = [...tags].sort();
  if (id) facts.groups = [...(server?.groupsByChannel.get(id) ?? [])].sort();

  const libraries = [
    ...children(at(el, 'exportData/codeTemplateLibraries'), 'codeTemplateLibrary'),
    ...children(child(el, 'codeTemplateLibraries'), 'codeTemplateLibrary'),
  ];
  facts.codeTemplateLibraries = [...new Set(libraries.map((l) => textAt(l, 'name') ?? '(unnamed)'))].sort();
  facts.dependsOn = children(at(el, 'exportData/dependencyIds'), 'string')
    .map((s) => s.text.trim())
    .sort();
  facts.dependents = children(at(el, 'exportData/dependentIds'), 'string')
    .map((s) => s.text.trim())
    .sort();
  return facts;
}

function storage(el: XmlElement): StorageFacts {
  const s: StorageFacts = {};
  const props = new ConnectorProps(child(el, 'properties'));
  const mode = props.get('messageStorageMode');
  if (mode) s.mode = mode;
  const remove = props.bool('removeContentOnCompletion');
  if (remove !== undefined) s.removeContentOnCompletion = remove;
  const content = Number(
    textAt(el, 'exportData/metadata/pruningSettings/pruneContentDays') ?? props.get('pruneContentDays'),
  );
  if (Number.isInteger(content) && content > 0) s.pruneContentDays = content;
  const meta = Number(
    textAt(el, 'exportData/metadata/pruningSettings/pruneMetaDataDays') ?? props.get('pruneMetaDataDays'),
  );
  if (Number.isInteger(meta) && meta > 0) s.pruneMetaDataDays = meta;
  const store = props.bool('store_messages');
  if (store !== undefined) s.storeMessages = store;
  const age = Number(props.get('max_message_age'));
  if (Number.isInteger(age) && props.get('max_message_age')) s.maxMessageAgeDays = age;
  return s;
}

/** HL7 fields the channel's steps and rules refer to, e.g. PID-5 from msg['PID']['PID.5']. */
function fieldRefs(el: XmlElement): string[] {
  const refs = new Set<string>();
  const pattern = /\[\s*['"]([A-Z][A-Z0-9]{2})\.(\d{1,2})['"]\s*\]/g;
  for (const d of descendants(el)) {
    if (!['script', 'mapping', 'field', 'string'].includes(d.name) || !d.text.includes('[')) continue;
    for (const m of d.text.matchAll(pattern)) refs.add(`${m[1]}-${Number(m[2])}`);
  }
  return [...refs].sort(compareFields);
}

function compareFields(a: string, b: string): number {
  const [sa, na] = a.split('-');
  const [sb, nb] = b.split('-');
  return sa === sb ? Number(na) - Number(nb) : sa! < sb! ? -1 : 1;
}
