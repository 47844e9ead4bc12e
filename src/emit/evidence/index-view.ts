import { auditListFor } from '../../catalogue/dspt.js';
import type { DsptConfidence, DsptEdition } from '../../catalogue/dspt-types.js';
import { dsptConfirmPhrase, isConfirmed } from '../../catalogue/dspt-types.js';
import type { CitedFile, BundledOutcome } from './resolve.js';
import { sourceFolder } from './resolve.js';
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
  gaps: Array<{ subject: string; title: string; items: GapItem[] }>;
  /** Every file of the pack, grouped by folder, each group with an anchor id. */
  fileGroups: Array<{ id: string; title: string; files: Array<{ path: string; label: string }> }>;
  specs: Array<{ id: string; version: string; status: string; file: string }>;
  /** Files the artefacts cite that the pack does not hold, and why: gaps like any other. */
  missingFiles: MissingFile[];
}

/** One line of an integration's gaps: an outcome's blanks, or the cited files the pack lacks. */
export interface GapItem {
  outcome: string;
  /** Anchor to link the line to; the outcome's own when absent. */
  anchor?: string;
  missing: string[];
}

export interface MissingFile {
  source: string;
  label: string;
  subjects: string[];
  reason: string;
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
  /** The cited files by citation: the few an auditor opens first, and how many more there are. */
  evidence: EvidenceGroup[];
  gaps: Gap[];
  reason?: string;
}

export interface EvidenceGroup {
  label: string;
  shown: CitedFile[];
  more: number;
  /** Anchor of the files section that lists them all. */
  anchor: string;
}

/** How many files of one citation an outcome row shows before "and N more". */
const shownPerCitation = 4;

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
  missingFiles: readonly MissingFile[] = [],
): IndexView {
  const counts = { evidenced: 0, partial: 0, none: 0, listed: outcomes.length };
  for (const o of outcomes) counts[o.status] += 1;
  const audit = auditListFor(edition, estate.config.dspt.auditScope);
  const auditConfidence = confidenceNote(audit.confidence);
  return {
    organisation: estate.config.organisation.name,
    ods: estate.config.organisation.ods,
    edition,
    baseline: withNote(edition.baseline.text, confidenceNote(edition.baseline.confidence)),
    auditNote: withNote(
      [
        `Mandatory for independent audit in this edition (${audit.appliesTo}): ${audit.outcomes.join(', ')}.`,
        audit.note ?? '',
        `Source: ${audit.source}.`,
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
    gaps: gapsBySubject(outcomes, missingFiles, estate),
    fileGroups: groupFiles(files),
    specs: estate.integrations.map((i) => ({ id: i.id, version: i.version, status: i.status, file: i.file })),
    missingFiles: [...missingFiles],
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
    evidence: evidenceGroups(r.files),
    gaps: r.assessment.gaps,
  };
  if (note) view.titleNote = note;
  if (r.audit) view.audit = r.audit === 'mandatory' ? 'Mandatory audit' : 'Chosen for audit';
  if (r.reason) view.reason = r.reason;
  return view;
}

/** The blanks integration by integration: next quarter's roadmap, as an auditor would ask for it. */
function gapsBySubject(
  outcomes: readonly BundledOutcome[],
  missingFiles: readonly MissingFile[],
  estate: Estate,
): IndexView['gaps'] {
  const by = new Map<string, IndexView['gaps'][number]>();
  const entryOf = (subject: string, title: string) => {
    let entry = by.get(subject);
    if (!entry) by.set(subject, (entry = { subject, title, items: [] }));
    return entry;
  };
  for (const o of outcomes)
    for (const g of o.assessment.gaps)
      entryOf(g.subject, g.title).items.push({ outcome: o.outcome.id, missing: g.missing });
  const titles = new Map(estate.integrations.map((i) => [i.id, i.title]));
  for (const m of missingFiles)
    for (const subject of m.subjects) {
      const title =
        subject === 'organisation' ? estate.config.organisation.name : (titles.get(subject) ?? subject);
      const entry = entryOf(subject, title);
      let item = entry.items.find((i) => i.anchor === 'missing-files');
      if (!item)
        entry.items.push(
          (item = { outcome: 'Cited files not in this pack', anchor: 'missing-files', missing: [] }),
        );
      item.missing.push(`${m.source} (${m.label}: ${m.reason})`);
    }
  return [...by.values()].sort((a, b) =>
    a.subject === 'organisation' ? -1 : b.subject === 'organisation' ? 1 : a.subject < b.subject ? -1 : 1,
  );
}

function withNote(text: string, note: string | undefined): string {
  return note ? `${text} (${note})` : text;
}

const preferred = ['.md', '.xlsx', '.docx', '.csv', '.html', '.json'];
const rank = (f: CitedFile): [number, number, string] => {
  const ext = f.source.slice(f.source.lastIndexOf('.'));
  const i = preferred.indexOf(ext);
  return [f.source.split('/').length, i < 0 ? preferred.length : i, f.source];
};

/**
 * One group per kind of evidence (its label): documents before data, top-level files before per-integration ones, so
 * a folder of a hundred files shows its register and summary, then "and 96 more".
 */
export function evidenceGroups(files: readonly CitedFile[]): EvidenceGroup[] {
  const by = new Map<string, CitedFile[]>();
  for (const f of files) by.set(f.label, [...(by.get(f.label) ?? []), f]);
  return [...by.values()].map((group) => {
    const sorted = [...group].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
    });
    return {
      label: group[0]!.label,
      shown: sorted.slice(0, shownPerCitation),
      more: Math.max(0, sorted.length - shownPerCitation),
      anchor: fileGroupId(group[0]!.path),
    };
  });
}

/** Files of the pack by folder: the pack's own files, then each artefact folder. */
function groupFiles(files: ReadonlyArray<{ path: string; label: string }>): IndexView['fileGroups'] {
  const groups = new Map<string, IndexView['fileGroups'][number]>();
  for (const f of files) {
    const id = fileGroupId(f.path);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, title: groupTitle(f.path), files: [] }));
    g.files.push(f);
  }
  return [...groups.values()];
}

function fileGroupId(path: string): string {
  const parts = path.split('/');
  if (parts[0] === sourceFolder) return 'files-sources';
  if (parts[0] !== 'artefacts') return 'files-pack';
  return parts.length > 2 ? `files-${parts[1]}` : 'files-artefacts';
}

function groupTitle(path: string): string {
  const parts = path.split('/');
  if (parts[0] === sourceFolder)
    return 'From the repository: the specs, the configuration and the documents they cite';
  if (parts[0] !== 'artefacts') return 'This pack';
  return parts.length > 2 ? `${parts[1]}/` : 'Estate';
}
