import { defineCodes } from '../../core/codes.js';

/** Diagnostic codes of this area. Each needs a docs page at docs/codes/<code>.md. */
export const recordsCodes = defineCodes({
  'retention-record-undeclared': {
    severity: 'warning',
    title: 'Integration writes a clinical record but declares no record type',
    message: (target: string, known: string) =>
      `this integration carries health data into ${target} but retention.record is not declared, so nobody can say how long that copy must be kept. Add retention: { record: <type> } with one of: ${known}; or record: none if ${target} keeps no copy.`,
  },
  'retention-record-unknown': {
    severity: 'error',
    title: 'Record type is not in the retention catalogue',
    message: (value: string, known: string) =>
      `record type '${value}' is not in the retention catalogue. Use one of: ${known}; or add a local type under retention.recordTypes in govspec.config.yaml.`,
  },
  'retention-local-too-short': {
    severity: 'error',
    title: 'Local retention period is shorter than the Code minimum',
    message: (local: string, type: string, minimum: string) =>
      `local period ${local} is shorter than the minimum for ${type} (${minimum}). Retention periods in the Records Management Code are minimums: set localPeriod to at least the minimum, or remove it.`,
  },
  'retention-subject-period-too-short': {
    severity: 'error',
    title: "Children's, maternity or mental health data resolved to a shorter period",
    message: (subject: string, declared: string, needed: string, minimum: string, id: string) =>
      `this flow carries ${subject} data but its record resolves to ${declared}, shorter than ${needed} (${minimum}). Set retention.record to ${id}, or a localPeriod of at least that minimum.`,
  },
  'retention-message-store-undeclared': {
    severity: 'warning',
    title: 'Engine message store has no declared period or purge mechanism',
    message: (engine: string, missing: string) =>
      `the ${engine} message store keeps copies of these messages but ${missing} is not declared. Add retention.messageLog (a duration, or none) and retention.messageLogPurge (automatic or manual).`,
  },
  'retention-message-log-unbounded': {
    severity: 'warning',
    title: 'Identifiable message content kept with no end',
    message: (how: string) =>
      `message content carrying identifiable data is ${how}. Set retention.messageLog to the shortest period operations need (for example P90D) with messageLogPurge: automatic, or classify the log as part of the clinical record and say so.`,
  },
  'retention-audit-undeclared': {
    severity: 'warning',
    title: 'Audit log has no declared period or purge mechanism',
    message: (missing: string) =>
      `${missing} is not declared, so the audit log's retention cannot be checked or evidenced. Add audit: { logs: [...], retention: <duration>, purge: automatic | manual }.`,
  },
  'retention-config-too-short': {
    severity: 'error',
    title: 'Local period in config is shorter than the Code minimum',
    message: (id: string, local: string, minimum: string) =>
      `local period ${local} for ${id} is shorter than the Code minimum (${minimum}). Local periods may only lengthen a Code minimum: raise it or remove the entry.`,
  },
  'retention-config-duplicate': {
    severity: 'error',
    title: 'Local record type declared twice',
    message: (id: string) =>
      `record type '${id}' is declared more than once in retention.recordTypes. Keep one entry.`,
  },
});
