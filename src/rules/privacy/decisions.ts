import type { Integration, SourceIndex } from '../../model/estate.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { privacyCodes } from './codes.js';
import { overallRisk } from './scoring.js';
import type { PrivacyDecision, PrivacyRisk } from './types.js';

/**
 * Attach the IG decisions written in the spec (privacyRisks) to the derived risks, add local
 * risks, and report decisions that name no risk or a risk no rule raises.
 */
export function applyDecisions(
  i: Integration,
  derived: PrivacyRisk[],
  sources: SourceIndex,
  report: (d: Diagnostic) => void,
): PrivacyRisk[] {
  const byId = new Map(derived.map((r) => [r.id, r]));
  const local: PrivacyRisk[] = [];
  i.privacyRisks.forEach((written, index) => {
    const pointer = `/privacyRisks/${index}`;
    const decision: PrivacyDecision = {
      ...written,
      location: sources.specKey(i.id, pointer),
      complete: written.effect !== undefined && written.residual !== undefined,
    };
    if (written.residual === 'high') {
      report(
        privacyCodes['privacy-residual-high'].at(
          sources.specKey(i.id, `${pointer}/residual`),
          written.derived ?? written.local?.id ?? `entry ${index + 1}`,
        ),
      );
    }
    if (written.derived !== undefined) {
      const risk = byId.get(written.derived);
      if (!risk) {
        const known = derived.length > 0 ? ` (it raises ${derived.map((r) => r.id).join(', ')})` : '';
        report(
          privacyCodes['privacy-decision-unmatched'].at(
            sources.specKey(i.id, `${pointer}/derived`),
            written.derived,
            known,
          ),
        );
      } else if (!risk.decision) {
        risk.decision = decision;
      }
      return;
    }
    if (written.local) {
      const l = written.local;
      const likelihood = l.likelihood ?? 'possible';
      const severity = l.severity ?? 'significant';
      local.push({
        id: l.id,
        kind: 'local',
        integration: i.id,
        title: l.title,
        source: l.title,
        likelihood,
        severity,
        overall: overallRisk(likelihood, severity),
        suggested: [],
        pointer: `${pointer}/local`,
        location: sources.specKey(i.id, `${pointer}/local`),
        decision,
      });
      return;
    }
    report(privacyCodes['privacy-decision-no-subject'].at(decision.location));
  });
  return [...derived, ...local];
}
