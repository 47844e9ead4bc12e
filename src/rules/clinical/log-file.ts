import { jsonPieces } from '../../core/json-pieces.js';
import { splitObject } from '../../core/json-split.js';
import type { SplitObject } from '../../core/json-split.js';
import type { Hazard, HazardLog } from './types.js';

/** Path of the machine-readable hazard log, relative to the output folder. */
export const hazardsJsonPath = 'clinical-safety/hazards.json';

export const logFormat = 'govspec-hazard-log';
export const logVersion = 1;

/** What a later build needs from the committed log: which hazards existed and what was decided. */
export interface LoggedHazard {
  id: string;
  number: string;
  integration: string;
  rule?: string;
  title: string;
  status: string;
  decided: boolean;
  decision?: string;
  decidedBy?: string;
  decidedOn?: string;
  raised?: string;
  initial: { likelihood: string; severity: string; rating: number };
  file: string;
}

/** The machine-readable hazard log: every hazard with its full record, in log order. */
export function serialiseLog(log: HazardLog): string {
  return [...logPieces(log)].join('');
}

/** The same text a piece at a time (one hazard per piece), for the writer to stream. */
export function* logPieces(log: HazardLog): Generator<string> {
  const doc = {
    format: logFormat,
    version: logVersion,
    matrix: { name: log.matrix.name, published: log.matrix.published },
    acceptanceThreshold: log.acceptanceThreshold,
    decisionRequiredFrom: log.decisionRequiredFrom,
    rating4Acceptance: log.rating4,
    hazards: log.hazards.map(toRecord),
  };
  yield* jsonPieces(doc, { depth: 2 });
  yield '\n';
}

function toRecord(h: Hazard): Record<string, unknown> {
  // Fixed key order keeps the file stable and diffs readable; positions other than the file are
  // left out so that editing an unrelated line of a spec does not churn the log.
  return {
    id: h.id,
    number: h.number,
    integration: h.integration,
    rule: h.rule,
    origin: h.origin,
    title: h.title,
    description: h.description,
    causes: h.causes,
    effect: h.effect,
    hazard: h.hazard,
    harm: h.harm,
    existingControls: h.existingControls,
    initial: h.initial,
    suggestedControls: h.suggestedControls,
    controls: h.controls,
    residual: h.residual,
    status: h.status,
    decided: isDecided(h),
    decision: h.decision,
    rationale: h.rationale,
    closure: h.closure,
    decidedBy: h.decidedBy,
    decidedOn: h.decidedOn,
    approvedBy: h.approvedBy,
    transferredTo: h.transferredTo,
    derivedNow: h.derivedNow,
    owner: h.owner,
    raised: h.raised,
    lastReviewed: h.lastReviewed,
    file: h.source.file,
  };
}

export function isDecided(h: Pick<Hazard, 'decision' | 'status'>): boolean {
  return h.decision !== undefined || h.status === 'closed' || h.status === 'transferred';
}

/** Read a committed log defensively: it is a file in the repository and may be edited by hand. */
export function parseLog(bytes: Uint8Array): LoggedHazard[] | string {
  // One hazard at a time: a log of tens of megabytes is never parsed into one tree. Anything the
  // split cannot read is parsed whole, which gives the same result or the exact error.
  const split = splitObject(bytes, 'hazards');
  if (split) {
    try {
      return fromSplit(split);
    } catch {
      /* parsed whole below */
    }
  }
  return parseLogWhole(bytes);
}

function fromSplit(split: SplitObject): LoggedHazard[] | string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const value = (bytes: Uint8Array): unknown => JSON.parse(decoder.decode(bytes));
  // Every member and every element is parsed before anything is judged: a syntax error anywhere
  // comes first, as it does when the whole text is parsed. Only the entries are kept.
  const members = new Map(
    [...split.members].map(([k, v]) => [k, k === 'hazards' && split.elements ? undefined : value(v)]),
  );
  const out: LoggedHazard[] = [];
  let malformed: number | undefined;
  for (const [i, element] of (split.elements ?? []).entries()) {
    const h = readEntry(value(element));
    if (h) out.push(h);
    else malformed ??= i;
  }
  if (members.get('format') !== logFormat) return `not a ${logFormat} file`;
  const version = members.get('version');
  if (version !== logVersion) return `format version ${String(version)} is not ${logVersion}`;
  if (!split.elements) return 'no hazards list';
  return malformed === undefined ? out : `hazard entry ${malformed} is malformed`;
}

/** The whole text parsed at once; exported for the tests that hold the split to it. */
export function parseLogWhole(bytes: Uint8Array): LoggedHazard[] | string {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return e instanceof Error ? e.message : 'not JSON';
  }
  if (!isObject(doc) || doc.format !== logFormat) return `not a ${logFormat} file`;
  if (doc.version !== logVersion) return `format version ${String(doc.version)} is not ${logVersion}`;
  if (!Array.isArray(doc.hazards)) return 'no hazards list';
  const out: LoggedHazard[] = [];
  for (const [i, raw] of doc.hazards.entries()) {
    const h = readEntry(raw);
    if (!h) return `hazard entry ${i} is malformed`;
    out.push(h);
  }
  return out;
}

function readEntry(raw: unknown): LoggedHazard | undefined {
  if (!isObject(raw)) return undefined;
  const str = (k: string): string | undefined =>
    typeof raw[k] === 'string' ? (raw[k] as string) : undefined;
  const id = str('id');
  const number = str('number');
  const integration = str('integration');
  const file = str('file');
  const initial = raw.initial;
  if (!id || !number || !integration || !file || !isObject(initial)) return undefined;
  if (
    typeof initial.likelihood !== 'string' ||
    typeof initial.severity !== 'string' ||
    typeof initial.rating !== 'number'
  ) {
    return undefined;
  }
  const entry: LoggedHazard = {
    id,
    number,
    integration,
    title: str('title') ?? '',
    status: str('status') ?? 'open',
    decided: raw.decided === true,
    initial: { likelihood: initial.likelihood, severity: initial.severity, rating: initial.rating },
    file,
  };
  for (const k of ['rule', 'decision', 'decidedBy', 'decidedOn', 'raised'] as const) {
    const v = str(k);
    if (v !== undefined) entry[k] = v;
  }
  return entry;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
