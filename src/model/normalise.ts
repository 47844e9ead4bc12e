import type { Config, Estate, Integration } from './estate.js';
import type { WrittenConfig, WrittenSpec } from './written.js';

export const defaults = {
  specs: ['specs/**/*.yaml'],
  output: 'generated',
  /** The current DSPT edition (the catalogue's currentEdition; a test keeps them equal). */
  dsptEdition: '2025-26-caf',
  dpiaLayout: 'ico',
  acceptanceThreshold: 3,
  decisionRequiredFrom: 3,
  noticePeriod: 'P6M',
} as const;

export function normaliseConfig(written: WrittenConfig, file: string): Config {
  const cs = written.clinicalSafety ?? {};
  const config: Config = {
    organisation: { ...written.organisation },
    specs: written.specs ?? [...defaults.specs],
    output: written.output ?? defaults.output,
    dspt: {
      edition: written.dspt?.edition ?? defaults.dsptEdition,
      auditChoice: written.dspt?.auditChoice ?? [],
      auditScope: written.dspt?.auditScope ?? 'nhs',
    },
    privacy: { dpiaLayout: written.privacy?.dpiaLayout ?? defaults.dpiaLayout },
    clinicalSafety: {
      acceptanceThreshold: cs.acceptanceThreshold ?? defaults.acceptanceThreshold,
      // Unset, the decision level follows a stricter acceptance threshold down.
      decisionRequiredFrom:
        cs.decisionRequiredFrom ??
        Math.min(defaults.decisionRequiredFrom, cs.acceptanceThreshold ?? defaults.acceptanceThreshold),
    },
    estate: {
      noticePeriod: written.estate?.noticePeriod ?? defaults.noticePeriod,
      ...(written.estate?.canonicalModel ? { canonicalModel: written.estate.canonicalModel } : {}),
    },
    retention: { recordTypes: written.retention?.recordTypes ?? [] },
    rules: written.rules ?? {},
    file,
  };
  if (cs.matrix) config.clinicalSafety.matrix = cs.matrix;
  if (cs.rating4Acceptance) config.clinicalSafety.rating4Acceptance = cs.rating4Acceptance;
  if (cs.plan) config.clinicalSafety.plan = cs.plan;
  if (written.templates) config.templates = written.templates;
  return config;
}

export function normaliseSpec(written: WrittenSpec, file: string): Integration {
  const data = written.data;
  return {
    ...written,
    consumers: written.consumers ?? [],
    benefits: written.benefits ?? [],
    recipients: written.recipients ?? [],
    route: written.route ?? [],
    withheld: written.withheld ?? [],
    dependentIdentifiers: written.dependentIdentifiers ?? [],
    mapping: written.mapping ?? [],
    processors: written.processors ?? [],
    transfers: written.transfers ?? [],
    hazards: written.hazards ?? [],
    privacyRisks: written.privacyRisks ?? [],
    tags: written.tags ?? [],
    data: {
      subjects: data?.subjects ?? [],
      items: data?.items ?? [],
      attachments: data?.attachments ?? [],
      ...(data?.volume !== undefined ? { volume: data.volume } : {}),
      ...(data?.individuals !== undefined ? { individuals: data.individuals } : {}),
    },
    file,
  };
}

/** Build the read-only estate. Callers guarantee every input passed validation. */
export function buildEstate(config: Config, specs: Array<{ spec: WrittenSpec; file: string }>): Estate {
  const integrations = specs
    // Specs reach here only after schema validation, which refuses every key it does not know
    // (so no __proto__ or constructor keys): no defensive copy is needed.
    .map(({ spec, file }) => normaliseSpec(spec, file))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return deepFreeze({ config: toPlain(config) as Config, integrations });
}

/** Null-prototype objects from the loader become ordinary objects once validated. */
function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      out[key] = toPlain((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
