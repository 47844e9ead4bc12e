import { DELETE } from '../helpers.js';
import type { Table } from './case.js';

/** Table tests: each rule fires on a spec fact and is silent when the spec shows the control. */
export const earlierRules: Table = {
  'wrong-patient-match': [
    {
      name: 'demographics first',
      change: { identity: { matchOn: ['demographics', 'nhs-number'] } },
      fires: { likelihood: 'high', severity: 'major', rating: 4, line: '- demographics' },
    },
    {
      name: 'demographic fallback',
      change: { identity: { matchOn: ['nhs-number', 'demographics'] } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    {
      name: 'unverified NHS number',
      change: { identity: { nhsNumberVerified: false } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'nhsNumberVerified: false' },
    },
    {
      name: 'verification not stated, create on no match',
      change: { identity: { nhsNumberVerified: DELETE, onNoMatch: 'create' } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    { name: 'verified NHS number only', change: {} },
    { name: 'local MRN only', change: { identity: { matchOn: ['mrn'], nhsNumberVerified: DELETE } } },
    { name: 'no identity block', change: { identity: DELETE } },
  ],
  'pds-not-reconciled': [
    {
      name: 'no reconciliation',
      change: {
        identity: { pdsReconciliation: DELETE },
        data: { items: [{ name: 'Address', class: 'personal' }] },
      },
      fires: { likelihood: 'medium', severity: 'significant', rating: 2 },
    },
    {
      name: 'mismatches ignored',
      change: {
        identity: { pdsReconciliation: { every: 'P7D', onMismatch: 'ignore' } },
        data: { items: [{ name: 'Name', class: 'personal' }] },
      },
      fires: { likelihood: 'medium', severity: 'significant', rating: 2, line: 'onMismatch: ignore' },
    },
    { name: 'reconciled daily', change: {} },
    { name: 'local ids only', change: { identity: { matchOn: ['local-id'], pdsReconciliation: DELETE } } },
    {
      name: 'no demographics kept',
      change: {
        identity: { pdsReconciliation: DELETE },
        data: { items: [{ name: 'NHS number', class: 'identifier' }] },
      },
    },
    {
      name: 'shown on demand, not kept',
      change: {
        identity: { pdsReconciliation: DELETE },
        latency: { contract: 'on-demand' },
        data: { items: [{ name: 'Name', class: 'personal' }] },
      },
    },
    {
      name: 'the flow reads from PDS',
      change: {
        identity: { pdsReconciliation: DELETE },
        source: { system: 'Personal Demographics Service' },
        data: { items: [{ name: 'Name', class: 'personal' }] },
      },
    },
  ],
  'merge-not-applied': [
    {
      name: 'merges not handled',
      change: { identity: { merges: 'not-handled' } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'merges: not-handled' },
    },
    {
      name: 'A40 carried, handling unstated',
      change: { identity: { merges: DELETE } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'ADT^A40' },
    },
    {
      name: 'FHIR Patient, handling unstated',
      change: {
        identity: { merges: DELETE },
        protocol: { standard: 'fhir', version: 'R4', messages: DELETE, resources: ['Patient'] },
        source: { version: 'R4' },
        target: { version: 'R4' },
      },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    { name: 'merges handled', change: {} },
    { name: 'not applicable', change: { identity: { merges: 'not-applicable' } } },
    {
      name: 'results feed with no patient events',
      change: { identity: { merges: DELETE }, protocol: { messages: ['ORU^R01'] } },
    },
  ],
  'stale-data-in-care': [
    {
      name: 'nightly to care decisions',
      change: { latency: { contract: 'nightly' } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'contract: nightly' },
    },
    {
      name: 'weekly to care information',
      change: {
        latency: { contract: 'weekly' },
        consumers: [{ name: 'Community view', use: 'direct-care-information', freshness: 'realtime' }],
      },
      fires: { likelihood: 'high', severity: 'considerable', rating: 3 },
    },
    { name: 'realtime contract', change: {} },
    {
      name: 'nightly to planning only',
      change: { latency: { contract: 'nightly' }, consumers: [{ name: 'BI warehouse', use: 'planning' }] },
    },
  ],
  'silent-failure': [
    {
      name: 'no owner',
      change: { owner: DELETE },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    {
      name: 'neither owner nor monitoring',
      change: { owner: DELETE, monitoring: DELETE },
      fires: { likelihood: 'high', severity: 'major', rating: 4 },
    },
    {
      name: 'no monitoring, not for care',
      change: { monitoring: DELETE, consumers: [{ name: 'Finance', use: 'billing' }] },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    { name: 'owner and monitoring', change: {} },
  ],
  'message-loss': [
    {
      name: 'no ack, no retry',
      change: { transport: { acknowledgement: 'none', retry: 'none' } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'acknowledgement: none' },
    },
    {
      name: 'ack but retry unstated, not for decisions',
      change: {
        transport: { retry: DELETE },
        consumers: [{ name: 'Portal', use: 'direct-care-information' }],
      },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'application ack and queue', change: {} },
    {
      name: 'transport ack and retry',
      change: { transport: { acknowledgement: 'transport', retry: 'retry' } },
    },
  ],
  'duplicate-or-out-of-order': [
    {
      name: 'duplicates not handled',
      change: { transport: { duplicates: 'not-handled' } },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3, line: 'duplicates: not-handled' },
    },
    {
      name: 'ordering unstated',
      change: { transport: { ordering: DELETE } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'detected and sequence-checked', change: {} },
    {
      name: 'idempotent and guaranteed',
      change: { transport: { duplicates: 'idempotent', ordering: 'guaranteed' } },
    },
    {
      name: 'on-demand query: order does not matter',
      change: { latency: { contract: 'on-demand' }, transport: { ordering: 'not-guaranteed' } },
    },
  ],
  'mapping-error': [
    {
      name: 'coded medicines, no translation stated',
      change: { mapping: [], content: { kinds: ['medications'], codeSystems: ['dm+d'] } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'codeSystems:' },
    },
    {
      name: 'coded demographics only, no translation stated',
      change: { mapping: [], content: { kinds: ['demographics'], codeSystems: ['nhs-data-dictionary'] } },
    },
    {
      name: 'untested unit map',
      change: { mapping: [{ kind: 'unit', from: 'mg', to: 'mcg', maintainedBy: 'Pharmacy' }] },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    {
      name: 'code map without maintainer',
      change: { mapping: [{ kind: 'code', from: 'Local', to: 'SNOMED CT', tested: true }] },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'kind: code' },
    },
    { name: 'tested, maintained map', change: {} },
    {
      name: 'format maps are not clinical codes',
      change: { mapping: [{ kind: 'format', from: 'HL7 TS', to: 'ISO 8601' }] },
    },
  ],
  'lossy-conversion': [
    {
      name: 'free text truncated',
      change: {
        data: { items: [{ name: 'Clinical notes', class: 'health', freeText: true, maxLength: 255 }] },
      },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3, line: 'maxLength: 255' },
    },
    {
      name: 'lossy map',
      change: {
        mapping: [
          { kind: 'code', from: 'Read v2', to: 'Local', tested: true, maintainedBy: 'Coding', lossy: true },
        ],
      },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'no size limits or lossy maps', change: {} },
    {
      name: 'free text without a limit',
      change: { data: { items: [{ name: 'Notes', class: 'health', freeText: true }] } },
    },
  ],
  'time-zone-ambiguity': [
    {
      name: 'local time without offset',
      change: { protocol: { timezone: 'local-no-offset' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'timezone: local-no-offset' },
    },
    { name: 'local with offset', change: {} },
    { name: 'utc', change: { protocol: { timezone: 'utc' } } },
    { name: 'not stated', change: { protocol: { timezone: DELETE } } },
  ],
  'attachment-unreadable': [
    {
      name: 'base64 pdf unchecked',
      change: { data: { attachments: [{ kind: 'pdf', encoding: 'base64' }] } },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    {
      name: 'referenced document unchecked',
      change: { data: { attachments: [{ kind: 'image', encoding: 'reference', renderChecked: false }] } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'render checked', change: {} },
    { name: 'no attachments', change: { data: { attachments: DELETE } } },
  ],
  'errors-not-surfaced': [
    {
      name: 'log only',
      change: { errors: { surfacedTo: ['log-only'] } },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3, line: 'surfacedTo' },
    },
    {
      name: 'unstated and no application ack',
      change: { errors: DELETE, transport: { acknowledgement: 'transport' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'sent to sender and alert', change: {} },
    { name: 'unstated but application ack tells the sender', change: { errors: DELETE } },
  ],
  'version-mismatch': [
    {
      name: 'minor versions differ',
      change: { target: { version: '2.5.1' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'version: 2.5.1' },
    },
    {
      name: 'FHIR STU3 to R4',
      change: {
        protocol: { standard: 'fhir', version: 'R4', messages: DELETE, resources: ['Observation'] },
        source: { version: 'STU3' },
        target: { version: 'R4' },
      },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    { name: 'same version everywhere', change: {} },
    {
      name: 'only the protocol version given',
      change: { source: { version: DELETE }, target: { version: DELETE } },
    },
  ],
};
