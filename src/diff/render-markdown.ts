import { html as escapeHtml, md as escapeMd } from '../emit/escape.js';
import { aspectById } from './aspects.js';
import type { FindingChange, GovernanceDiff, IntegrationDiff, Person, RevisionLabel, Role } from './types.js';
import { roleShort, roleTitles } from './types.js';

/**
 * Spec text in a pull-request comment: escaped, and with every "@name" broken by a zero-width
 * space so that text written in a spec never notifies anyone. Only the reviewers' handles
 * (validated as handles by the schema) are written as mentions, on purpose.
 */
export function noMentions(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9_.+-])@(?=[A-Za-z0-9])/g, '$1@&#8203;');
}
const md = (text: unknown) => noMentions(escapeMd(text));
const html = (text: unknown) => noMentions(escapeHtml(text));

/** Marker CI uses to find and update its own comment instead of adding a new one each push. */
export const commentMarker = '<!-- govspec-diff -->';

const maxValue = 300;

function value(text: string | undefined): string {
  if (text === undefined) return '';
  return md(text.length > maxValue ? `${text.slice(0, maxValue - 1)}…` : text);
}

function roles(list: readonly Role[], short = false): string {
  return list.length === 0 ? 'none' : list.map((r) => (short ? roleShort[r] : roleTitles[r])).join(', ');
}

function rev(l: RevisionLabel): string {
  const commit = l.commit ? `\`${l.commit.slice(0, 12)}\`` : '';
  const name = md(l.ref);
  return commit ? `${commit} (${name})` : name;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line: what changed, how many decisions are missing, who must review. */
export function summaryLine(diff: GovernanceDiff): string {
  if (diff.integrations.length === 0 && diff.dspt.length === 0) return 'Governance change: none';
  const kinds = (['added', 'changed', 'retired', 'removed'] as const)
    .map((k) => [k, diff.integrations.filter((i) => i.change === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  const parts = [`${count(diff.integrations.length, 'integration')} (${kinds.join(', ')})`];
  if (diff.dspt.length) parts.push(`${count(diff.dspt.length, 'DSPT outcome')} changed`);
  parts.push(
    diff.required.length ? `**${count(diff.required.length, 'decision')} required**` : 'no decisions missing',
  );
  const needed = [...new Set(diff.reviewers.map((p) => p.role))];
  parts.push(`review: ${roles(needed)}`);
  return `Governance change: ${parts.join(' · ')}`;
}

/** Markdown for a pull-request comment. All spec text is escaped. */
export function renderMarkdown(diff: GovernanceDiff): string {
  const out: string[] = [`### ${summaryLine(diff)}`, ''];
  const base = diff.base.hasConfig ? rev(diff.base) : `${rev(diff.base)}, which has no govspec config`;
  out.push(`Compared ${base} with ${rev(diff.head)}.`, '');
  if (diff.integrations.length === 0 && diff.dspt.length === 0) out.push('No governance change.', '');

  if (diff.required.length) {
    out.push('**Decisions required before merging**', '');
    for (const r of diff.required)
      out.push(`- [ ] **${md(r.integration)}** (${roleTitles[r.role]}): ${md(r.message)}`);
    out.push('');
  }
  if (diff.integrations.length) {
    out.push('| Integration | Change | Version | Review |', '| --- | --- | --- | --- |');
    for (const i of diff.integrations)
      out.push(`| ${md(i.id)} | ${i.change} | ${versionText(i)} | ${roles(i.reviewers, true)} |`);
    out.push('');
    for (const i of diff.integrations) out.push(...details(i, diff));
  }
  if (diff.dspt.length) {
    out.push(
      '**DSPT outcomes whose evidence status changed**',
      '',
      '| Outcome | Title | Before | After |',
      '| --- | --- | --- | --- |',
    );
    for (const c of diff.dspt)
      out.push(
        `| ${md(c.outcome)} | ${value(c.title)} | ${value(c.before ?? 'not assessed')} | ${value(c.after ?? 'not assessed')} |`,
      );
    out.push('');
  }
  if (diff.reviewers.length) {
    out.push('**Reviewers**', '');
    for (const p of diff.reviewers) out.push(`- ${personText(p)}: ${p.integrations.map(md).join(', ')}`);
    out.push('');
  }
  if (diff.moved.length) {
    out.push('Moved or renamed with no governance change:', '');
    for (const m of diff.moved) out.push(`- ${md(m.id)}: ${md(m.from)} → ${md(m.to)}`);
    out.push('');
  }
  out.push(commentMarker, '');
  return out.join('\n');
}

function versionText(i: IntegrationDiff): string {
  const { before, after } = i.version;
  if (before && after) return before === after ? `${md(after)} (not raised)` : `${md(before)} → ${md(after)}`;
  return md(after ?? before ?? '');
}

function details(i: IntegrationDiff, diff: GovernanceDiff): string[] {
  const { before, after } = i.version;
  const version =
    before && after
      ? before === after
        ? `${after}, version not raised`
        : `${before} → ${after}`
      : (after ?? before ?? '');
  const head = `<strong>${html(i.id)}</strong> ${html(i.title)}: ${i.change}, ${html(version)} (review: ${html(roles(i.reviewers))})`;
  const out = ['<details>', `<summary>${head}</summary>`, ''];
  if (i.file.before && i.file.after && i.file.before !== i.file.after)
    out.push(`Spec file moved: ${md(i.file.before)} → ${md(i.file.after)}`, '');
  else out.push(`Spec file: ${md(i.file.after ?? i.file.before)}`, '');
  if (i.change === 'removed')
    out.push(
      'The spec was deleted. Retire an integration with status: retired instead, so its hazards and records stay on file.',
      '',
    );
  if (i.fields.length) {
    out.push('| What | Field | Before | After | Review |', '| --- | --- | --- | --- | --- |');
    for (const f of i.fields) {
      const a = aspectById(f.aspect);
      out.push(
        `| ${a.title} | ${md(f.field)} | ${value(f.before)} | ${value(f.after)} | ${roles(a.roles, true)} |`,
      );
    }
    out.push('');
  }
  if (diff.sections.hazards && i.hazards.length) out.push(...findings('Hazards', i.hazards));
  if (diff.sections.privacy && i.privacy.length) out.push(...findings('Privacy risks', i.privacy));
  for (const r of i.required) out.push(`- **Required** (${roleTitles[r.role]}): ${md(r.message)}`);
  if (i.required.length) out.push('');
  out.push('</details>', '');
  return out;
}

function findings(title: string, list: readonly FindingChange[]): string[] {
  const out = [`**${title}**`, '', '| Change | Finding | Before | After |', '| --- | --- | --- | --- |'];
  for (const c of list) out.push(`| ${c.kind} | ${md(c.title)} | ${value(c.before)} | ${value(c.after)} |`);
  out.push('');
  return out;
}

function personText(p: Person): string {
  const missing = p.role === 'owner' ? '*no owner in the spec*' : '*not named in govspec.config.yaml*';
  const who = p.name ? md(p.name) : missing;
  return `${roleTitles[p.role]}: ${who}${p.handle ? ` (${escapeMd(p.handle)})` : ''}`;
}
