import { isZip, readZip } from '../zip/safe-zip.js';

/** The formats govspec import reads. */
export type FormatName =
  'mirth' | 'hl7' | 'catalogue' | 'rhapsody' | 'intersystems' | 'cloverleaf' | 'iguana' | 'openhim' | 'camel';

export type Detection = { format: FormatName; what: string } | { format?: undefined; looksLike: string };

/** Every format, in words, for the message that refuses a file. */
export const formatsRead =
  'Mirth Connect / Open Integration Engine exports, Rhapsody configuration XML and .rlc archives, InterSystems productions (classes, exports, default settings), Iguana channel configurations, OpenHIM exports, Cloverleaf NetConfig files, Apache Camel properties (inventory only), HL7v2 messages and API catalogues (NHS Wales YAML, UK Government CSV)';

const mirthRoots = new Set([
  'serverConfiguration',
  'channelGroup',
  'codeTemplateLibrary',
  'codeTemplate',
  'alertModel',
  'serverSettings',
  'configurationMap',
]);

/** The name of the first element, skipping the XML declaration, comments and a DOCTYPE. */
export function xmlRoot(head: string): { name: string; tag: string } | undefined {
  const body = head
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  const m = /<([A-Za-z_][\w:.-]*)([^>]*)>/.exec(body);
  return m ? { name: m[1]!, tag: m[0] } : undefined;
}

/** Recognise a file by its content (its name is only a hint for text formats). */
export function detectFormat(name: string, bytes: Uint8Array): Detection {
  if (bytes.length === 0) return { looksLike: 'an empty file' };
  if (isZip(bytes)) return detectZip(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF|^ï»¿/, '');
  if (/[\x00-\x08\x0E-\x1A]/.test(head.slice(0, 4096)))
    return { looksLike: 'binary data (not text, not a zip archive)' };
  const trimmed = head.trimStart();
  if (
    /<title>\s*Cloverleaf Port Listing/i.test(head) ||
    /<th>Connection<\/th><th>Host<\/th><th>Port<\/th>/i.test(head)
  )
    return { format: 'cloverleaf', what: 'Cloverleaf port listing (inventory)' };
  if (/^\s*prologue\b/m.test(head) || /^\s*(protocol|process|destination)\s+\S+\s*\{/m.test(head))
    return { format: 'cloverleaf', what: 'Cloverleaf NetConfig' };
  if (/\{\s*PROTOCOL\s*\{/.test(head) && /\{\s*(PROCESSNAME|DATAXLATE)\b/.test(head))
    return {
      format: 'cloverleaf',
      what: 'Cloverleaf thread configuration (keyed lists without thread names)',
    };
  if (trimmed.startsWith('<')) return detectXml(trimmed);
  const settingsFile = iniOrToml(head);
  if (settingsFile) return { looksLike: settingsFile };
  if (/^[[{]/.test(trimmed)) return detectJson(trimmed);
  if (/^(MSH|FHS|BHS)\|/.test(trimmed) || /(^|[\r\n])MSH\|\^~\\&/.test(head.slice(0, 4096)))
    return { format: 'hl7', what: 'HL7v2 message(s)' };
  const cls = objectScriptClass(name, head.slice(0, 8192));
  if (cls) return cls;
  const lines = head.split(/\r?\n/).filter((l) => l.trim() && !/^\s*[#!]/.test(l));
  const keyValues = lines.filter((l) => /^\s*[\w.-]+\s*[=:]/.test(l));
  if (lines.length > 0 && keyValues.length / lines.length > 0.8) {
    const dotted = keyValues.filter((l) => /^\s*[a-z][\w-]*(\.[\w-]+)+\s*[=:]/.test(l)).length;
    if (dotted / keyValues.length > 0.5 && /(camel|mllp|netty:|kafka|\bidaas\.|\blfh\.)/i.test(head))
      return { format: 'camel', what: 'Apache Camel endpoint properties (inventory only)' };
    if (/^short-name\s*:/m.test(head) || (/^title\s*:/m.test(head) && /^type\s*:/m.test(head)))
      return { format: 'catalogue', what: 'NHS Wales API catalogue entry' };
    return {
      looksLike: `settings as key=value lines (${/\.env$/i.test(name) ? 'an environment file' : 'a properties file'}) that name no engine govspec reads`,
    };
  }
  const firstLine = (lines[0] ?? '').toLowerCase();
  const column = (c: string) => new RegExp(`(^|,)\\s*"?${c}"?\\s*(,|$)`).test(firstLine);
  if (column('url') && column('name') && column('provider'))
    return { format: 'catalogue', what: 'API catalogue CSV' };
  if (/,/.test(firstLine) && lines.length > 1)
    return { looksLike: 'a CSV without the url, name and provider columns of an API catalogue' };
  if (/^\s*[\w-]+\s*:/m.test(head))
    return { looksLike: 'YAML that is not an API catalogue entry (a spec or other settings)' };
  return { looksLike: 'text in no format govspec reads' };
}

/**
 * An ObjectScript class definition (.cls, UDL): a production, a routing rule, or a business
 * host or other class whose defaults and calls a production beside it uses.
 */
function objectScriptClass(name: string, head: string): Detection | undefined {
  const m =
    /^\s*(?:(?:\/\/[^\n]*|Include\s+[^\n]*|Import\s+[^\n]*|#[^\n]*)?\r?\n\s*)*Class\s+([\w.%]+)\s+Extends\s+(\([\w.%,\s]+\)|[\w.%]+)/.exec(
      head,
    );
  if (!m) {
    if (/\.cls$/i.test(name) && /^\s*Class\s+[\w.%]+/m.test(head))
      return { format: 'intersystems', what: 'InterSystems class' };
    return undefined;
  }
  const supers = m[2]!;
  if (/\bEns\.Production\b/.test(supers))
    return { format: 'intersystems', what: 'InterSystems production class' };
  if (/\bEns\.Rule\.Definition\b/.test(supers))
    return { format: 'intersystems', what: 'InterSystems routing rule class' };
  if (
    /\b(Ens\.Business(Service|Process|ProcessBPL|Operation)|EnsLib\.|HS\.)/.test(supers) ||
    /XData\s+BPL\b|\.\.SendRequest(Sync|Async)\(|Ens\.Director\)\.CreateBusinessService/.test(head)
  )
    return { format: 'intersystems', what: 'InterSystems business host class' };
  return { format: 'intersystems', what: 'InterSystems class' };
}

/** An INI or TOML settings file ([section] headers and key = value lines), named in words. */
function iniOrToml(head: string): string | undefined {
  const lines = head
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^[#;]/.test(l));
  if (lines.length === 0) return undefined;
  const sections = lines.filter((l) => /^\[\[?[\w .\-"']+\]\]?$/.test(l)).length;
  const pairs = lines.filter((l) => /^["']?[\w.\- ]+["']?\s*=/.test(l)).length;
  if (sections === 0 || (sections + pairs) / lines.length < 0.8) return undefined;
  const toml = lines.some((l) => /^\[\[/.test(l) || /=\s*("|'|\[|\{|true$|false$|\d)/.test(l));
  return `an ${toml ? 'INI or TOML' : 'INI'} settings file ([section] and key = value lines), not an engine export`;
}

function detectXml(head: string): Detection {
  const root = xmlRoot(head);
  if (!root) return { looksLike: 'XML with no element' };
  const n = root.name;
  if (n === 'channel') {
    if (/<(sourceConnector|destinationConnectors|exportData)\b/.test(head) || /<version>\d/.test(head))
      return { format: 'mirth', what: 'Mirth channel export' };
    if (/<from_\w+/.test(head) && /<to_\w+/.test(head))
      return { format: 'iguana', what: 'Iguana channel configuration' };
    return { looksLike: 'XML with a <channel> root that is neither a Mirth channel nor an Iguana channel' };
  }
  if (n === 'list' || n === 'set') {
    // Mirth writes a list of channels, groups or code templates (and the API a set of groups)
    if (/<(channel|channelGroup)\b/.test(head))
      return { format: 'mirth', what: `Mirth channel ${n === 'set' ? 'group set' : 'list'} export` };
    if (/<(codeTemplate|codeTemplateLibrary)\b/.test(head))
      return { format: 'mirth', what: 'Mirth code template export (a list, no channels)' };
    if (/<(message|connectorMessage|dashboardStatus|channelStatistics)\b/.test(head))
      return {
        looksLike:
          'Mirth API output (messages or channel statuses), not a configuration: export the channels or a server backup',
      };
  }
  if (mirthRoots.has(n))
    return {
      format: 'mirth',
      what: `Mirth ${n === 'serverConfiguration' ? 'server backup' : n === 'channelGroup' ? 'channel group export' : `<${n}> export`}`,
    };
  if (n === 'Engine' && /Rhapsody/i.test(root.tag))
    return { format: 'rhapsody', what: 'Rhapsody engine configuration XML' };
  if (n === 'configuration' && /<(communicationPoints|lockers|routes|folders)\b/.test(head))
    return {
      format: 'rhapsody',
      what: `Rhapsody REST API configuration${/version="(\d+)"/.exec(root.tag) ? ` (version ${/version="(\d+)"/.exec(root.tag)![1]})` : ''}`,
    };
  if (n === 'Export' && /generator="(Cache|IRIS|Ensemble|HealthShare)"/i.test(root.tag))
    return { format: 'intersystems', what: 'InterSystems export XML' };
  if (n === 'Production') return { format: 'intersystems', what: 'InterSystems production definition' };
  if (n === 'defaultSettings') return { format: 'intersystems', what: 'InterSystems default settings' };
  if (/xmlns="http:\/\/hl7\.org\/fhir"/.test(root.tag))
    return { looksLike: `a FHIR ${n} resource: govspec imports engine configurations, not resources` };
  if (/<channel\b[^>]*>[\s\S]*<from_\w+/.test(head))
    return { format: 'iguana', what: 'Iguana configuration with channels' };
  return { looksLike: `XML with root <${n}>, which is not an engine export govspec reads` };
}

function detectJson(head: string): Detection {
  const resource = /"resourceType"\s*:\s*"([A-Za-z]+)"/.exec(head);
  if (resource)
    return {
      looksLike: `a FHIR ${resource[1]} resource: govspec imports engine configurations, not resources`,
    };
  if (/"(Channels|Clients|Mediators)"\s*:/.test(head))
    return { format: 'openhim', what: 'OpenHIM configuration export' };
  if (/"urlPattern"\s*:/.test(head) && /"routes"\s*:/.test(head))
    return { format: 'openhim', what: 'OpenHIM channels' };
  const keys = [...head.slice(0, 2000).matchAll(/"([\w$-]{1,40})"\s*:/g)].slice(0, 4).map((m) => m[1]);
  return {
    looksLike: `JSON${keys.length > 0 ? ` (keys ${keys.join(', ')})` : ''} that is not an OpenHIM export`,
  };
}

function detectZip(bytes: Uint8Array): Detection {
  const zip = readZip(bytes, (n) => /^[^/]+\.xml$/i.test(n) || /ChannelConfiguration\.xml$/i.test(n));
  if ('problem' in zip) return { looksLike: `a zip archive govspec will not open: ${zip.problem}` };
  for (const m of zip.members) {
    const head = new TextDecoder('latin1').decode(m.bytes.subarray(0, 8192));
    const root = xmlRoot(head.trimStart());
    if (root?.name === 'Engine' && /Rhapsody/i.test(root.tag))
      return { format: 'rhapsody', what: 'Rhapsody .rlc archive' };
    if (/ChannelConfiguration\.xml$/i.test(m.name) && root?.name === 'channel')
      return { format: 'iguana', what: 'Iguana channel export archive' };
  }
  return {
    looksLike: `a zip archive (${zip.names.length} files) with no engine configuration govspec reads`,
  };
}
