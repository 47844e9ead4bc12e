import { parseYaml } from '../../src/load/parse-yaml.js';
import type { SourceMap } from '../../src/core/source-map.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { Estate, SourceIndex } from '../../src/model/estate.js';
import { makeSourceIndex } from '../../src/model/estate.js';
import { buildEstate, normaliseConfig } from '../../src/model/normalise.js';
import type { WrittenConfig, WrittenSpec } from '../../src/model/written.js';
import type { Analysis, Analyzer } from '../../src/rules/analysis.js';
import { recordsAnalyzers } from '../../src/rules/records/index.js';
import { createTemplateEngine } from '../../src/emit/templates.js';
import type { BuildInfo, EmitContext, Emitter, OutputFile } from '../../src/emit/types.js';
import { isKept, wholeFile } from '../../src/emit/types.js';

/** An estate built in memory from YAML texts, with the records analyzers run over it. */
export interface Built {
  estate: Estate;
  sources: SourceIndex;
  analysis: Partial<Analysis>;
  diagnostics: Diagnostic[];
}

export const baseConfig = `govspec: 1
organisation:
  name: Example Hospitals NHS Trust
  ods: RXX
  role: deploying-organisation
  siro: { name: Sam Okafor }
  cso: { name: Dr Ana Lima }
`;

/** A complete, well-governed spec; tests change one thing at a time with `withYaml`. */
export const baseSpec = `govspec: 1
id: pas-adt-to-epr
version: 1.0.0
title: PAS ADT events to EPR
status: live
owner: { name: Priya Shah, team: Integration Services }
sla: { hours: 24x7, restore: PT4H }
runbook: docs/runbooks/pas-adt.md
monitoring: { view: https://monitor.example.nhs.uk/d/pas-adt }
review: { last: 2026-05-12, every: P12M }
source: { system: PAS, supplier: System C, org: RXX }
target: { system: EPR, supplier: Example EPR Ltd, org: RXX }
engine: { kind: mirth, channel: ADT_PAS_TO_EPR }
protocol: { standard: hl7v2, version: "2.4", messages: [ADT^A01] }
transport: { kind: mllp, network: internal, encryption: tls, authentication: mtls, acknowledgement: application, retry: queue }
data:
  subjects: [patients]
  items:
    - { name: NHS number, class: identifier }
    - { name: Ward, class: health }
purpose: direct-care
lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: implied-consent, optOut: { applies: "no", reason: direct care } }
retention: { record: adult-health, messageLog: P90D, messageLogPurge: automatic }
audit: { logs: [message, access], retention: P2Y, purge: automatic, readAccess: business-need-only, integrity: tamper-protected }
`;

export function build(
  specs: Record<string, string>,
  configText = baseConfig,
  analyzers: readonly Analyzer[] = recordsAnalyzers,
  /** Analysis slots other areas would fill, for outcomes that depend on them. */
  preset: Record<string, unknown> = {},
): Built {
  const diagnostics: Diagnostic[] = [];
  const [config, configDiags] = parseYaml('govspec.config.yaml', new TextEncoder().encode(configText));
  if (!config) throw new Error(`fixture config does not parse: ${JSON.stringify(configDiags)}`);
  const maps = new Map<string, SourceMap>();
  const written: Array<{ spec: WrittenSpec; file: string }> = [];
  for (const [file, text] of Object.entries(specs)) {
    const [parsed, d] = parseYaml(file, new TextEncoder().encode(text));
    if (!parsed) throw new Error(`fixture ${file} does not parse: ${JSON.stringify(d)}`);
    const spec = parsed.data as WrittenSpec;
    maps.set(spec.id, parsed.map);
    written.push({ spec, file });
  }
  const estate = buildEstate(normaliseConfig(config.data as WrittenConfig, 'govspec.config.yaml'), written);
  const sources = makeSourceIndex(maps, config.map, 'govspec.config.yaml');
  const analysis = { ...preset } as Partial<Analysis>;
  for (const analyzer of analyzers) {
    analyzer.run({
      estate,
      sources,
      asOf: '2026-11-01',
      root: '.',
      fileExists: () => true,
      readPrevious: () => undefined,
      analysis,
      report: (d) => diagnostics.push(d),
    });
  }
  return { estate, sources, analysis, diagnostics };
}

/**
 * The base spec with lines replaced: keys are the start of a line ("retention:") and values the
 * new line, or null to delete it. Keeps the YAML readable in test tables.
 */
export function withYaml(changes: Record<string, string | null>, spec = baseSpec): string {
  const lines = spec.split('\n');
  const out: string[] = [];
  const used = new Set<string>();
  for (const line of lines) {
    const key = Object.keys(changes).find((k) => line.startsWith(k));
    if (key === undefined) {
      out.push(line);
      continue;
    }
    used.add(key);
    const replacement = changes[key];
    if (replacement !== null && replacement !== undefined) out.push(replacement);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (!used.has(key) && value !== null) out.push(value);
  }
  return out.join('\n');
}

/** An emit context over a built estate, as the pipeline would make it. */
export function emitContext(
  built: Built,
  buildInfo: Partial<BuildInfo> = {},
): EmitContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => diagnostics.push(d);
  return {
    estate: built.estate,
    analysis: built.analysis,
    sources: built.sources,
    build: {
      date: '2026-11-20',
      timestamp: new Date(Date.UTC(2026, 10, 20, 9, 30, 0)),
      dirty: false,
      govspecVersion: '0.1.0',
      ...buildInfo,
    },
    templates: createTemplateEngine(undefined, report),
    asOf: '2026-11-20',
    report,
    services: {},
    diagnostics,
  };
}

export async function emitAll(emitters: readonly Emitter[], ctx: EmitContext): Promise<OutputFile[]> {
  const out: OutputFile[] = [];
  for (const e of emitters) for (const f of await e.emit(ctx)) if (!isKept(f)) out.push(wholeFile(f));
  return out;
}

export function text(file: OutputFile | undefined): string {
  if (!file) throw new Error('file not emitted');
  return typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
}
