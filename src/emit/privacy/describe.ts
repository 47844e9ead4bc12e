import { standardNames } from '../../catalogue/engines.js';
import { durationWords } from '../../core/formats.js';
import type { Config, Integration } from '../../model/estate.js';
import type { DataClass, WrittenEndpoint } from '../../model/written.js';
import type { BuildInfo } from '../types.js';

/** Plain words for spec values, shared by the DPIA sections, the register and the diagrams. */

export { engineNames } from '../../catalogue/engines.js';
const standards: Record<string, string> = standardNames;

export const transportNames: Record<string, string> = {
  mllp: 'MLLP',
  https: 'HTTPS',
  sftp: 'SFTP',
  mesh: 'MESH',
  file: 'file share',
  database: 'database link',
  smtp: 'email (SMTP)',
  other: 'other transport',
};

const networks: Record<string, string> = {
  internal: 'internal network',
  hscn: 'HSCN',
  internet: 'internet',
  'local-host': 'same host',
};

const encryptions: Record<string, string> = {
  tls: 'TLS',
  mtls: 'mutual TLS',
  vpn: 'VPN',
  'message-level': 'message-level encryption',
  none: 'no encryption',
};

export const classNames: Record<DataClass, string> = {
  identifier: 'identifiers',
  personal: 'personal details',
  health: 'health data (special category)',
  special: 'other special category data',
  operational: 'operational data (not personal)',
  pseudonymised: 'pseudonymised data',
  anonymised: 'anonymised data',
};

const classOrder: DataClass[] = [
  'identifier',
  'personal',
  'health',
  'special',
  'pseudonymised',
  'anonymised',
  'operational',
];

export function protocolWords(i: Integration): string {
  const p = i.protocol;
  const head = `${standards[p.standard] ?? p.standard}${p.version ? ` ${p.version}` : ''}`;
  const list = [...(p.messages ?? []), ...(p.resources ?? [])];
  return list.length > 0 ? `${head}: ${list.join(', ')}` : head;
}

/** Short protocol for diagrams: the standard and at most three message types. */
export function protocolShort(i: Integration): string {
  const p = i.protocol;
  const list = [...(p.messages ?? []), ...(p.resources ?? [])];
  const shown = list.slice(0, 3).join(', ') + (list.length > 3 ? ` +${list.length - 3}` : '');
  return `${standards[p.standard] ?? p.standard}${p.version ? ` ${p.version}` : ''}${shown ? ` ${shown}` : ''}`;
}

export function transportWords(i: Integration): string {
  const t = i.transport;
  const network = t.network ? ` over ${networks[t.network]}` : ', network not recorded';
  const encryption = t.encryption ? encryptions[t.encryption] : 'encryption not recorded';
  return `${transportNames[t.kind]}${network}; ${encryption}`;
}

export function encryptionWords(i: Integration): string {
  return i.transport.encryption ? encryptions[i.transport.encryption]! : 'not recorded';
}

export function networkWords(i: Integration): string {
  return i.transport.network ? networks[i.transport.network]! : 'not recorded';
}

const shortClassNames: Record<DataClass, string> = {
  identifier: 'identifiers',
  personal: 'personal details',
  health: 'health (special category)',
  special: 'other special category',
  operational: 'operational',
  pseudonymised: 'pseudonymised',
  anonymised: 'anonymised',
};

/** Data classes carried, in a fixed order, plus free text when any item is free text. */
export function dataClasses(i: Integration, short = false): string[] {
  const present = new Set(i.data.items.map((item) => item.class));
  const names = short ? shortClassNames : classNames;
  const out = classOrder.filter((c) => present.has(c)).map((c) => names[c]);
  if (i.data.items.some((item) => item.freeText)) out.push('free text');
  return out;
}

export function carriesSpecialCategory(i: Integration): boolean {
  return (
    i.data.items.some((item) => item.class === 'health' || item.class === 'special') ||
    i.data.subjects.some((s) => s === 'maternity' || s === 'mental-health')
  );
}

/** Organisation of an endpoint: the configured one when the spec names no other. */
export function endpointOrg(
  e: WrittenEndpoint,
  config: Config,
): { code: string; name: string; ours: boolean } {
  const ours = config.organisation;
  if (e.org === undefined && (e.orgName === undefined || e.orgName === ours.name)) {
    return { code: ours.ods, name: ours.name, ours: true };
  }
  if (e.org === ours.ods) return { code: ours.ods, name: ours.name, ours: true };
  return { code: e.org ?? 'not recorded', name: e.orgName ?? 'organisation not named', ours: false };
}

export function orgWords(e: WrittenEndpoint, config: Config): string {
  const o = endpointOrg(e, config);
  return `${o.name} (${o.code})`;
}

export function roleWords(e: WrittenEndpoint): string {
  return e.role ?? 'controller (not stated)';
}

const contracts: Record<string, string> = {
  realtime: 'in real time, message by message',
  'near-realtime': 'soon after each event (near real time)',
  hourly: 'in hourly batches',
  nightly: 'in a nightly batch',
  weekly: 'in a weekly batch',
  monthly: 'in a monthly batch',
  'on-demand': 'on request, when a user or system asks',
};

export function latencyWords(i: Integration): string {
  if (!i.latency) return 'not recorded';
  const target = i.latency.target ? `; target ${duration(i.latency.target)}` : '';
  return `${contracts[i.latency.contract] ?? i.latency.contract}${target}`;
}

const per: Record<string, string> = {
  minute: 'a minute',
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** "12000/day" as "about 12,000 a day". */
export function volumeWords(i: Integration): string {
  const v = i.data.volume;
  if (!v) return 'not recorded';
  const [count, unit] = v.split('/');
  const n = Number(count!.replace(/,/g, ''));
  return Number.isFinite(n) ? `about ${thousands(n)} ${per[unit!] ?? `per ${unit}`}` : v;
}

/** 12000 as "12,000", whatever the machine's locale. */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An ISO 8601 duration in words ("6 months"); other values ("forever", "none") as written. */
export function duration(value: string | undefined, blank = 'not recorded'): string {
  if (value === undefined) return blank;
  const words = durationWords(value);
  return words === value ? value : words;
}

const purgeWords: Record<string, string> = {
  automatic: 'purged automatically',
  manual: 'purged by hand',
  none: 'never purged',
};

export function purge(value: string | undefined): string {
  return value ? purgeWords[value]! : 'purge not recorded';
}

const purposes: Record<string, string> = {
  'direct-care': 'direct care of individuals',
  administration: 'administration',
  planning: 'planning (a secondary use)',
  research: 'research (a secondary use)',
  commissioning: 'commissioning (a secondary use)',
  'public-health': 'public health',
  audit: 'clinical audit',
  other: 'other',
};

export function purposeWords(i: Integration): string {
  return i.purpose ? (purposes[i.purpose] ?? i.purpose) : 'not recorded';
}

/** The input digest a signed section cites instead of a commit, with what it identifies. */
export function inputDigestText(build: BuildInfo, covers: string): string {
  return build.inputs
    ? `${build.inputs.slice(0, 12)} (identifies exactly ${covers} it was built from)`
    : 'not recorded';
}
