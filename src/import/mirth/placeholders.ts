import { descendants, type XmlElement } from '../xml/tree.js';
import type { ConnectorFacts } from './connector.js';

/**
 * A ${name} in a connector setting. Kept as a named unknown: govspec never resolves it, because
 * the value lives in the server's configuration map (or is computed per message).
 */
export interface Placeholder {
  name: string;
  /** Connector names where it appears. */
  connectors: string[];
  origin:
    'configuration map (defined in the backup)' | 'configuration map or global map' | 'set by the channel';
}

/** Values Mirth fills in per message or per channel; not configuration. */
const runtime =
  /^(message\.|date\b|DATE$|SYSTIME$|UUID$|COUNT$|ORIGINALNAME$|originalFilename$|channelName$|channelId$|messageId$|sourceChannelId$|sourceMessageId$|serverId$|XmlUtil\.|DateUtil\.)/;
const secretName = /(password|passwd|passphrase|secret|apikey|api_key|token|privatekey|username|user)$/i;
const scriptNames = new Set([
  'script',
  'preprocessingScript',
  'postprocessingScript',
  'deployScript',
  'undeployScript',
  'shutdownScript',
]);

export function readPlaceholders(
  channel: XmlElement,
  connectors: ConnectorFacts[],
  configKeys: Set<string> | undefined,
): Placeholder[] {
  const setByScript = scriptVariables(channel);
  const found = new Map<string, Set<string>>();
  for (const c of connectors) {
    const props = c.element.children.find((e) => e.name === 'properties');
    if (!props) continue;
    for (const el of descendants(props)) {
      const name = el.name === 'property' ? (el.attrs['name'] ?? '') : el.name;
      // credential fields are never named in output, not even by their placeholder
      if (scriptNames.has(name) || secretName.test(name) || el.children.length > 0) continue;
      for (const m of el.text.matchAll(/\$\{([A-Za-z_][\w.-]*)\}/g)) {
        const key = m[1]!;
        if (runtime.test(key)) continue;
        if (!found.has(key)) found.set(key, new Set());
        found.get(key)!.add(c.name);
      }
    }
  }
  return [...found.keys()].sort().map((name) => ({
    name,
    connectors: [...found.get(name)!].sort(),
    origin: setByScript.has(name)
      ? 'set by the channel'
      : configKeys?.has(name)
        ? 'configuration map (defined in the backup)'
        : 'configuration map or global map',
  }));
}

/** Names a script puts into a map as a literal, e.g. channelMap.put('now', ...) or $c('now', ...). */
function scriptVariables(channel: XmlElement): Set<string> {
  const names = new Set<string>();
  const pattern = /(?:\.put\(|\$(?:c|co|gc|g|r)\()\s*(['"])([\w.-]+)\1\s*,/g;
  for (const el of descendants(channel)) {
    if (!scriptNames.has(el.name)) continue;
    for (const m of el.text.matchAll(pattern)) names.add(m[2]!);
  }
  return names;
}
