import type { Estate, Integration } from '../../src/model/estate.js';
import { makeSourceIndex } from '../../src/model/estate.js';
import { normaliseConfig, normaliseSpec } from '../../src/model/normalise.js';
import type { WrittenConfig, WrittenSpec } from '../../src/model/written.js';

export const config: WrittenConfig = {
  govspec: 1,
  organisation: {
    name: 'Test Trust',
    ods: 'ZZT',
    role: 'deploying-organisation',
    cso: { name: 'Dr C', handle: '@trust/clinical-safety' },
    caldicottGuardian: { name: 'Dr G', contact: 'caldicott@trust.example' },
    dpo: { name: 'D P', handle: '@dpo-person' },
  },
};

/** A small valid spec; `patch` overrides top-level keys. */
export function spec(id: string, patch: Partial<WrittenSpec> = {}): WrittenSpec {
  return {
    govspec: 1,
    id,
    version: '1.0.0',
    title: `Feed ${id}`,
    status: 'live',
    owner: { name: `Owner of ${id}`, handle: `@owner-${id}` },
    source: { system: 'PAS' },
    target: { system: 'EPR' },
    engine: { kind: 'mirth' },
    protocol: { standard: 'hl7v2' },
    transport: { kind: 'mllp' },
    latency: { contract: 'realtime' },
    data: { subjects: ['patients'], items: [{ name: 'NHS number', class: 'identifier' }] },
    purpose: 'direct-care',
    lawfulBasis: { article6: '6(1)(e)', article9: '9(2)(h)' },
    ...patch,
  };
}

export function estate(specs: WrittenSpec[], cfg: WrittenConfig = config): Estate {
  const integrations: Integration[] = specs
    .map((s) => normaliseSpec(s, `specs/${s.id}.yaml`))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { config: normaliseConfig(cfg, 'govspec.config.yaml'), integrations };
}

export const sources = makeSourceIndex(new Map(), undefined, 'govspec.config.yaml');

/** A hazard as the clinical-safety analyzer records it (only the fields diff reads). */
export function hazard(integration: string, rule: string, patch: Record<string, unknown> = {}) {
  return {
    id: `${integration}/${rule}`,
    number: `${integration}/H01`,
    integration,
    title: `Hazard ${rule}`,
    rule,
    status: 'open',
    initial: { likelihood: 'medium', severity: 'major', rating: 3 },
    derivedNow: true,
    source: { file: `specs/${integration}.yaml`, line: 9, column: 1 },
    ...patch,
  };
}

export function hazardLog(hazards: unknown[], decisionRequiredFrom = 3) {
  return { hazards: { hazards, decisionRequiredFrom, acceptanceThreshold: 4 } };
}
