import { auditTrailType, messageLogType } from '../../catalogue/retention.js';
import type { RetentionType } from '../../catalogue/retention-types.js';
import { confirmPhrase, needsConfirmation } from '../../catalogue/retention-types.js';
import type { SourceLocation } from '../../core/diagnostics.js';
import { describePeriod, parseComparable, parsePeriod } from './period.js';
import type { CopyKind, RetentionFinding, RowStatus } from './rule.js';
import { worse } from './rule.js';
import type { RetentionSubject } from './subject.js';
import { engineName } from './subject.js';

/** One copy of a record made by one integration: a row of the retention schedule. */
export interface RetentionRow {
  integration: string;
  integrationTitle: string;
  copy: CopyKind;
  system: string;
  recordType: string;
  recordTypeId?: string;
  /** Minimum and trigger as they must be shown: unconfirmed facts carry the confirmation phrase. */
  minimum: string;
  trigger: string;
  localPeriod: string;
  purge: string;
  status: RowStatus;
  statusText: string;
  /** Why, when no finding explains the status (e.g. 'the spec has no audit block'). */
  detail?: string;
  /** Where the period comes from (the Code's appendix, or local policy). */
  reference: string;
  /** The spec line to edit for this copy. */
  location: SourceLocation;
  /** Codes of the findings that set the status. */
  findings: string[];
  /** True when the row relies on a catalogue fact that must be confirmed against the Code. */
  needsConfirmation: boolean;
}

/** A rule's finding with the row status that rule gives. */
export interface RuledFinding extends RetentionFinding {
  status: RowStatus;
}

export const copyLabels: Record<CopyKind, string> = {
  record: 'record in target',
  'message-log': 'engine message store',
  'audit-log': 'audit log',
};

/** The schedule rows of one integration: its record copy, message store and audit log. */
export function scheduleRows(s: RetentionSubject, findings: readonly RuledFinding[]): RetentionRow[] {
  const rows: RetentionRow[] = [];
  const record = recordRow(s);
  if (record) rows.push(record);
  const log = s.integration.retention?.messageLog;
  if (s.hasEngine || log !== undefined) rows.push(messageLogRow(s));
  rows.push(auditRow(s));
  for (const row of rows) {
    const mine = findings.filter((f) => f.copy === row.copy);
    for (const f of mine) row.status = worse(row.status, f.status);
    row.findings = mine.map((f) => f.diagnostic.code);
    const label = statusText(row);
    const why = mine.length > 0 ? mine.map((f) => f.summary).join('; ') : row.detail;
    row.statusText = why ? `${label}: ${why}` : label;
  }
  return rows;
}

function recordRow(s: RetentionSubject): RetentionRow | undefined {
  const i = s.integration;
  if (s.declaredRecord === undefined && !s.carriesHealthData) return undefined;
  const base = row(
    s,
    'record',
    i.target.org ? `${i.target.system} (${i.target.org})` : i.target.system,
    '/retention/record',
  );
  base.purge = "target system's records disposal process";
  const local = i.retention?.localPeriod;
  if (s.declaredRecord === undefined) {
    return {
      ...base,
      recordType: 'not declared',
      minimum: 'unknown',
      trigger: 'unknown',
      localPeriod: local ?? '',
      status: 'undeclared',
    };
  }
  if (s.declaredRecord === 'none') {
    return {
      ...base,
      recordType: 'none (target keeps no copy)',
      minimum: '',
      trigger: '',
      localPeriod: '',
      purge: '',
      status: 'none',
    };
  }
  if (!s.recordType) {
    return {
      ...base,
      recordType: s.declaredRecord,
      minimum: 'unknown',
      trigger: 'unknown',
      localPeriod: local ?? '',
      status: 'unknown-type',
    };
  }
  const t = s.recordType;
  let minimum = t.minimum.text;
  if (s.configMinimum)
    minimum += `; local policy ${describePeriod(s.configMinimum.period)} (${s.configMinimum.title})`;
  const localText = local ?? (s.configMinimum ? s.configMinimum.iso : 'minimum applies');
  const comparable = parseComparable(t.minimum.comparable) !== undefined;
  return {
    ...withType(base, t),
    minimum,
    localPeriod: periodText(localText),
    status: comparable && t.minimum.confidence === 'confirmed' ? 'meets' : 'check',
  };
}

function messageLogRow(s: RetentionSubject): RetentionRow {
  const i = s.integration;
  const system = s.hasEngine ? engineName(i) : `${i.source.system} to ${i.target.system} interface`;
  const t = s.catalogue.types.get(messageLogType)!;
  const log = i.retention?.messageLog;
  const base = withType(row(s, 'message-log', system, '/retention/messageLog'), t);
  return {
    ...base,
    localPeriod:
      log === undefined ? 'not declared' : log === 'none' ? 'none (content not kept)' : periodText(log),
    purge: log === 'none' ? '' : (i.retention?.messageLogPurge ?? 'not declared'),
    status: log === 'none' ? 'not-kept' : 'check',
  };
}

function auditRow(s: RetentionSubject): RetentionRow {
  const i = s.integration;
  const a = i.audit;
  const where = s.hasEngine ? engineName(i) : i.target.system;
  const system = a && a.logs.length > 0 ? `${where}: ${a.logs.join(', ')} logs` : where;
  const t = s.catalogue.types.get(auditTrailType)!;
  const base = withType(row(s, 'audit-log', system, a ? '/audit/retention' : ''), t);
  // Kept by the target system itself: its audit trail belongs to the record this flow writes.
  const own =
    !s.hasEngine && s.recordType ? `; here ${s.recordType.title}: ${s.recordType.minimum.text}` : '';
  return {
    ...base,
    minimum: `${base.minimum}${own}`,
    localPeriod: a?.retention === undefined ? 'not declared' : periodText(a.retention),
    purge: a?.purge ?? 'not declared',
    status: a ? 'check' : 'undeclared',
    ...(a ? {} : { detail: 'the spec has no audit block' }),
  };
}

function row(s: RetentionSubject, copy: CopyKind, system: string, pointer: string): RetentionRow {
  return {
    integration: s.integration.id,
    integrationTitle: s.integration.title,
    copy,
    system,
    recordType: '',
    minimum: '',
    trigger: '',
    localPeriod: '',
    purge: '',
    status: 'check',
    statusText: '',
    reference: '',
    location: s.at(pointer),
    findings: [],
    needsConfirmation: false,
  };
}

function withType(r: RetentionRow, t: RetentionType): RetentionRow {
  return {
    ...r,
    recordType: t.title,
    recordTypeId: t.id,
    minimum: t.minimum.text,
    trigger: t.trigger.text,
    reference: t.reference,
    needsConfirmation: needsConfirmation(t),
  };
}

/** A declared period in words (documents never show ISO 8601 codes). */
function periodText(text: string): string {
  const p = parsePeriod(text);
  return p ? describePeriod(p) : text;
}

/** Short labels for statuses, as the schedule's summary and status column show them. */
export const statusLabels: Record<RowStatus, string> = {
  shortfall: 'SHORTFALL',
  'unknown-type': 'unknown record type',
  undeclared: 'not declared',
  unbounded: 'kept with no end',
  check: 'to confirm',
  meets: 'meets the minimum',
  'not-kept': 'not kept',
  none: 'no copy kept',
};

function statusText(r: RetentionRow): string {
  switch (r.status) {
    case 'shortfall':
    case 'unknown-type':
    case 'undeclared':
    case 'unbounded':
      return statusLabels[r.status];
    case 'check':
      return r.needsConfirmation
        ? `declared; ${confirmPhrase}`
        : 'declared; no single period to compare: check by hand';
    case 'meets':
      return r.needsConfirmation
        ? `meets the minimum period; trigger wording: ${confirmPhrase}`
        : 'meets the minimum period';
    case 'not-kept':
      return 'content not kept';
    case 'none':
      return 'no copy kept (declared)';
  }
}
