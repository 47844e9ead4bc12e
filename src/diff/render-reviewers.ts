import type { GovernanceDiff, Person } from './types.js';
import { roleTitles } from './types.js';

const configKey = {
  cso: 'organisation.cso',
  caldicott: 'organisation.caldicottGuardian',
  dpo: 'organisation.dpo',
};

function missingHandle(p: Person): string {
  const where =
    p.role === 'owner' ? 'owner.handle in the spec' : `${configKey[p.role]}.handle in govspec.config.yaml`;
  return `${roleTitles[p.role]}${p.name ? ` ${p.name}` : ''} has no handle: set ${where}`;
}

/**
 * CODEOWNERS-style lines: each changed spec file (repository path) with the handles that must
 * review it. Reviewers without a handle are listed in a comment, so the gap is visible.
 */
export function renderCodeowners(diff: GovernanceDiff, prefix: string): string {
  const lines: string[] = [];
  for (const i of diff.integrations) {
    const file = i.file.after ?? i.file.before;
    if (!file || i.reviewers.length === 0) continue;
    const people = diff.reviewers.filter((p) => p.integrations.includes(i.id));
    const handles = [...new Set(people.flatMap((p) => (p.handle ? [p.handle] : [])))];
    const path = `/${prefix}${file}`.replace(/ /g, '\\ ');
    if (handles.length) lines.push(`${path} ${handles.join(' ')}`);
    for (const p of people.filter((q) => !q.handle)) lines.push(`# ${path}: ${missingHandle(p)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * Code-host handles to request reviews from, one per line without the leading @ (the form the
 * GitHub and GitLab review APIs take). Email contacts are not handles and are left out.
 */
export function renderHandles(diff: GovernanceDiff): { text: string; missing: string[] } {
  const handles = new Set<string>();
  const missing: string[] = [];
  for (const p of diff.reviewers) {
    if (p.handle?.startsWith('@')) handles.add(p.handle.slice(1));
    else missing.push(missingHandle(p));
  }
  const list = [...handles].sort();
  return { text: list.length ? `${list.join('\n')}\n` : '', missing: [...new Set(missing)] };
}
