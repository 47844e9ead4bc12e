import type { OutputFile } from '../types.js';
import type { EvidenceMap, OutcomeResult } from '../../rules/evidence/index.js';
import type { Citation, OutcomeStatus } from '../../rules/evidence/outcome.js';

/** Where cited artefacts sit inside the bundle. */
export const artefactFolder = 'artefacts';
/** Where the repository's own files (specs, config, cited documents) sit inside the bundle. */
export const sourceFolder = 'sources';

export interface CitedFile {
  /** Path inside the bundle. */
  path: string;
  /** Path in the build output it was taken from. */
  source: string;
  label: string;
  /** The citation it answers ('privacy/', 'estate.md'), to group files in the index. */
  citation: string;
}

/** An outcome as the pack presents it: the assessment, with citations resolved to real files. */
export interface BundledOutcome extends OutcomeResult {
  status: OutcomeStatus;
  files: CitedFile[];
  reason?: string;
}

function matches(citation: Citation, path: string): boolean {
  return citation.path.endsWith('/') ? path.startsWith(citation.path) : path === citation.path;
}

/**
 * Resolve each outcome's citations against the files this build produced. An outcome that claims
 * evidence but whose cited artefacts were not generated is 'none', with the reason: a pack never
 * points an auditor at a file it does not contain.
 */
export function resolveCitations(evidence: EvidenceMap, files: readonly OutputFile[]): BundledOutcome[] {
  const paths = files.map((f) => f.path).sort();
  return evidence.outcomes.map((result) => {
    const a = result.assessment;
    const cited: CitedFile[] = [];
    for (const c of a.cites) {
      for (const p of paths.filter((path) => matches(c, path))) {
        if (!cited.some((f) => f.source === p))
          cited.push({ path: `${artefactFolder}/${p}`, source: p, label: c.label, citation: c.path });
      }
    }
    const out: BundledOutcome = { ...result, status: a.status, files: cited };
    if (a.reason) out.reason = a.reason;
    if (a.status !== 'none' && cited.length === 0) {
      out.status = 'none';
      out.reason = `the cited artefacts (${a.cites.map((c) => c.label).join(', ')}) were not generated in this build`;
    }
    return out;
  });
}
