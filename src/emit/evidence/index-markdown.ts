import { md } from '../escape.js';
import type { TemplateEngine } from '../templates.js';
import { Trusted } from '../templates.js';
import type { IndexView } from './index-view.js';

/** The pack's index as Markdown (the same content as index.html), from templates/evidence/index.hbs. */
export function renderIndexMarkdown(v: IndexView, templates: TemplateEngine): string | undefined {
  const outcomes = v.objectives.flatMap((o) => o.outcomes);
  return templates.render('evidence/index', {
    organisation: v.organisation,
    ods: v.ods,
    editionTitle: v.edition.title,
    editionId: v.edition.id,
    commit: v.build.commit,
    dirty: v.build.dirty,
    date: v.build.date,
    version: v.build.version,
    listed: v.counts.listed,
    outcomeCount: v.edition.outcomeCount,
    evidenced: v.counts.evidenced,
    partial: v.counts.partial,
    none: v.counts.none,
    outcomes: outcomes.map((o) => ({
      ...o,
      links: o.evidence.flatMap((g) => [
        ...g.shown.map((f) => mdLink(f.source, f.path)),
        ...(g.more > 0 ? [new Trusted(`(and ${g.more} more in ${md(g.label)})`)] : []),
      ]),
      gaps: o.gaps.map((g) => ({ subject: g.subject, missing: g.missing.join('; ') })),
    })),
    gapsBySubject: v.gaps.map((g) => ({
      subject: g.subject === g.title ? g.subject : `${g.subject} (${g.title})`,
      items: g.items.map((i) => ({ outcome: i.outcome, missing: i.missing.join('; ') })),
    })),
    missingFiles: v.missingFiles.map((m) => ({
      ...m,
      citedBy: m.subjects.map((s) => (s === 'organisation' ? 'the configuration' : s)).join(', '),
    })),
    notes: [
      v.baseline,
      v.auditNote,
      ...(v.edition.deadline ? [`Deadline: ${v.edition.deadline}`] : []),
      ...v.edition.notes,
    ],
  });
}

/** A Markdown link to a file in the bundle; the target is percent-encoded so no path can break out of it. */
function mdLink(text: string, path: string): Trusted {
  const href = path
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
  return new Trusted(`[${md(text)}](${href})`);
}
