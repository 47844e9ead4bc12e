import { auditListFor, dsptEditions, findAuditable, findEdition } from '../catalogue/dspt.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceMap } from '../core/source-map.js';
import type { WrittenConfig } from '../model/written.js';
import { defaults } from '../model/normalise.js';
import { configCodes } from './config-codes.js';

/**
 * The config's DSPT settings, checked when the config loads: an unknown edition or outcome id is
 * a config error (the evidence pack would otherwise answer a question nobody asked). Any
 * contributing outcome of the edition may be chosen for audit, not only those govspec maps.
 */
export function dsptConfigDiagnostics(dspt: WrittenConfig['dspt'], map: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const id = dspt?.edition ?? defaults.dsptEdition;
  const edition = findEdition(id);
  if (!edition) {
    const known = dsptEditions.map((e) => e.id).join(', ');
    return [configCodes['evidence-edition-unknown'].at(map.value('/dspt/edition'), id, known)];
  }
  const chosen = dspt?.auditChoice ?? [];
  chosen.forEach((outcome, i) => {
    if (!findAuditable(edition, outcome)) {
      out.push(
        configCodes['evidence-outcome-unknown'].at(map.value(`/dspt/auditChoice/${i}`), outcome, edition.id),
      );
    }
  });
  // A config with no dspt block has not started on the audit: only a configured one is held to the count.
  const list = auditListFor(edition, dspt?.auditScope);
  if (dspt !== undefined && chosen.length !== list.choose) {
    const at = map.value(chosen.length > 0 ? '/dspt/auditChoice' : '/dspt');
    out.push(configCodes['evidence-audit-choice-count'].at(at, edition.id, list.choose, chosen.length));
  }
  return out;
}
