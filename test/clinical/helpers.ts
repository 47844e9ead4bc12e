import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import type { SourceMap } from '../../src/core/source-map.js';
import type { Estate, SourceIndex } from '../../src/model/estate.js';
import { makeSourceIndex } from '../../src/model/estate.js';
import { buildEstate, normaliseConfig } from '../../src/model/normalise.js';
import type { WrittenConfig, WrittenSpec } from '../../src/model/written.js';
import type { Analysis, AnalyzeContext } from '../../src/rules/analysis.js';
import { clinicalSafetyAnalyzer } from '../../src/rules/clinical/analyzer.js';
import { clinicalEmitters } from '../../src/emit/clinical/index.js';
import { createTemplateEngine } from '../../src/emit/templates.js';
import type { BuildInfo, EmitContext } from '../../src/emit/types.js';
import { isIntegrationEmitter, isKept, wholeFile } from '../../src/emit/types.js';

/** A spec that shows every control the clinical rules look for: no rule derives a hazard from it. */
export function controlledSpec(id = 'controlled-feed'): WrittenSpec {
  return {
    govspec: 1,
    id,
    version: '1.0.0',
    title: 'Controlled feed',
    status: 'live',
    owner: { name: 'Priya Shah', team: 'Integration Services' },
    monitoring: { view: 'https://monitor.example.nhs.uk/d/feed', alerts: ['no messages for 15 minutes'] },
    source: { system: 'PAS', version: '2.4' },
    target: { system: 'EPR', version: '2.4' },
    engine: { kind: 'mirth' },
    protocol: {
      standard: 'hl7v2',
      version: '2.4',
      messages: ['ADT^A01', 'ADT^A40'],
      timezone: 'local-with-offset',
    },
    transport: {
      kind: 'mllp',
      acknowledgement: 'application',
      retry: 'queue',
      duplicates: 'detected',
      ordering: 'sequence-checked',
    },
    latency: { contract: 'realtime' },
    consumers: [{ name: 'EPR ward view', use: 'direct-care-decisions' }],
    data: {
      subjects: ['patients'],
      items: [{ name: 'NHS number', class: 'identifier', field: 'PID-3' }],
      attachments: [{ kind: 'pdf', encoding: 'base64', renderChecked: true }],
    },
    identity: {
      matchOn: ['nhs-number'],
      nhsNumberVerified: true,
      onNoMatch: 'queue-for-review',
      pdsReconciliation: { every: 'P1D', onMismatch: 'queue-for-review' },
      merges: 'handled',
    },
    mapping: [
      { kind: 'code', from: 'Local codes', to: 'SNOMED CT', tested: true, maintainedBy: 'Terminology team' },
    ],
    errors: { surfacedTo: ['sender', 'alert'] },
    content: { coded: true, displayText: true, unsupportedCode: 'reject' },
    runtime: {
      silenceAlert: 'PT15M',
      downtime: {
        procedure: 'https://qms.example.nhs.uk/downtime/feed',
        tested: true,
        backlog: 'reconciled',
      },
    },
  };
}

export const DELETE = Symbol('delete');

/** Deep-merge `changes` into a copy of `base`; DELETE removes a key; arrays are replaced. */
export function patch<T>(base: T, changes: unknown): T {
  if (changes === DELETE) return undefined as T;
  if (!isPlain(changes) || !isPlain(base)) return structuredClone(changes) as T;
  const out: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) {
    if (v === DELETE) delete out[k];
    else out[k] = patch(out[k], v);
  }
  return out as T;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function baseConfig(extra: Partial<WrittenConfig> = {}): WrittenConfig {
  return {
    govspec: 1,
    organisation: {
      name: 'Example NHS Trust',
      ods: 'RXX',
      role: 'deploying-organisation',
      cso: { name: 'Dr Jane Okafor' },
    },
    ...extra,
  };
}

export interface Fixture {
  estate: Estate;
  sources: SourceIndex;
  /** YAML text of each spec, by file, so tests can find expected line numbers. */
  texts: Map<string, string>;
}

/** Build an estate with real YAML source positions, as the loader would. */
export function fixture(specs: WrittenSpec[], config: WrittenConfig = baseConfig()): Fixture {
  const maps = new Map<string, SourceMap>();
  const texts = new Map<string, string>();
  const parsed: Array<{ spec: WrittenSpec; file: string }> = [];
  for (const spec of specs) {
    const file = `specs/${spec.id}.yaml`;
    const text = stringify(spec, { lineWidth: 0 });
    const [doc, diags] = parseYaml(file, new TextEncoder().encode(text));
    if (!doc) throw new Error(`test spec did not parse: ${diags.map((d) => d.message).join('; ')}`);
    maps.set(spec.id, doc.map);
    texts.set(file, text);
    parsed.push({ spec: doc.data as WrittenSpec, file });
  }
  const estate = buildEstate(normaliseConfig(config, 'govspec.config.yaml'), parsed);
  return { estate, sources: makeSourceIndex(maps, undefined, 'govspec.config.yaml'), texts };
}

export interface RunOptions {
  previous?: Record<string, string>;
  /**
   * Files as committed at HEAD (paths relative to the repository root). Given, continuity reads
   * the committed log from here, as a build in a repository does; absent, `previous` stands for it.
   */
  committed?: Record<string, string>;
  files?: string[];
  asOf?: string;
}

export function analyse(
  f: Fixture,
  options: RunOptions = {},
): { analysis: Partial<Analysis>; diagnostics: Diagnostic[] } {
  const analysis: Partial<Analysis> = {};
  const diagnostics: Diagnostic[] = [];
  const files = new Set(options.files ?? []);
  const ctx: AnalyzeContext = {
    estate: f.estate,
    sources: f.sources,
    asOf: options.asOf ?? '2026-05-01',
    root: '/repo',
    fileExists: (p) => files.has(p),
    readPrevious: (p) => {
      const text = options.previous?.[p];
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
    ...(options.committed
      ? {
          readCommitted: (p: string) => {
            const text = options.committed?.[p];
            return text === undefined ? undefined : new TextEncoder().encode(text);
          },
        }
      : {}),
    analysis,
    report: (d) => diagnostics.push(d),
  };
  clinicalSafetyAnalyzer.run(ctx);
  return { analysis, diagnostics };
}

/** 1-based line of the first line in `text` containing `needle` (after `after`, if given). */
export function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}

/** Run the clinical emitters on an analysed fixture, as `build` would. */
export async function emitClinical(
  f: Fixture,
  analysis: Partial<Analysis>,
  options: { templatesDir?: string; build?: Partial<BuildInfo> } = {},
): Promise<{ files: Map<string, Uint8Array | string>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const ctx: EmitContext = {
    estate: f.estate,
    analysis,
    sources: f.sources,
    build: {
      date: '2026-05-01',
      timestamp: new Date(Date.UTC(2026, 4, 1, 12, 0, 0)),
      commit: 'fedcba9876543210fedcba9876543210fedcba98',
      inputs: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      dirty: false,
      govspecVersion: '0.1.0',
      ...options.build,
    },
    templates: createTemplateEngine(options.templatesDir, (d) => diagnostics.push(d)),
    asOf: '2026-05-01',
    report: (d) => diagnostics.push(d),
    services: {},
  };
  const files = new Map<string, Uint8Array | string>();
  for (const emitter of clinicalEmitters) {
    const produced = isIntegrationEmitter(emitter)
      ? (await Promise.all(ctx.estate.integrations.map((i) => emitter.emitOne(i, ctx)))).flat()
      : await emitter.emit(ctx);
    for (const file of produced) if (!isKept(file)) files.set(file.path, wholeFile(file).content);
  }
  return { files, diagnostics };
}

export function text(content: Uint8Array | string | undefined): string {
  if (content === undefined) throw new Error('file not emitted');
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}
