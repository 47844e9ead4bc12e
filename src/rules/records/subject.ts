import type { RetentionType } from '../../catalogue/retention-types.js';
import type { SourceLocation } from '../../core/diagnostics.js';
import type { Integration, SourceIndex } from '../../model/estate.js';
import type { LocalMinimum, ResolvedCatalogue } from './catalogue.js';
import type { Comparable, Period } from './period.js';
import { longer, parseComparable, parsePeriod } from './period.js';

const identifiableClasses = new Set(['identifier', 'personal', 'health', 'special']);
const healthClasses = new Set(['health', 'special']);

/** What the retention rules need to know about one integration, worked out once. */
export interface RetentionSubject {
  readonly integration: Integration;
  readonly catalogue: ResolvedCatalogue;
  /** retention.record as written ('none' means the target keeps no copy). */
  readonly declaredRecord?: string;
  /** The catalogue entry retention.record names, when it names one. */
  readonly recordType?: RetentionType;
  /** A longer local minimum for that type from the organisation's config. */
  readonly configMinimum?: LocalMinimum;
  /** retention.localPeriod, when it parses. */
  readonly localPeriod?: Period;
  /** The longest of the Code minimum, the config minimum and the spec's local period. */
  readonly effectivePeriod?: Comparable;
  /** The minimum the record copy must meet: Code minimum lengthened by the config's local minimum. */
  readonly requiredMinimum?: Comparable;
  /** True unless every declared data item is operational, pseudonymised or anonymised. */
  readonly identifiable: boolean;
  /** Health or other special category items: the target keeps a clinical record. */
  readonly carriesHealthData: boolean;
  /** An engine sits in the flow and keeps a message store. */
  readonly hasEngine: boolean;
  /** Where a JSON pointer of the spec is, to point a diagnostic at. */
  at(pointer: string): SourceLocation;
}

export function retentionSubject(
  integration: Integration,
  catalogue: ResolvedCatalogue,
  sources: SourceIndex,
): RetentionSubject {
  const items = integration.data.items;
  const declaredRecord = integration.retention?.record;
  const recordType =
    declaredRecord && declaredRecord !== 'none' ? catalogue.types.get(declaredRecord) : undefined;
  const configMinimum = recordType ? catalogue.localMinimums.get(recordType.id) : undefined;
  const localText = integration.retention?.localPeriod;
  const localPeriod = localText === undefined ? undefined : parsePeriod(localText);
  const requiredMinimum = longer(parseComparable(recordType?.minimum.comparable), configMinimum?.period);
  const subject: RetentionSubject = {
    integration,
    catalogue,
    identifiable: items.length === 0 || items.some((i) => identifiableClasses.has(i.class)),
    carriesHealthData: items.some((i) => healthClasses.has(i.class)),
    hasEngine: integration.engine.kind !== 'none',
    at: (pointer) => sources.specKey(integration.id, pointer),
    ...(declaredRecord !== undefined ? { declaredRecord } : {}),
    ...(recordType ? { recordType } : {}),
    ...(configMinimum ? { configMinimum } : {}),
    ...(localPeriod ? { localPeriod } : {}),
    ...(requiredMinimum ? { requiredMinimum } : {}),
  };
  const effectivePeriod = longer(requiredMinimum, localPeriod);
  return effectivePeriod ? { ...subject, effectivePeriod } : subject;
}

const engineProducts: Record<string, string> = {
  mirth: 'Mirth Connect',
  rhapsody: 'Rhapsody',
  ensemble: 'InterSystems',
  cloverleaf: 'Cloverleaf',
  bespoke: 'Bespoke',
  none: 'Point-to-point',
};

/** The engine as people name it in a schedule: "Mirth Connect channel ADT_PAS_TO_EPR". */
export function engineName(integration: Integration): string {
  const e = integration.engine;
  const product = engineProducts[e.kind] ?? e.kind;
  return e.channel ? `${product} channel ${e.channel}` : `${product} engine`;
}
