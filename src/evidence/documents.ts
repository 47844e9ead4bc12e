import { isUrl } from '../core/formats.js';
import type { BundledOutcome, CitedFile } from '../emit/evidence/resolve.js';
import type { Gap, RequiredDocument } from '../rules/evidence/outcome.js';
import { statusOf } from '../rules/evidence/outcome.js';
import { kindProblem } from './document-kinds.js';
import type { CarriedSource, MissingSource } from './sources.js';

const kindWords: Record<RequiredDocument['kind'], string> = {
  'response-plan': 'a response plan',
  procedure: 'an operating procedure',
};

/**
 * Outcomes that rest on documents (a runbook for D1.a) count an integration complete only when
 * its document is in the pack and reads as the kind the outcome needs; otherwise the integration
 * gets a blank saying why, and the outcome's status is worked out again from its blanks. The
 * documents that pass are cited by the outcome, so the index links to the pack's copy.
 */
export function applyDocuments(
  outcomes: readonly BundledOutcome[],
  carried: readonly CarriedSource[],
  missing: readonly MissingSource[],
): BundledOutcome[] {
  const bySource = new Map(carried.map((c) => [c.source, c]));
  const why = new Map(missing.map((m) => [m.source, m.reason]));
  return outcomes.map((o) => {
    const documents = o.assessment.documents ?? [];
    if (documents.length === 0) return o;
    const gaps: Gap[] = o.assessment.gaps.map((g) => ({ ...g, missing: [...g.missing] }));
    const files: CitedFile[] = [...o.files];
    for (const d of documents) {
      const copy = bySource.get(d.path);
      const problem = isUrl(d.path)
        ? 'it is a web address, so the pack cannot hold it (keep a copy in the repository)'
        : !copy
          ? (why.get(d.path) ?? 'no such file in the repository')
          : kindProblem(d.kind, copy.content);
      if (problem === undefined) {
        if (!files.some((f) => f.path === copy!.path))
          files.push({
            path: copy!.path,
            source: copy!.source,
            label: `${d.label}s`,
            citation: `documents:${d.label}`,
          });
        continue;
      }
      const blank = `${d.label} that reads as ${kindWords[d.kind]} (${d.path}: ${problem})`;
      const gap = gaps.find((g) => g.subject === d.subject);
      if (gap) gap.missing.push(blank);
      else gaps.push({ subject: d.subject, title: d.title, missing: [blank] });
    }
    // An outcome already without evidence (nothing in scope, artefacts not generated) stays so.
    if (o.status === 'none') return { ...o, assessment: { ...o.assessment, gaps }, files };
    const { status, reason } = statusOf(o.assessment.considered, gaps);
    const out: BundledOutcome = { ...o, assessment: { ...o.assessment, gaps, status }, files, status };
    if (reason) out.reason = out.assessment.reason = reason;
    else delete out.reason;
    return out;
  });
}
