import type { Config, Integration } from '../model/estate.js';
import type { PersonConfig, WrittenOwner } from '../model/written.js';
import { aspectById } from './aspects.js';
import type { IntegrationDiff, Person, Role } from './types.js';
import { roleOrder } from './types.js';

/** Roles a change needs: from the aspects of its fields and the findings it moves. */
export function rolesFor(diff: Pick<IntegrationDiff, 'change' | 'fields' | 'hazards' | 'privacy'>): Role[] {
  const roles = new Set<Role>();
  // A new or deleted integration is a new or ended data flow and clinical system: everyone signs.
  if (diff.change === 'added' || diff.change === 'removed') roleOrder.forEach((r) => roles.add(r));
  for (const f of diff.fields) aspectById(f.aspect).roles.forEach((r) => roles.add(r));
  if (diff.hazards.length > 0) roles.add('cso');
  if (diff.privacy.length > 0) {
    roles.add('caldicott');
    roles.add('dpo');
  }
  return roleOrder.filter((r) => roles.has(r));
}

const configPerson: Record<Exclude<Role, 'owner'>, (c: Config) => PersonConfig | undefined> = {
  cso: (c) => c.organisation.cso,
  caldicott: (c) => c.organisation.caldicottGuardian,
  dpo: (c) => c.organisation.dpo,
};

/** A reviewer handle: the recorded code-host handle, else an email contact (CODEOWNERS accepts both). */
export function handleOf(p: Pick<WrittenOwner, 'handle' | 'contact'> | undefined): string | undefined {
  if (p?.handle) return p.handle;
  return p?.contact && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.contact) ? p.contact : undefined;
}

/**
 * People to ask, one entry per person and role, with the integrations each must review. The
 * organisation roles come from the head config (the base config when the head has none); the
 * service owner is the spec's owner at the head, and also the previous owner when it changed.
 */
export function assignReviewers(
  diffs: readonly IntegrationDiff[],
  config: Config | undefined,
  owners: (id: string) => Array<Integration['owner']>,
): Person[] {
  const people = new Map<string, Person>();
  const add = (role: Role, who: PersonConfig | WrittenOwner | undefined, integration: string) => {
    const handle = handleOf(who);
    const key = `${role}\0${who?.name ?? ''}\0${handle ?? ''}`;
    let p = people.get(key);
    if (!p) {
      p = { role, integrations: [] };
      if (who?.name) p.name = who.name;
      if (handle) p.handle = handle;
      people.set(key, p);
    }
    if (!p.integrations.includes(integration)) p.integrations.push(integration);
  };
  for (const d of diffs) {
    for (const role of d.reviewers) {
      if (role !== 'owner') {
        add(role, config ? configPerson[role](config) : undefined, d.id);
        continue;
      }
      const named = owners(d.id).filter((o): o is WrittenOwner => o !== undefined);
      if (named.length === 0) add('owner', undefined, d.id);
      for (const o of named) add('owner', o, d.id);
    }
  }
  return [...people.values()].sort(
    (a, b) =>
      roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) ||
      (a.name ?? '').localeCompare(b.name ?? '') ||
      (a.handle ?? '').localeCompare(b.handle ?? ''),
  );
}
