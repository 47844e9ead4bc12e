import type { SourceLocation } from '../core/diagnostics.js';
import type { SourceMap } from '../core/source-map.js';
import type { CanonicalModel, PersonConfig, WrittenConfig, WrittenSpec } from './written.js';

type ArrayKeys =
  | 'consumers'
  | 'benefits'
  | 'recipients'
  | 'route'
  | 'withheld'
  | 'dependentIdentifiers'
  | 'mapping'
  | 'processors'
  | 'transfers'
  | 'hazards'
  | 'privacyRisks'
  | 'tags';

/**
 * One integration in the normalised model: the validated spec with every list present (empty
 * when not written) and its repository-relative file. Absent optional objects (owner, sla,
 * monitoring...) stay absent: a blank is a fact the outputs must show.
 */
export type Integration = Readonly<
  Omit<WrittenSpec, ArrayKeys | 'data'> & {
    [K in ArrayKeys]-?: NonNullable<WrittenSpec[K]>;
  } & {
    data: Required<Pick<NonNullable<WrittenSpec['data']>, 'subjects' | 'items' | 'attachments'>> &
      Pick<NonNullable<WrittenSpec['data']>, 'volume' | 'individuals'>;
    /** Path of the spec file relative to the config folder, with forward slashes. */
    file: string;
  }
>;

export interface OrganisationConfig {
  name: string;
  ods: string;
  role: 'manufacturer' | 'deploying-organisation' | 'both';
  cso?: PersonConfig;
  caldicottGuardian?: PersonConfig;
  dpo?: PersonConfig;
  siro?: PersonConfig;
}

/** Config with every default applied. */
export interface Config {
  organisation: OrganisationConfig;
  specs: string[];
  output: string;
  dspt: { edition: string; auditChoice: string[]; auditScope: 'nhs' | 'oes-genomics' };
  /** How the DPIA sections are laid out: the ICO template steps, or the NHS England DPIA template headings. */
  privacy: { dpiaLayout: 'ico' | 'nhs-england' };
  clinicalSafety: {
    matrix?: NonNullable<NonNullable<WrittenConfig['clinicalSafety']>['matrix']>;
    acceptanceThreshold: number;
    decisionRequiredFrom: number;
    rating4Acceptance?: NonNullable<NonNullable<WrittenConfig['clinicalSafety']>['rating4Acceptance']>;
    plan?: NonNullable<NonNullable<WrittenConfig['clinicalSafety']>['plan']>;
  };
  estate: { noticePeriod: string; canonicalModel?: CanonicalModel };
  templates?: string;
  retention: { recordTypes: NonNullable<NonNullable<WrittenConfig['retention']>['recordTypes']> };
  rules: NonNullable<WrittenConfig['rules']>;
  /** Config file path relative to the config folder (its name), for diagnostics. */
  file: string;
}

export interface Estate {
  readonly config: Config;
  /** Sorted by id. */
  readonly integrations: readonly Integration[];
}

/** Where things are in the sources; kept beside the model so the model stays plain data. */
export interface SourceIndex {
  /** Location of the value at a JSON pointer inside a spec, or the nearest existing ancestor. */
  spec(id: string, pointer: string): SourceLocation;
  /** Location of the key at a JSON pointer inside a spec (the start of the line to edit). */
  specKey(id: string, pointer: string): SourceLocation;
  config(pointer: string): SourceLocation;
  /**
   * Let go of the offsets found so far (a large estate's would otherwise stay in memory for the
   * whole build); a position asked for later is found again and is the same.
   */
  release?(): void;
}

export function makeSourceIndex(
  specMaps: ReadonlyMap<string, SourceMap>,
  configMap: SourceMap | undefined,
  configFile: string,
): SourceIndex {
  const fallback = (file: string): SourceLocation => ({ file, line: 1, column: 1 });
  return {
    spec: (id, pointer) => specMaps.get(id)?.value(pointer) ?? fallback(id),
    specKey: (id, pointer) => specMaps.get(id)?.key(pointer) ?? fallback(id),
    config: (pointer) => configMap?.key(pointer) ?? fallback(configFile),
    release: () => {
      for (const map of specMaps.values()) map.release();
      configMap?.release();
    },
  };
}
