import type { Estate, Integration } from '../../src/model/estate.js';
import { normaliseConfig, normaliseSpec } from '../../src/model/normalise.js';
import type { WrittenSpec } from '../../src/model/written.js';

export function spec(id: string, patch: Partial<WrittenSpec> = {}): WrittenSpec {
  return {
    govspec: 1,
    id,
    version: '1.0.0',
    title: `Feed ${id}`,
    status: 'live',
    owner: { name: `Owner ${id}`, team: 'Integration Services' },
    sla: { hours: '24x7', response: 'PT30M', restore: 'PT4H' },
    runbook: `docs/runbooks/${id}.md`,
    monitoring: { view: `https://monitor.example.nhs.uk/d/${id}` },
    review: { last: '2026-06-01', every: 'P12M' },
    source: { system: 'PAS' },
    target: { system: 'EPR' },
    engine: { kind: 'mirth', channel: id.toUpperCase() },
    protocol: { standard: 'hl7v2', version: '2.4', messages: ['ADT^A01'] },
    transport: { kind: 'mllp' },
    latency: { contract: 'realtime', target: 'PT1M' },
    consumers: [{ name: 'Ward view', use: 'direct-care-decisions' }],
    purpose: 'direct-care',
    ...patch,
  };
}

/** A small estate with every kind of blank, and hostile text in a title and a team. */
export function sampleEstate(noticePeriod = 'P6M'): Estate {
  const specs: WrittenSpec[] = [
    spec('complete-feed'),
    spec('orphan-direct-care', {
      owner: undefined,
      sla: undefined,
      monitoring: undefined,
      engine: { kind: 'cloverleaf' },
    }),
    spec('orphan-admin', {
      owner: undefined,
      purpose: 'administration',
      consumers: [{ name: 'Payroll', use: 'administration' }],
      endOfLife: '2027-01-31',
    }),
    spec('hostile-title', {
      title: '<script>window.__pwned = 1</script> "><img src=x onerror="window.__pwned=2">',
      owner: { name: 'Ann =HYPERLINK("http://x")', team: '<b>Team</b> & Co' },
      runbook: undefined,
    }),
    spec('overdue-review', {
      review: { last: '2024-01-10', every: 'P12M' },
      purpose: 'planning',
      consumers: [],
    }),
    spec('being-built', {
      status: 'build',
      runbook: undefined,
      latency: undefined,
      engine: { kind: 'rhapsody' },
    }),
    spec('retired-feed', { status: 'retired', owner: undefined, runbook: undefined }),
  ];
  const integrations: Integration[] = specs
    .map((s) => normaliseSpec(s, `specs/${s.id}.yaml`))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const config = normaliseConfig(
    {
      govspec: 1,
      organisation: { name: 'Test & Trust <NHS>', ods: 'ZZT', role: 'deploying-organisation' },
      estate: { noticePeriod },
    },
    'govspec.config.yaml',
  );
  return { config, integrations };
}
