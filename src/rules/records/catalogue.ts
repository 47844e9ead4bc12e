import { retentionCatalogue } from '../../catalogue/retention.js';
import type { RetentionType } from '../../catalogue/retention-types.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Config, SourceIndex } from '../../model/estate.js';
import { recordsCodes } from './codes.js';
import type { Comparable } from './period.js';
import { describePeriod, parseComparable, parsePeriod, shorterThan } from './period.js';

/** A longer local minimum the organisation set for a Code record type. */
export interface LocalMinimum {
  period: Comparable;
  iso: string;
  title: string;
  reference?: string;
}

/** The Code catalogue plus the organisation's local record types and longer local periods. */
export interface ResolvedCatalogue {
  readonly types: ReadonlyMap<string, RetentionType>;
  readonly localMinimums: ReadonlyMap<string, LocalMinimum>;
}

export function resolveCatalogue(
  config: Config,
  sources: SourceIndex,
  report: (d: Diagnostic) => void,
): ResolvedCatalogue {
  const types = new Map<string, RetentionType>(retentionCatalogue.map((t) => [t.id, t]));
  const localMinimums = new Map<string, LocalMinimum>();
  const seen = new Set<string>();
  config.retention.recordTypes.forEach((local, i) => {
    const at = (field: string) => sources.config(`/retention/recordTypes/${i}${field}`);
    if (seen.has(local.id)) {
      report(recordsCodes['retention-config-duplicate'].at(at('/id'), local.id));
      return;
    }
    seen.add(local.id);
    // The config loader has checked the duration already.
    const period = parsePeriod(local.minimum);
    if (!period) return;
    const codeType = types.get(local.id);
    if (codeType && codeType.origin === 'code') {
      const codeMinimum = parseComparable(codeType.minimum.comparable);
      if (codeMinimum && shorterThan(period, codeMinimum)) {
        report(
          recordsCodes['retention-config-too-short'].at(
            at('/minimum'),
            local.id,
            local.minimum,
            describePeriod(codeMinimum),
          ),
        );
        return;
      }
      const entry: LocalMinimum = { period, iso: local.minimum, title: local.title };
      if (local.reference) entry.reference = local.reference;
      localMinimums.set(local.id, entry);
      return;
    }
    types.set(local.id, {
      id: local.id,
      title: local.title,
      kind: 'other',
      minimum: { text: describePeriod(period), confidence: 'confirmed', comparable: local.minimum },
      trigger: { text: local.trigger, confidence: 'confirmed' },
      caveats: [],
      reference: local.reference ?? `${config.organisation.name} local records policy`,
      sources: [],
      origin: 'local',
    });
  });
  return { types, localMinimums };
}

/** Catalogue ids an integration may name in retention.record, for messages. */
export function knownRecordTypes(catalogue: ResolvedCatalogue): string {
  return [...catalogue.types.values()]
    .filter((t) => t.kind === 'clinical' || t.kind === 'other')
    .map((t) => t.id)
    .join(', ');
}
