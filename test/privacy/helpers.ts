import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import type { SourceMap } from '../../src/core/source-map.js';
import type { Estate } from '../../src/model/estate.js';
import { makeSourceIndex } from '../../src/model/estate.js';
import { buildEstate, normaliseConfig } from '../../src/model/normalise.js';
import type { WrittenConfig, WrittenSpec } from '../../src/model/written.js';
import type { Analysis, AnalyzeContext } from '../../src/rules/analysis.js';
import { privacyAnalyzer } from '../../src/rules/privacy/analyzer.js';

export const config: WrittenConfig = {
  govspec: 1,
  organisation: {
    name: 'Example Acute Trust',
    ods: 'RXX',
    role: 'deploying-organisation',
    caldicottGuardian: { name: 'Dr Ana Caldi', role: 'Caldicott Guardian' },
    dpo: { name: 'Sam Data', role: 'Data Protection Officer' },
    siro: { name: 'Jo Risk' },
    cso: { name: 'Dr Chris Safe' },
  },
};

/** A direct-care flow inside the organisation that raises no privacy risk. */
export function baseSpec(): WrittenSpec {
  return {
    govspec: 1,
    id: 'pas-adt-to-epr',
    version: '1.0.0',
    title: 'PAS ADT to EPR',
    status: 'live',
    source: { system: 'PAS', org: 'RXX' },
    target: { system: 'EPR', org: 'RXX' },
    engine: { kind: 'mirth', channel: 'ADT' },
    protocol: { standard: 'hl7v2', version: '2.4', messages: ['ADT^A01'] },
    transport: { kind: 'mllp', network: 'internal', encryption: 'tls' },
    data: {
      subjects: ['patients'],
      items: [
        { name: 'NHS number', class: 'identifier' },
        { name: 'Name', class: 'personal' },
        { name: 'Ward', class: 'health' },
      ],
    },
    purpose: 'direct-care',
    lawfulBasis: { article6: '6(1)(e)', article9: '9(2)(h)', confidentiality: 'implied-consent' },
    retention: { record: 'adult-health', messageLog: 'P30D', messageLogPurge: 'automatic' },
  };
}

export type Patch = (spec: WrittenSpec) => void;

export function spec(...patches: Patch[]): WrittenSpec {
  const s = baseSpec();
  for (const p of patches) p(s);
  return s;
}

export interface Run {
  estate: Estate;
  analysis: Partial<Analysis>;
  diagnostics: Diagnostic[];
}

/** Load specs from YAML text (keeping positions) and run the privacy analyzer. */
export function analyse(specs: Array<WrittenSpec | string>, previous: Record<string, string> = {}): Run {
  const maps = new Map<string, SourceMap>();
  const loaded = specs.map((s, n) => {
    const text = typeof s === 'string' ? s : stringify(s);
    const file = `specs/spec-${n}.yaml`;
    const [parsed, errors] = parseYaml(file, new TextEncoder().encode(text));
    if (!parsed) throw new Error(`test spec does not parse: ${errors.map((e) => e.message).join('; ')}`);
    const written = parsed.data as WrittenSpec;
    maps.set(written.id, parsed.map);
    return { spec: written, file };
  });
  const estate = buildEstate(normaliseConfig(config, 'govspec.config.yaml'), loaded);
  const diagnostics: Diagnostic[] = [];
  const analysis: Partial<Analysis> = {};
  const ctx: AnalyzeContext = {
    estate,
    sources: makeSourceIndex(maps, undefined, 'govspec.config.yaml'),
    asOf: '2026-06-01',
    root: '/nonexistent-root',
    fileExists: () => false,
    readPrevious: (path) =>
      previous[path] !== undefined ? new TextEncoder().encode(previous[path]) : undefined,
    analysis,
    report: (d) => diagnostics.push(d),
  };
  privacyAnalyzer.run(ctx);
  return { estate, analysis, diagnostics };
}

export function codes(run: Run): string[] {
  return run.diagnostics.map((d) => d.code).sort();
}
