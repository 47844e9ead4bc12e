import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { compile, derive } from '../../src/pipeline/compile.js';

const repo = join(import.meta.dirname, '..', '..');

describe('positions after compile', () => {
  it('are the same when asked again after compile let them go', () => {
    const result = compile({ host: new FsHost(repo), asOf: '2026-12-01', readCommitted: () => undefined });
    const hazards = result.analysis.hazards?.hazards ?? [];
    expect(hazards.length).toBeGreaterThan(20);
    for (const h of hazards) {
      const { pointer, ...at } = h.source;
      expect(result.sources.specKey(h.integration, pointer), h.id).toEqual(at);
      if (h.decisionAt && h.decisionPointer)
        expect(result.sources.specKey(h.integration, h.decisionPointer), h.id).toEqual(h.decisionAt);
    }
    // A second pass over the same load (as a build makes) places every diagnostic as the first did.
    const spec = result.diagnostics.filter((d) => d.location?.file.startsWith('specs/'));
    expect(spec.length).toBeGreaterThan(5);
    const again = derive(result.loaded!, { asOf: '2026-12-01', readCommitted: () => undefined });
    expect(again.diagnostics).toEqual(result.diagnostics);
    expect(again.analysis.hazards?.hazards).toEqual(hazards);
  });
});
