import { retentionCatalogue } from '../../catalogue/retention.js';
import type { Config, Integration } from '../../model/estate.js';
import type { ConsumerUse, HopKind } from '../../model/written.js';

/** Plain words for the spec values a DPIA shows: never an enum value or a raw id. */

/** The mark a table shows where the spec records nothing; each table says what it means once. */
export const dash = '—';

export function orDash(value: string | undefined | null): string {
  return value === undefined || value === null || value.trim() === '' ? dash : value;
}

export function yesNo(value: boolean | undefined): string {
  return value === undefined ? dash : value ? 'yes' : 'no';
}

export const hopKinds: Readonly<Record<HopKind, string>> = {
  engine: 'integration engine',
  'spine-secure-proxy': 'Spine Secure Proxy',
  mesh: 'MESH (Message Exchange for Social Care and Health)',
  'event-management': 'events management (publish and subscribe)',
  'api-platform': 'API platform',
  broker: 'message broker',
  gateway: 'gateway',
  cache: 'cache',
  other: 'other service',
};

export const roles: Readonly<Record<string, string>> = {
  controller: 'controller',
  'joint-controller': 'joint controller',
  processor: 'processor',
  conduit: 'conduit: passes the data on without access to its content',
};

export const logKinds: Readonly<Record<string, string>> = {
  message: 'message content',
  access: 'who accessed it',
  identifiers: 'identifiers',
  error: 'errors',
  admin: 'administrator actions',
  none: 'nothing',
};

export const authentications: Readonly<Record<string, string>> = {
  mtls: 'mutual TLS (client certificates)',
  oauth2: 'OAuth 2.0 with a signed client assertion',
  'nhs-cis2': 'NHS Care Identity Service 2',
  'api-key': 'an API key',
  basic: 'a user name and password',
  'mesh-mailbox': 'MESH mailbox certificate',
  'network-only': 'network location only',
  none: 'none',
};

export const userAuthentications: Readonly<Record<string, string>> = {
  'nhs-cis2': 'NHS Care Identity Service 2 (smartcard or other authenticator)',
  smartcard: 'NHS smartcard',
  'single-sign-on': 'the organisation’s single sign-on',
  'local-account': 'a personal account in the system',
  'shared-account': 'a shared account',
  none: 'no sign-in',
  'not-applicable': 'no person sees the data',
};

export const consumerUses: Readonly<Record<ConsumerUse, string>> = {
  'direct-care-decisions': 'direct care: clinicians act on it',
  'direct-care-information': 'direct care: shown for information',
  administration: 'administration',
  planning: 'planning',
  research: 'research',
  commissioning: 'commissioning',
  billing: 'billing',
  other: 'another purpose',
};

export const subjects: Readonly<Record<string, string>> = {
  patients: 'patients',
  children: 'children',
  maternity: 'maternity patients and babies',
  'mental-health': 'mental health patients',
  staff: 'staff',
  carers: 'carers',
  public: 'members of the public',
};

export function subjectWords(i: Integration): string {
  return i.data.subjects.length > 0 ? i.data.subjects.map((s) => subjects[s] ?? s).join(', ') : dash;
}

/** A record type id as its title in the retention catalogue or the organisation's own types. */
export function recordTypeTitle(id: string, config: Config): string {
  if (id === 'none') return 'no copy kept';
  const local = config.retention.recordTypes.find((t) => t.id === id);
  if (local) return local.title;
  return (
    retentionCatalogue.find((t) => t.id === id)?.title ?? `a record type the catalogue does not know (${id})`
  );
}

/** The minimum period of a record type in words, when the catalogue gives one. */
export function recordTypeMinimum(id: string, config: Config): string | undefined {
  const local = config.retention.recordTypes.find((t) => t.id === id);
  if (local) return undefined;
  return retentionCatalogue.find((t) => t.id === id)?.minimum.text;
}

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
