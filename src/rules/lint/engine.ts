import type { Diagnostic } from '../../core/diagnostics.js';
import type { Estate, SourceIndex } from '../../model/estate.js';
import { lintRules } from './index.js';

/** Run every lint rule on every integration; place each report at its spec key. */
export function runLint(estate: Estate, sources: SourceIndex, asOf: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ctx = { estate, asOf };
  for (const integration of estate.integrations) {
    for (const rule of lintRules) {
      for (const r of rule.check(integration, ctx)) {
        const location =
          r.pointer === ''
            ? sources.specKey(integration.id, '/status')
            : sources.specKey(integration.id, r.pointer);
        const d = rule.code.at(location, ...r.args);
        d.pointer = r.pointer;
        out.push(d);
      }
    }
  }
  return out;
}
