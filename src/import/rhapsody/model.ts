import { child, children, descendants, type XmlElement } from '../xml/tree.js';

/** A communication point or route as either Rhapsody format has it. */
export interface RhapsodyPart {
  id: string;
  name: string;
  type: string;
  mode: string;
  /** Configuration properties by name. */
  props: Map<string, string>;
  startup?: string;
  folders: string[];
  element: XmlElement;
}

export interface RhapsodyRoute extends RhapsodyPart {
  inputs: string[];
  outputs: string[];
  filters: Array<{ type: string; name: string; props: Map<string, string>; destinations: string[] }>;
}

export interface RhapsodyModel {
  format: string;
  commPoints: RhapsodyPart[];
  routes: RhapsodyRoute[];
  variables: Map<string, string>;
  /** REST clients by uuid: protocol, host, port and path. */
  restClients: Map<string, { name: string; protocol: string; host?: string; port?: string; path?: string }>;
  /** Hosted web services by id: where they listen. */
  webServices: Map<string, { name: string; port?: string; address?: string; protocol?: string }>;
}

const text = (el: XmlElement | undefined) => el?.text.trim() ?? '';

/** <Property><Name>N</Name><Value>V</Value></Property> lists (the engine XML inside .rlc files). */
function oldProps(el: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of children(el, 'Property')) {
    const n = text(child(p, 'Name'));
    if (n && !out.has(n)) out.set(n, child(p, 'Value')?.text ?? '');
  }
  return out;
}

/** <property name="N">V</property> lists (the REST API configuration XML). */
function newProps(el: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of children(el, 'property')) {
    const n = p.attrs['name'];
    if (n && !out.has(n)) out.set(n, p.text);
  }
  return out;
}

function common(root: XmlElement): Pick<RhapsodyModel, 'restClients' | 'webServices'> {
  const restClients: RhapsodyModel['restClients'] = new Map();
  const webServices: RhapsodyModel['webServices'] = new Map();
  for (const el of descendants(root)) {
    if (el.name === 'restClient' && el.attrs['uuid']) {
      const c = child(el, 'connection');
      const entry: { name: string; protocol: string; host?: string; port?: string; path?: string } = {
        name: el.attrs['name'] ?? '',
        protocol: (c?.attrs['protocol'] ?? 'HTTP').toUpperCase(),
      };
      if (text(child(c, 'hostname'))) entry.host = text(child(c, 'hostname'));
      if (text(child(c, 'port'))) entry.port = text(child(c, 'port'));
      if (text(child(c, 'relativeURL'))) entry.path = text(child(c, 'relativeURL'));
      restClients.set(el.attrs['uuid'], entry);
    }
    if (el.name === 'webService' && (el.attrs['guid'] || el.attrs['id'])) {
      const b = child(el, 'binding');
      const entry: { name: string; port?: string; address?: string; protocol?: string } = {
        name: el.attrs['name'] ?? '',
      };
      if (text(child(b, 'port'))) entry.port = text(child(b, 'port'));
      if (text(child(b, 'localAddress'))) entry.address = text(child(b, 'localAddress'));
      if (text(child(b, 'protocol'))) entry.protocol = text(child(b, 'protocol'));
      webServices.set(el.attrs['guid'] ?? el.attrs['id']!, entry);
    }
  }
  return { restClients, webServices };
}

/** The engine XML (<Engine FileVersion=...>): the file inside every .rlc archive. */
export function readEngineXml(root: XmlElement): RhapsodyModel {
  const folders = (el: XmlElement) =>
    text(child(el, 'Folder'))
      .split(';')
      .map((f) => f.trim())
      .filter((f) => f && f !== 'None');
  const part = (el: XmlElement): RhapsodyPart => {
    const general = oldProps(child(el, 'GeneralProperties'));
    const p: RhapsodyPart = {
      id: text(child(el, 'ID')),
      name: general.get('UserName')?.trim() || text(child(el, 'ID')),
      type: text(child(el, 'Type')),
      mode: text(child(el, 'Mode')),
      props: oldProps(child(el, 'Configuration')),
      folders: folders(el),
      element: el,
    };
    for (const k of ['NumRetries', 'RetryDelay', 'RetryType'])
      if (text(child(el, k))) p.props.set(k, text(child(el, k)));
    const startup = general.get('StartupState');
    if (startup) p.startup = startup;
    return p;
  };
  const routes = children(child(root, 'Routes'), 'Route').map((el): RhapsodyRoute => {
    const base = part(el);
    return {
      ...base,
      type: 'Route',
      inputs: children(child(el, 'InputCommPoints'), 'InputCommPoint').map((i) => text(child(i, 'ID'))),
      outputs: children(child(el, 'OutputCommPoints'), 'ID').map(text),
      filters: children(child(el, 'Filters'), 'Filter').map((f) => ({
        type: text(child(f, 'Type')),
        name: oldProps(child(f, 'GeneralProperties')).get('UserName') ?? '',
        props: oldProps(child(f, 'Configuration')),
        destinations: children(child(f, 'Destinations'), 'Destination').map((d) => text(child(d, 'ID'))),
      })),
    };
  });
  const variables = new Map<string, string>();
  for (const v of children(child(root, 'Variables'), 'Variable')) {
    const n = text(child(v, 'Name'));
    if (n) variables.set(n, text(child(v, 'Value')));
  }
  return {
    format: `engine configuration (file version ${root.attrs['FileVersion'] ?? 'not recorded'})`,
    commPoints: children(child(root, 'CommPoints'), 'CommPoint').map(part),
    routes,
    variables,
    ...common(root),
  };
}

/** The REST API configuration (<configuration version="6|7">) with lockers and folders by uuid. */
export function readRestXml(root: XmlElement): RhapsodyModel {
  const parents = new Map<string, { name: string; parent?: string }>();
  for (const el of [
    ...children(child(root, 'lockers'), 'locker'),
    ...children(child(root, 'folders'), 'folder'),
  ]) {
    if (el.attrs['uuid'])
      parents.set(el.attrs['uuid'], {
        name: el.attrs['name'] ?? '',
        ...(el.attrs['parent'] ? { parent: el.attrs['parent'] } : {}),
      });
  }
  const path = (uuid: string | undefined) => {
    const out: string[] = [];
    for (let u = uuid, guard = 0; u && parents.has(u) && guard < 50; u = parents.get(u)!.parent, guard++)
      out.unshift(parents.get(u)!.name);
    return out.filter(Boolean);
  };
  const part = (el: XmlElement): RhapsodyPart => {
    const p: RhapsodyPart = {
      id: el.attrs['uuid'] ?? '',
      name: (el.attrs['name'] ?? '').trim() || (el.attrs['uuid'] ?? ''),
      type: el.attrs['type'] ?? '',
      mode: el.attrs['mode'] ?? '',
      props: newProps(child(el, 'configuration')),
      folders: path(el.attrs['parent']),
      element: el,
    };
    if (el.attrs['startupState']) p.startup = el.attrs['startupState'];
    return p;
  };
  const routes = children(child(root, 'routes'), 'route').map((el): RhapsodyRoute => ({
    ...part(el),
    type: 'Route',
    inputs: children(el, 'inputCommPoint').map((i) => i.attrs['uuid'] ?? ''),
    outputs: children(el, 'outputCommPointUuid').map(text),
    filters: children(el, 'filter').map((f) => ({
      type: f.attrs['type'] ?? '',
      name: f.attrs['name'] ?? '',
      props: newProps(child(f, 'configuration')),
      destinations: children(child(f, 'NextDestinations'), 'Connector').flatMap((c) =>
        children(c, 'DestinationId').map(text),
      ),
    })),
  }));
  const variables = new Map<string, string>();
  for (const v of descendants(root)) {
    if (v.name === 'variable' && v.attrs['name'])
      variables.set(v.attrs['name'], v.attrs['value'] ?? v.text.trim());
  }
  return {
    format: `REST API configuration (version ${root.attrs['version'] ?? 'not recorded'})`,
    commPoints: children(child(root, 'communicationPoints'), 'communicationPoint').map(part),
    routes,
    variables,
    ...common(root),
  };
}
