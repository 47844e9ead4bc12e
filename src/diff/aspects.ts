import type { Role } from './types.js';

/**
 * Kinds of governance fact in a spec and who must review a change to each. A field belongs to
 * the aspect with the longest matching path prefix; a field no aspect names falls to `other`
 * (reviewed by the service owner), so a new spec field is never silently ignored.
 */
export interface Aspect {
  id: string;
  title: string;
  roles: Role[];
  /** Spec paths (dot-separated keys) this aspect covers. */
  paths: string[];
}

const privacy: Role[] = ['caldicott', 'dpo'];

export const aspects: readonly Aspect[] = [
  { id: 'data', title: 'Data items and classes', roles: privacy, paths: ['data'] },
  { id: 'purpose', title: 'Purpose', roles: privacy, paths: ['purpose'] },
  { id: 'lawful-basis', title: 'Lawful basis', roles: privacy, paths: ['lawfulBasis'] },
  { id: 'opt-out', title: 'National data opt-out', roles: privacy, paths: ['lawfulBasis.optOut'] },
  { id: 'retention', title: 'Retention and audit logs', roles: privacy, paths: ['retention', 'audit'] },
  {
    id: 'sharing',
    title: 'Parties, processors and transfers',
    roles: privacy,
    paths: ['source', 'target', 'processors', 'transfers'],
  },
  {
    id: 'information-governance',
    title:
      'Benefits, transparency, rights, objection, sharing agreement, recipients, storage and user access',
    roles: privacy,
    paths: [
      'benefits',
      'transparency',
      'rights',
      'objection',
      'sharingAgreement',
      'recipients',
      'storage',
      'userAccess',
    ],
  },
  {
    id: 'security',
    title: 'Network, encryption and authentication',
    roles: ['dpo'],
    paths: ['transport.network', 'transport.encryption', 'transport.authentication'],
  },
  // Facts the clinical-safety rules derive hazards from.
  { id: 'identity', title: 'Patient identity', roles: ['cso'], paths: ['identity'] },
  { id: 'latency', title: 'Latency and consumers', roles: ['cso'], paths: ['latency', 'consumers'] },
  { id: 'transport', title: 'Transport and delivery', roles: ['cso'], paths: ['transport'] },
  {
    id: 'interface',
    title: 'Protocol, mapping and error handling',
    roles: ['cso'],
    paths: ['protocol', 'mapping', 'errors', 'data.attachments'],
  },
  { id: 'hazard-decisions', title: 'Hazard decisions', roles: ['cso'], paths: ['hazards'] },
  { id: 'privacy-decisions', title: 'Privacy risk decisions', roles: privacy, paths: ['privacyRisks'] },
  { id: 'status', title: 'Status', roles: ['owner', 'cso'], paths: ['status', 'endOfLife'] },
  {
    id: 'ownership',
    title: 'Ownership, SLA and support',
    roles: ['owner'],
    paths: ['owner', 'sla', 'runbook', 'monitoring', 'review', 'engine'],
  },
  // Words only: shown, but they need no sign-off and no version bump.
  {
    id: 'wording',
    title: 'Title, description and tags',
    roles: [],
    paths: ['title', 'description', 'tags', 'examples'],
  },
];

export const otherAspect: Aspect = { id: 'other', title: 'Other fields', roles: ['owner'], paths: [] };

/** Fields that identify the spec rather than describe the integration. */
export const identityKeys: ReadonlySet<string> = new Set(['govspec', 'id', 'version', 'file']);

const byId = new Map([...aspects, otherAspect].map((a) => [a.id, a]));

export function aspectById(id: string): Aspect {
  return byId.get(id) ?? otherAspect;
}

/** The aspect of a field given as path segments (list keys already removed). */
export function aspectOf(keys: readonly string[]): Aspect {
  let best: Aspect = otherAspect;
  let bestLength = 0;
  for (const a of aspects) {
    for (const p of a.paths) {
      const parts = p.split('.');
      if (parts.length > bestLength && parts.every((k, i) => keys[i] === k)) {
        best = a;
        bestLength = parts.length;
      }
    }
  }
  return best;
}

/** True when a change to this aspect is a governance change (needs review and a version bump). */
export function isGovernance(aspect: Aspect): boolean {
  return aspect.roles.length > 0;
}
