import type { AnalyzeContext } from '../analysis.js';
import { clinicalCodes } from './codes.js';
import type { Hazard } from './types.js';

const url = /^https?:\/\/\S+$/i;

/** Evidence is a URL or a file in the repository; a path that does not exist is a finding, not a guess. */
export function checkEvidence(ctx: AnalyzeContext, hazards: readonly Hazard[]): void {
  for (const h of hazards) {
    if (!h.decisionPointer) continue;
    h.controls.forEach((c, index) => {
      if (c.evidence === undefined || url.test(c.evidence)) return;
      if (repositoryFile(ctx, c.evidence)) return;
      const at = ctx.sources.spec(h.integration, `${h.decisionPointer}/controls/${index}/evidence`);
      ctx.report(clinicalCodes['hazard-evidence-missing'].at(at, h.number, c.evidence));
    });
  }
}

function repositoryFile(ctx: AnalyzeContext, path: string): boolean {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/#.*$/, '');
  if (clean === '' || clean.startsWith('/') || /^[a-z]:/i.test(clean)) return false;
  if (clean.split('/').some((seg) => seg === '..')) return false;
  return ctx.fileExists(clean);
}
