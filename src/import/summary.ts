import { sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import type { SecretKind } from './secrets/detect.js';

/** Where a secret was found. The value is never part of it. */
export interface SecretRecord {
  file: string;
  channel?: string;
  channelId?: string;
  connector?: string;
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
}

export interface ImportSummary {
  importer: 'mirth' | 'hl7' | 'catalogue';
  files: { read: number; withErrors: number };
  /** Channels, message feeds or catalogue entries found. */
  found: number;
  foundLabel: string;
  specs: SpecOutcome[];
  blanksPerField: Record<string, number>;
  secretsWithheld: SecretRecord[];
  unknownConnectors: Array<{ file: string; channel: string; connector: string; type: string }>;
  diagnostics: Diagnostic[];
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
  return s;
}

/** Exit code of an import: 1 when any input had an error, else 0. */
export function exitCodeOf(s: ImportSummary): number {
  return s.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
