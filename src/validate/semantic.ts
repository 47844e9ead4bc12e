import type { Diagnostic } from '../core/diagnostics.js';
import {
  isDate,
  isDuration,
  isOdsCode,
  isSafeId,
  isSafeRepoPath,
  isSemver,
  isTestNhsNumber,
  isUrl,
  isValidNhsNumber,
} from '../core/formats.js';
import type { SourceMap } from '../core/source-map.js';
import type { WrittenSpec } from '../model/written.js';
import { validateCodes as codes } from './codes.js';

const durationPointers = [
  '/sla/response',
  '/sla/restore',
  '/review/every',
  '/latency/target',
  '/identity/pdsReconciliation/every',
  '/retention/localPeriod',
  '/audit/retention',
  '/runtime/silenceAlert',
  '/runtime/clinicalAlerts/escalatesAfter',
];

/** Checks the schema cannot express: formats, check digits, references. Runs on schema-valid specs. */
export function semanticDiagnostics(
  spec: WrittenSpec,
  map: SourceMap,
  fileExists: (path: string) => boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (pointer: string, d: Diagnostic) => {
    d.pointer = pointer;
    out.push(d);
  };
  if (!isSafeId(spec.id)) at('/id', codes['spec-id-invalid'].at(map.value('/id'), spec.id));
  if (!isSemver(spec.version))
    at('/version', codes['spec-version-invalid'].at(map.value('/version'), spec.version));
  for (const side of ['source', 'target'] as const) {
    const org = spec[side].org;
    if (org !== undefined && !isOdsCode(org))
      at(`/${side}/org`, codes['spec-ods-invalid'].at(map.value(`/${side}/org`), org));
  }
  for (const pointer of durationPointers) {
    const value = read(spec, pointer);
    if (typeof value === 'string' && !isDuration(value)) {
      at(pointer, codes['spec-duration-invalid'].at(map.value(pointer), value));
    }
  }
  const log = spec.retention?.messageLog;
  if (log !== undefined && log !== 'forever' && log !== 'none' && !isDuration(log)) {
    at('/retention/messageLog', codes['spec-duration-invalid'].at(map.value('/retention/messageLog'), log));
  }
  const dates: string[] = ['/review/last', '/endOfLife'];
  spec.hazards?.forEach((_, i) => dates.push(`/hazards/${i}/decidedOn`));
  spec.privacyRisks?.forEach((_, i) => dates.push(`/privacyRisks/${i}/decidedOn`));
  for (const pointer of dates) {
    const value = read(spec, pointer);
    if (typeof value === 'string' && !isDate(value))
      at(pointer, codes['spec-date-invalid'].at(map.value(pointer), value));
  }
  spec.examples?.nhsNumbers?.forEach((n, i) => {
    const pointer = `/examples/nhsNumbers/${i}`;
    if (!isValidNhsNumber(n)) at(pointer, codes['spec-nhs-number-invalid'].at(map.value(pointer), n));
    else if (!isTestNhsNumber(n)) at(pointer, codes['spec-nhs-number-not-test'].at(map.value(pointer), n));
  });
  spec.route?.forEach((_, i) => {
    const pointer = `/route/${i}/expiresAfter`;
    const value = read(spec, pointer);
    if (typeof value === 'string' && !isDuration(value))
      at(pointer, codes['spec-duration-invalid'].at(map.value(pointer), value));
  });
  for (const pointer of ['/runbook', '/monitoring/view', '/runtime/downtime/procedure']) {
    const value = read(spec, pointer);
    if (typeof value !== 'string' || isUrl(value)) continue;
    if (!isSafeRepoPath(value)) at(pointer, codes['spec-reference-unsafe'].at(map.value(pointer), value));
    else if (!fileExists(value)) at(pointer, codes['spec-reference-missing'].at(map.value(pointer), value));
  }
  return out;
}

function read(spec: unknown, pointer: string): unknown {
  let cur: unknown = spec;
  for (const seg of pointer.slice(1).split('/')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
