import { relative } from 'node:path';
import { schemaDir } from '../validate/schemas.js';

/** Modeline so YAML editors show the schema's help: a path from the spec's folder to the installed schema. */
export function modeline(specDir: string, schema: 'integration' | 'config'): string {
  const rel = relative(specDir, `${schemaDir}${schema}.schema.json`).split('\\').join('/');
  return `# yaml-language-server: $schema=${rel}`;
}

export function configYaml(specDir: string, org: { name: string; ods: string; role: string }): string {
  return `${modeline(specDir, 'config')}
govspec: 1
organisation:
  name: ${JSON.stringify(org.name)}
  ods: ${org.ods}                      # your ODS code
  role: ${org.role}   # manufacturer (DCB 0129) | deploying-organisation (DCB 0160) | both
  cso: { name: "Name of your Clinical Safety Officer" }
  caldicottGuardian: { name: "Name of your Caldicott Guardian" }
  dpo: { name: "Name of your Data Protection Officer" }
  siro: { name: "Name of your SIRO" }
specs:
  - specs/**/*.yaml                     # add globs for specs kept beside channel code
output: generated
dspt: { edition: 2025-26-caf }        # add auditChoice: [the 3 outcomes your board chose for independent audit]
privacy: { dpiaLayout: ico }          # ico (ICO template steps) | nhs-england (NHS England DPIA template headings)
`;
}

/** A new spec: required facts filled with placeholders, production facts left as commented blanks. */
export function specYaml(specDir: string, id: string, ods: string): string {
  return `${modeline(specDir, 'integration')}
govspec: 1
id: ${id}
version: 0.1.0
title: ${JSON.stringify(id.replace(/-/g, ' '))}
status: proposed                      # proposed | build | live | retiring | retired
# owner: { name: , team: , contact: }  # a named person: required before it goes live
# sla: { hours: 24x7, response: PT30M, restore: PT4H }
# runbook: docs/runbooks/${id}.md
# monitoring: { view: https://..., alerts: [no messages for 15 min in hours] }
# review: { last: YYYY-MM-DD, every: P12M }
source: { system: Source system, org: ${ods} }
target: { system: Target system, org: ${ods} }
engine: { kind: none }                # mirth | rhapsody | ensemble | cloverleaf | bespoke | none
protocol: { standard: hl7v2, version: "2.4", messages: [ADT^A01] }
transport: { kind: mllp, network: internal, encryption: tls, acknowledgement: application, retry: queue }
# latency: { contract: realtime, target: PT1M, shownIn: [] }
# consumers: [{ name: , use: direct-care-decisions }]
data:
  subjects: [patients]
  items:
    - { name: NHS number, class: identifier, field: PID-3 }
# identity: { matchOn: [nhs-number], nhsNumberVerified: true, onNoMatch: queue-for-review }
# purpose: direct-care
# lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: implied-consent }
# retention: { record: adult-health, messageLog: P90D, messageLogPurge: automatic }
# audit: { logs: [message, access], retention: P2Y, purge: automatic }
`;
}
