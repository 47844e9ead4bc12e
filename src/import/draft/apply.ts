import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import type { FactChange, FieldChange, SpecOutcome } from '../summary.js';
import { specKeyOrder, type Draft } from './draft.js';
import { indexExisting, type ExistingIndex, type ExistingSpec } from './existing.js';
import { uniqueId } from './ids.js';
import { renderDraft } from './render.js';

export interface WriteOptions {
  outDir: string;
  cwd: string;
  /** Plan only: report what would be written. */
  dryRun?: boolean;
}

/** Output folder state for one import: existing specs and the ids already taken. */
export class OutputFolder {
  readonly index: ExistingIndex;
  readonly diagnostics: Diagnostic[];
  private readonly assigned = new Set<string>();

  constructor(readonly options: WriteOptions) {
    [this.index, this.diagnostics] = indexExisting(resolve(options.cwd, options.outDir), options.cwd);
  }

  /** The spec already written for this input, if any. */
  existing(matchKey: string | undefined): ExistingSpec | undefined {
    return matchKey ? this.index.byKey.get(matchKey) : undefined;
  }

  /** A unique id for a new spec, or the existing spec's id for an input imported before. */
  idFor(wanted: string, matchKey: string | undefined): string {
    const found = this.existing(matchKey);
    if (found) return found.id;
    const id = uniqueId(wanted, new Set([...this.index.taken, ...this.assigned]));
    this.assigned.add(id);
    return id;
  }

  /** Write a new draft, or compare it with the spec already there. Never overwrites. */
  apply(draft: Draft, blanks: string[]): [SpecOutcome, Diagnostic[]] {
    const out = resolve(this.options.cwd, this.options.outDir);
    const existing = this.existing(draft.matchKey);
    const path = existing?.path ?? join(out, `${draft.id}.yaml`);
    const display = relative(this.options.cwd, path).split(sep).join('/');
    const outcome: SpecOutcome = {
      id: draft.id,
      file: display,
      origin: draft.origin,
      action: 'written',
      blanks,
    };
    if (existing || existsSync(path)) {
      const changes = existing ? factChanges(existing, draft) : [];
      const edits =
        existing && (changes.length > 0 || existing.facts.size === 0)
          ? fieldChanges(existing.data, draft.spec)
          : [];
      outcome.action = changes.length > 0 || edits.length > 0 ? 'changed' : 'unchanged';
      if (changes.length > 0) outcome.changes = changes;
      if (edits.length > 0) outcome.proposedEdits = edits;
      if (outcome.action === 'unchanged') return [outcome, []];
      const diagnostic = importCodes['import-spec-exists'].at(
        { file: display, line: 1, column: 1 },
        draft.id,
        changes.length + edits.length,
      );
      return [outcome, [diagnostic]];
    }
    if (this.options.dryRun) return [{ ...outcome, action: 'planned', spec: specValues(draft) }, []];
    try {
      mkdirSync(dirname(path), { recursive: true });
      const text = renderDraft(draft, schemaPathFrom(dirname(path), this.options.cwd));
      // write beside, then hard-link into place: link fails if the name exists, so nothing is overwritten
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, text, { flag: 'w' });
      try {
        linkSync(tmp, path);
      } finally {
        unlinkSync(tmp);
      }
    } catch (e) {
      outcome.action = 'failed';
      const reason = e instanceof Error ? e.message : String(e);
      return [
        outcome,
        [importCodes['import-write-failed'].at({ file: display, line: 1, column: 1 }, reason)],
      ];
    }
    return [outcome, []];
  }
}

/** The spec's values as the file would hold them: keys in schema order, marked as a draft. */
function specValues(draft: Draft): Record<string, unknown> {
  const spec: Record<string, unknown> = { ...draft.spec, draft: true };
  const ordered: Record<string, unknown> = {};
  for (const key of specKeyOrder) if (spec[key] !== undefined) ordered[key] = spec[key];
  return ordered;
}

/** The project root holds govspec.config.yaml; the schema ships in its schemas/ folder. */
export function schemaPathFrom(specDir: string, cwd: string): string {
  let root = resolve(cwd);
  for (let dir = resolve(specDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'govspec.config.yaml'))) {
      root = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  const rel = relative(resolve(specDir), join(root, 'schemas', 'integration.schema.json'));
  return rel.split(sep).join('/');
}

function factChanges(existing: ExistingSpec, draft: Draft): FactChange[] {
  const now = new Map(draft.facts);
  const changes: FactChange[] = [];
  const keys = [...new Set([...existing.facts.keys(), ...now.keys()])]
    .filter((k) => k !== 'import.key')
    .sort();
  for (const k of keys) {
    const before = existing.facts.get(k);
    const after = now.get(k);
    if (before === after) continue;
    const c: FactChange = { fact: k };
    if (before !== undefined) c.before = before;
    if (after !== undefined) c.after = after;
    changes.push(c);
  }
  return changes;
}

const owned = new Set([
  'title',
  'status',
  'source',
  'target',
  'engine',
  'protocol',
  'transport',
  'retention',
  'data',
  'tags',
]);

/** Differences in the fields an import writes, as JSON pointers (current spec -> new draft). */
export function fieldChanges(
  current: Record<string, unknown>,
  proposed: Record<string, unknown>,
): FieldChange[] {
  const a = flatten(pick(current), '');
  const b = flatten(pick(proposed), '');
  const out: FieldChange[] = [];
  for (const pointer of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(pointer);
    const y = b.get(pointer);
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const c: FieldChange = { pointer };
    if (x !== undefined) c.current = x;
    if (y !== undefined) c.proposed = y;
    out.push(c);
  }
  return out;
}

function pick(spec: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(spec).filter(([k]) => owned.has(k)));
}

function flatten(value: unknown, pointer: string, out = new Map<string, unknown>()): Map<string, unknown> {
  const isScalarList = Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
  if (value && typeof value === 'object' && !isScalarList) {
    for (const [k, v] of Object.entries(value))
      flatten(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  } else {
    out.set(pointer, value);
  }
  return out;
}
