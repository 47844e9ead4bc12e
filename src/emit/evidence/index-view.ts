import type { DsptConfidence, DsptEdition } from '../../catalogue/dspt-types.js';
import { dsptConfirmPhrase, isConfirmed } from '../../catalogue/dspt-types.js';
import type { CitedFile, BundledOutcome } from '../../evidence/resolve.js';
import type { Estate } from '../../model/estate.js';
import type { Gap, OutcomeStatus } from '../../rules/evidence/outcome.js';
import type { BuildInfo } from '../types.js';

/** Everything the pack's index says, computed once so index.html and index.md always agree. */
export interface IndexView {
  organisation: string;
  ods: string;
  edition: DsptEdition;
  baseline: string;
  auditNote: string;
  build: { date: string; commit: string; dirty: boolean; version: string };
  counts: Record<OutcomeStatus, number> & { listed: number };
  objectives: Array<{ id: string; title: string; outcomes: OutcomeView[] }>;
  gaps: Array<{ subject: string; title: string; items: Array<{ outcome: string; missing: string[] }> }>;
  files: Array<{ path: string; label: string }>;
  specs: Array<{ id: string; version: string; status: string; file: string }>;
}

export interface OutcomeView {
  id: string;
  title: string;
  /** Shown beside titles that are not NHS England's own wording. */
  titleNote?: string;
  audit?: string;
  status: OutcomeStatus;
  statusLabel: string;
  basis: string;
  files: CitedFile[];
  gaps: Gap[];
  reason?: string;
}

export const statusLabels: Record<OutcomeStatus, string> = {
  evidenced: 'Evidenced',
  partial: 'Partial',
  none: 'No evidence',
};

export function confidenceNote(c: DsptConfidence): string | undefined {
  if (isConfirmed(c)) return undefined;
  return c === 'third-party'
    ? `wording from a third-party mapping: ${dsptConfirmPhrase}`
    : `not confirmed: ${dsptConfirmPhrase}`;
}

export function indexView(
  estate: Estate,
  edition: DsptEdition,
  outcomes: readonly BundledOutcome[],
  build: BuildInfo,
  files: Array<{ path: string; label: string }>,
): IndexView {
  const counts = { evidenced: 0, partial: 0, none: 0, listed: outcomes.length };
  for (const o of outcomes) counts[o.status] += 1;
  const auditConfidence = confidenceNote(edition.audit.confidence);
  return {
    organisation: estate.config.organisation.name,
    ods: estate.config.organisation.ods,
    edition,
    baseline: withNote(edition.baseline.text, confidenceNote(edition.baseline.confidence)),
    auditNote: withNote(
      [
        `Mandatory for independent audit in this edition: ${edition.audit.outcomes.join(', ')}.`,
        edition.audit.note ?? '',
      ]
        .join(' ')
        .trim(),
      auditConfidence ? `list ${auditConfidence}` : undefined,
    ),
    build: {
      date: build.date ?? 'not recorded',
      commit: build.commit ?? 'not recorded',
      dirty: build.dirty,
      version: build.govspecVersion,
    },
    counts,
    objectives: edition.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      outcomes: outcomes.filter((r) => r.outcome.id.startsWith(o.id)).map(outcomeView),
    })),
    gaps: gapsBySubject(outcomes),
    files,
    specs: estate.integrations.map((i) => ({ id: i.id, version: i.version, status: i.status, file: i.file })),
  };
}

function outcomeView(r: BundledOutcome): OutcomeView {
  const note = confidenceNote(r.outcome.confidence);
  const view: OutcomeView = {
    id: r.outcome.id,
    title: r.outcome.title,
    status: r.status,
    statusLabel: statusLabels[r.status],
    basis: r.assessment.basis,
    files: r.files,
    gaps: r.assessment.gaps,
  };
  if (note) view.titleNote = note;
  if (r.audit) view.audit = r.audit === 'mandatory' ? 'Mandatory audit' : 'Chosen for audit';
  if (r.reason) view.reason = r.reason;
  return view;
}

/** The blanks integration by integration: next quarter's roadmap, as an auditor would ask for it. */
function gapsBySubject(outcomes: readonly BundledOutcome[]): IndexView['gaps'] {
  const by = new Map<string, IndexView['gaps'][number]>();
  for (const o of outcomes) {
    for (const g of o.assessment.gaps) {
      let entry = by.get(g.subject);
      if (!entry) by.set(g.subject, (entry = { subject: g.subject, title: g.title, items: [] }));
      entry.items.push({ outcome: o.outcome.id, missing: g.missing });
    }
  }
  return [...by.values()].sort((a, b) =>
    a.subject === 'organisation' ? -1 : b.subject === 'organisation' ? 1 : a.subject < b.subject ? -1 : 1,
  );
}

function withNote(text: string, note: string | undefined): string {
  return note ? `${text} (${note})` : text;
}
