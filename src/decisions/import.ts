import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Host } from '../core/host.js';
import { integrationFingerprint } from '../model/fingerprint.js';
import { compile } from '../pipeline/compile.js';
import { derivedRuleId } from '../rules/clinical/derived-ref.js';
import { decisionCodes } from './codes.js';
import { readBuildRecord, readDecisionRows, readSheets } from './workbook-rows.js';
import { unifiedDiff } from './unified-diff.js';
import { openUntrustedWorkbook, workbookLimits } from './workbook-read.js';
import type { EditValue, EntryEdit } from './yaml-edit.js';
import { editSpec } from './yaml-edit.js';

export interface SpecChange {
  /** Spec path relative to the repository folder. */
  file: string;
  before: string;
  after: string;
  diff: string;
  /** Hazard or risk numbers whose decisions changed. */
  entries: string[];
}

export interface ImportResult {
  changes: SpecChange[];
  /** What each changed entry is, for the summary: "hazard decision". */
  noun: string;
  /** Any error means no change may be written. */
  diagnostics: Diagnostic[];
}

/**
 * The spec changes a decisions workbook asks for, worked out in memory: nothing is written here.
 * Refused whole when the workbook is unsafe, from another build, or has a cell that cannot be used.
 */
export async function planImport(
  bytes: Uint8Array,
  workbookName: string,
  options: { host: Host; configFile?: string; asOf: string },
): Promise<ImportResult> {
  const refuse = (d: Diagnostic): ImportResult => ({ changes: [], noun: 'decision', diagnostics: [d] });
  // Only the build sheet and the sheets decisions are read from are opened in full.
  const opened = await openUntrustedWorkbook(bytes, workbookLimits, readSheets);
  if ('unsafe' in opened)
    return refuse(decisionCodes['decisions-workbook-unsafe'].at(undefined, workbookName, opened.unsafe));
  if ('unreadable' in opened)
    return refuse(
      decisionCodes['decisions-workbook-unreadable'].at(undefined, workbookName, opened.unreadable),
    );
  const record = readBuildRecord(opened.workbook, workbookName);
  if ('code' in record) return refuse(record);
  const { rows, diagnostics } = readDecisionRows(opened.workbook, workbookName, record);

  const compiled = compile({
    host: options.host,
    asOf: options.asOf,
    skipAnalysis: true,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const { contract } = record;
  if (!compiled.estate) return { changes: [], noun: contract.noun, diagnostics: compiled.diagnostics };
  const estate = new Map(compiled.estate.integrations.map((i) => [i.id, i]));

  const list = contract.list;
  const bySpec = new Map<string, { edits: EntryEdit[]; entries: string[] }>();
  for (const row of rows) {
    const where = record.entries.get(row.number)!;
    const integration = estate.get(where.integration);
    const index = new RegExp(`^/${list}/(\\d+)$`).exec(where.pointer)?.[1];
    const block = index === undefined ? undefined : integration?.[list][Number(index)];
    if (block && !sameEntry(list, where, block)) {
      const why = `records ${row.number} at an entry of its spec that holds something else`;
      diagnostics.push(decisionCodes['decisions-workbook-unknown'].at(undefined, workbookName, why));
      continue;
    }
    const set = contract.rowEdits(row, block, workbookName, (d) => diagnostics.push(d));
    if (set.length === 0) continue;
    const edit: EntryEdit =
      index !== undefined
        ? { list, index: Number(index), set }
        : { list, first: ['derived', where.ref], set };
    if (index === undefined && (where.origin !== 'derived' || where.ref === ''))
      diagnostics.push(
        decisionCodes['decisions-workbook-unknown'].at(
          undefined,
          workbookName,
          `records no spec entry for ${row.number}`,
        ),
      );
    const entry = bySpec.get(where.integration) ?? { edits: [], entries: [] };
    entry.edits.push(edit);
    entry.entries.push(row.number);
    bySpec.set(where.integration, entry);
  }

  const changes: SpecChange[] = [];
  for (const [id, { edits, entries }] of bySpec) {
    const built = record.specs.get(id);
    const now = estate.get(id);
    const stale = (why: string) =>
      diagnostics.push(
        decisionCodes['decisions-workbook-stale'].at(undefined, workbookName, built?.file ?? id, why),
      );
    if (!built || !now) {
      stale(!built ? 'the workbook does not record it' : 'it is missing or no longer validates');
      continue;
    }
    if (now.file !== built.file) {
      stale(`it has moved to ${now.file}`);
      continue;
    }
    if (integrationFingerprint(now) !== built.fingerprint) {
      stale(
        now.version === built.version
          ? `it has changed since the build, still at version ${now.version}`
          : `the workbook shows version ${built.version}, the spec is now ${now.version}`,
      );
      continue;
    }
    const bytes = options.host.readFile(now.file);
    if (!bytes) {
      diagnostics.push(
        decisionCodes['decisions-spec-not-written'].at(undefined, now.file, 'it cannot be read'),
      );
      continue;
    }
    const before = Buffer.from(bytes).toString('utf8');
    const edited = editSpec(before, edits);
    const problem = 'problem' in edited ? edited.problem : check(edited.text, edits);
    if (problem || !('text' in edited)) {
      diagnostics.push(
        decisionCodes['decisions-spec-not-written'].at(undefined, now.file, problem ?? 'unknown'),
      );
      continue;
    }
    changes.push({
      file: now.file,
      before,
      after: edited.text,
      diff: unifiedDiff(now.file, before, edited.text),
      entries,
    });
  }
  changes.sort((a, b) => (a.file < b.file ? -1 : 1));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { changes: failed ? [] : changes, noun: contract.noun, diagnostics };
}

/** True when the spec entry the build record points at is the hazard or risk the row names. */
function sameEntry(
  list: 'hazards' | 'privacyRisks',
  where: { integration: string; origin: string; ref: string },
  block: { derived?: string; local?: { id: string } },
): boolean {
  if (where.origin === 'local') return block.local?.id === where.ref;
  if (block.derived === undefined) return false;
  return list === 'hazards'
    ? derivedRuleId(where.integration, block.derived) === where.ref
    : block.derived === where.ref;
}

/** Reads the edited text back: every value the workbook set must be there, as set. */
function check(text: string, edits: readonly EntryEdit[]): string | undefined {
  let spec: Record<string, unknown>;
  try {
    spec = parse(text) as Record<string, unknown>;
  } catch {
    return 'the edited spec would not parse';
  }
  const lists = new Map<string, number>();
  for (const edit of edits) {
    const list = (spec[edit.list] ?? []) as Array<Record<string, unknown>>;
    let index = edit.index;
    if (index === undefined) {
      const before = (lists.get(edit.list) ?? 0) + 1;
      lists.set(edit.list, before);
      index =
        list.length - edits.filter((e) => e.list === edit.list && e.index === undefined).length + before - 1;
    }
    const entry = list[index];
    if (!entry) return 'an entry went missing while editing';
    for (const [key, value] of edit.set)
      if (!isDeepStrictEqual(entry[key] ?? null, value as EditValue))
        return `the edited value of ${key} reads back differently`;
  }
  return undefined;
}
