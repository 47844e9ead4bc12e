import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Estate } from '../../src/model/estate.js';
import { makeSourceIndex } from '../../src/model/estate.js';
import { createTemplateEngine } from '../../src/emit/templates.js';
import type { EmitContext } from '../../src/emit/types.js';

/** An emit context for one emitter, as generate() builds it, with the diagnostics it reports. */
export function emitContext(estate: Estate, asOf = '2026-11-25'): EmitContext & { reported: Diagnostic[] } {
  const reported: Diagnostic[] = [];
  const report = (d: Diagnostic) => reported.push(d);
  return {
    estate,
    analysis: {},
    sources: makeSourceIndex(new Map(), undefined, 'govspec.config.yaml'),
    build: {
      date: asOf,
      timestamp: new Date(`${asOf}T09:30:00Z`),
      commit: '0123456789abcdef0123456789abcdef01234567',
      dirty: false,
      govspecVersion: '0.1.0',
    },
    templates: createTemplateEngine(undefined, report),
    asOf,
    services: {},
    report,
    reported,
  };
}
