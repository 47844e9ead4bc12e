import { sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import type { SecretKind } from './secrets/detect.js';

/** Where a secret was found. The value is never part of it. */
export interface SecretRecord {
  file: string;
  channel?: string;
  channelId?: string;
  connector?: string;
  /** The engine component it belongs to, in words (client "tester", communication point "FTP out"). */
  component?: string;
  path: string;
  line: number;
  kind: SecretKind;
  /** False for ${references} and unused defaults: nothing secret is stored there. */
  stored: boolean;
}

export interface FactChange {
  fact: string;
  before?: string;
  after?: string;
}

export interface FieldChange {
  /** JSON pointer in the spec. */
  pointer: string;
  current?: unknown;
  proposed?: unknown;
}

export interface SpecOutcome {
  id: string;
  /** Path of the spec file, relative to the working folder. */
  file: string;
  origin: string;
  /** planned: a dry run would have written it. */
  action: 'written' | 'planned' | 'unchanged' | 'changed' | 'failed';
  /** Fields left blank on purpose, and required fields holding a placeholder. */
  blanks: string[];
  changes?: FactChange[];
  proposedEdits?: FieldChange[];
  /** planned: the values the spec would hold (what --dry-run would have written, without its comments). */
  spec?: Record<string, unknown>;
}

export type ImporterName =
  | 'mirth'
  | 'hl7'
  | 'catalogue'
  | 'rhapsody'
  | 'intersystems'
  | 'cloverleaf'
  | 'iguana'
  | 'openhim'
  | 'camel'
  | 'auto';

/** A listener or endpoint reported as found, where a configuration cannot be drafted honestly. */
export interface InventoryItem {
  file: string;
  line: number;
  /** What it is, in words: "MLLP listener", "Kafka topic", "FHIR R4 endpoint". */
  kind: string;
  name: string;
  /** Where: port, host:port or credential-free URL. */
  where?: string;
}

export interface ImportSummary {
  importer: ImporterName;
  files: { read: number; withErrors: number };
  /** Channels, message feeds or catalogue entries found. */
  found: number;
  foundLabel: string;
  specs: SpecOutcome[];
  blanksPerField: Record<string, number>;
  secretsWithheld: SecretRecord[];
  unknownConnectors: Array<{ file: string; channel: string; connector: string; type: string }>;
  diagnostics: Diagnostic[];
  /** The format recognised in each file (the import command that recognises formats). */
  formats?: Array<{ file: string; format: string }>;
  /** Files of a folder that no importer reads, and why. */
  skipped?: Array<{ file: string; reason: string }>;
  /** Listeners and endpoints of configurations that are not drafted. */
  inventory?: InventoryItem[];
}

export function emptySummary(importer: ImportSummary['importer'], foundLabel: string): ImportSummary {
  return {
    importer,
    files: { read: 0, withErrors: 0 },
    found: 0,
    foundLabel,
    specs: [],
    blanksPerField: {},
    secretsWithheld: [],
    unknownConnectors: [],
    diagnostics: [],
  };
}

/** Fill the per-field blank counts and sort everything into a stable order. */
export function finishSummary(s: ImportSummary): ImportSummary {
  const counts: Record<string, number> = {};
  for (const spec of s.specs) for (const b of spec.blanks) counts[b] = (counts[b] ?? 0) + 1;
  s.blanksPerField = Object.fromEntries(
    Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  s.specs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  s.secretsWithheld.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  s.diagnostics = sortDiagnostics(s.diagnostics);
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  s.formats?.sort(byFile);
  s.skipped?.sort(byFile);
  s.inventory?.sort((a, b) => byFile(a, b) || a.line - b.line);
  return s;
}

/** Exit code of an import: 1 when any input had an error or nothing was drafted, else 0. */
export function exitCodeOf(s: ImportSummary): number {
  if (s.diagnostics.some((d) => d.severity === 'error')) return 1;
  return s.specs.length === 0 ? 1 : 0;
}
