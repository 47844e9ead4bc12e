import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importAuto } from '../../src/import/auto.js';
import { renderSummaryText } from '../../src/import/render-summary.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

const rel = (p: string) => relative(repoRoot, join(fixtures, p));
const oe = (p: string) => rel(`other-engines/${p}`);

/** The facts a careful engineer records, read against the export by hand, one row per flow. */
const cases: Array<{
  engine: string;
  inputs: string[];
  id: string;
  facts: Spec;
}> = [
  {
    engine: 'rhapsody 4.1 engine XML',
    inputs: [oe('rhapsody/orion-rlc-analyser-rhapsody41-engine-config.xml')],
    id: 'a-team-millennium-billingpro-tcpserver-to-a-team-millennium-bill',
    facts: {
      status: 'live',
      engine: {
        kind: 'rhapsody',
        channel: 'A-Team.Millennium.BillingPro',
        via: ['A-Team.Millennium.BillingPro'],
      },
      transport: { kind: 'other', encryption: 'none', retry: 'retry' },
      protocol: { standard: 'hl7v2', version: '2.3' },
    },
  },
  {
    engine: 'rhapsody REST configuration v6 (lockers)',
    inputs: [oe('rhapsody/rhapsody65-docs-rest-api-config-v6-multi-locker-test-engine.xml')],
    id: 'lt207-a-tcp-server-to-lt207-a-tcp-client',
    facts: {
      status: 'live',
      // the TCP client sends to localhost:10307, where the route's own TCP server listens: a loop
      engine: {
        kind: 'rhapsody',
        channel: 'LT207-A Route',
        feeds: ['lt207-a-tcp-server-to-lt207-a-sink'],
        internalTarget: true,
      },
      transport: { kind: 'other', network: 'local-host', encryption: 'none' },
      tags: ['folder:Locker/LT207-A Symphonia Mapper'],
    },
  },
  {
    engine: 'rhapsody 7.2 .rlc archive (route to route)',
    inputs: [oe('rhapsody/cdc-nbs-data-ingestion-elr-route-rhapsody72-2023.rlc')],
    id: 'extract-messages-to-sink',
    facts: {
      status: 'build',
      engine: {
        kind: 'rhapsody',
        channel: '1 - Get from ELRWorkerQueue',
        via: ['1 - Get from ELRWorkerQueue', '2 - Map to 2.5.1 XML', '3 - Insert into NBS_Interface'],
        internalTarget: true,
      },
      transport: { kind: 'database', network: 'local-host' },
    },
  },
  {
    engine: 'intersystems production class, rule class',
    inputs: [
      oe('intersystems-iris/ensdemo-hl7-msgrouter-production.cls'),
      oe('intersystems-iris/ensdemo-hl7-msgrouter-abc-routing-rule.cls'),
    ],
    id: 'abc-hl7fileservice-to-adt-a08-fileoperation',
    facts: {
      status: 'live',
      engine: { kind: 'iris', channel: 'ABC_Router', via: ['ABC_Router'] },
      protocol: { standard: 'hl7v2', messages: ['ADT^A08'] },
      transport: { kind: 'file' },
    },
  },
  {
    engine: 'intersystems export with separate default settings',
    inputs: [oe('intersystems-iris/iris2026-production-export-dglab-with-default-settings.xml')],
    id: 'patient-information-from-ihe-pam-mllp-to-forward-patient-informa',
    facts: {
      source: { system: 'IHE PAM' },
      target: { system: 'DGLAB' },
      engine: { kind: 'iris', version: '2026.1', channel: 'HL7' },
      protocol: { standard: 'hl7v2', version: '2.5', messages: ['ADT'] },
      transport: {
        kind: 'mllp',
        encryption: 'none',
        authentication: 'network-only',
        acknowledgement: 'application',
      },
    },
  },
  {
    engine: 'intersystems disabled item',
    inputs: [oe('intersystems-iris/healthshare-cache2014-studio-export-gcqdemo-hl7processor.xml')],
    id: 'unreached-tcp-hl7-to-archive',
    facts: { status: 'retired', engine: { kind: 'ensemble', version: '2014.1', internalSource: true } },
  },
  {
    engine: 'cloverleaf NetConfig (own fixture in the documented format)',
    inputs: [rel('cloverleaf')],
    id: 'pas-adt-in-to-epr-adt-out',
    facts: {
      status: 'live',
      engine: { kind: 'cloverleaf', channel: 'pas_adt_in' },
      protocol: { standard: 'hl7v2', messages: ['ADT^A01', 'ADT^A03', 'ADT^A40'] },
      transport: { kind: 'mllp', encryption: 'tls', acknowledgement: 'application', retry: 'queue' },
      tags: ['folder:adt'],
    },
  },
  {
    engine: 'cloverleaf site to site over a local port',
    inputs: [rel('cloverleaf')],
    id: 'pas-adt-in-to-adt-to-lab-send',
    facts: {
      target: { system: 'Cloverleaf adt_from_adt_recv' },
      engine: { kind: 'cloverleaf', feeds: ['adt-from-adt-recv-to-lims-adt-out'], internalTarget: true },
      transport: { kind: 'mllp', network: 'local-host', retry: 'retry' },
    },
  },
  {
    engine: 'iguana 6 channel to a channel on a local port',
    inputs: [oe('iguana')],
    id: 'exercise1a-ch1-hl7-from-file',
    facts: {
      status: 'build',
      source: { system: 'Files in C:/FHIR/ADT/' },
      engine: {
        kind: 'iguana',
        channel: 'Exercise1A: CH1: HL7 From File',
        feeds: ['exercise1a-ch2-hl7-receiver-to-nothing'],
      },
      protocol: { standard: 'hl7v2' },
      transport: { kind: 'mllp', network: 'local-host', acknowledgement: 'application', retry: 'retry' },
    },
  },
  {
    engine: 'iguana 5 export',
    inputs: [oe('iguana')],
    id: 'bed-monitor-1-fake-adt-feed',
    facts: {
      status: 'build',
      target: { system: 'LLP receiver at localhost:7823' },
      transport: { kind: 'mllp' },
    },
  },
  {
    engine: 'openhim clients, channels and a Kafka route',
    inputs: [oe('openhim/jembi-platform-mpi-mediator-openhim-import-kafka-route.json')],
    id: 'test-client-to-kafka-topic-2xx-async',
    facts: {
      status: 'live',
      source: { system: 'Test' },
      engine: { kind: 'openhim', channel: 'MPI Orchestration for fhir bundles - Asynchronous flow' },
      protocol: { standard: 'fhir' },
      transport: { kind: 'other' },
    },
  },
  {
    engine: 'openhim route to a mediator that calls back into the HIM',
    inputs: [oe('openhim/itech-uw-openhim-config-export.json')],
    id: 'tester-to-openhim-mediator-shared-health-record',
    facts: {
      target: { system: 'OpenHIM mediator Shared Health Record' },
      engine: {
        kind: 'openhim',
        via: ['SHR - FHIR Passthrough', 'SHR - Get/Update IPS', 'SHR Lab'],
        feeds: [
          'openhim-mediator-shared-health-record-to-openhim-mediator-client',
          'openhim-mediator-shared-health-record-to-shr-fhir-8080',
        ],
        internalTarget: true,
      },
      protocol: { standard: 'fhir' },
    },
  },
  {
    engine: 'mirth: message types from a transformer object literal, systems from the channel name',
    inputs: [rel('synthetic/engines/mirth-canary.xml')],
    id: 'lims-results-to-epr',
    facts: {
      source: { system: 'LIMS' },
      target: { system: 'EPR' },
      engine: { kind: 'mirth', version: '4.4.0', revision: 3 },
      protocol: { standard: 'hl7v2', messages: ['ORU^R01', 'ORU^R30'] },
      transport: { kind: 'mllp', network: 'internal', retry: 'queue', acknowledgement: 'application' },
    },
  },
];

describe('engine importers: the facts a careful engineer records', () => {
  const t = tempDir();
  afterAll(t.done);
  it.each(cases)('$engine: $id', ({ inputs, id, facts }) => {
    const out = join(t.dir, id);
    importAuto(inputs, { outDir: out, cwd: repoRoot });
    const text = readTree(out).get(`${id}.yaml`);
    expect(text, `no spec ${id}`).toBeDefined();
    expect(parse(text!)).toMatchObject(facts);
  });
});

describe('secrets in every engine, every field that is copied or read', () => {
  const t = tempDir();
  let summary: ImportSummary;
  let output: string;
  beforeAll(() => {
    summary = importAuto([rel('synthetic/engines')], { outDir: join(t.dir, 'specs'), cwd: repoRoot });
    output =
      [...readTree(join(t.dir, 'specs')).values()].join('\n') +
      JSON.stringify(summary) +
      renderSummaryText(summary);
  });
  afterAll(t.done);

  it('copies no canary value anywhere', () => {
    expect(summary.specs.length).toBe(6);
    expect(output).not.toMatch(/Cn4ry/);
    // an e-mail address in a description is personal data, withheld too
    expect(output).not.toContain('support@example.com');
  });

  it.each([
    ['rhapsody-canary.xml', 'fhirDBPassword', 'stored credential'],
    ['rhapsody-canary.xml', 'Property[4][Password]', 'encrypted credential'],
    ['rhapsody-canary.xml', '[Config]', 'credential in text'],
    ['rhapsody-canary.xml', '[Notes]', 'credential in a connection string'],
    ['rhapsody-canary.xml', '[Script]', 'credential in a script'],
    ['rhapsody-canary.xml', '[DB_PWD]', 'stored credential'],
    ['intersystems-canary.cls', 'Setting[@Name="fhirDBPassword"]', 'stored credential'],
    ['intersystems-canary.cls', '@Comment', 'credential in text'],
    ['intersystems-canary.cls', '/Production/Description', 'bearer token'],
    ['intersystems-canary-defaults.xml', 'SSLPassword', 'stored credential'],
    ['ChannelConfiguration.xml', '@ftp_password', 'stored credential'],
    ['ChannelConfiguration.xml', '@description', 'credential in text'],
    ['openhim-canary.json', '/Users/0/passwordHash', 'password hash or salt'],
    ['openhim-canary.json', '/Users/0/passwordSalt', 'password hash or salt'],
    ['openhim-canary.json', '/Clients/0/customTokenID', 'stored credential'],
    ['openhim-canary.json', '/Channels/0/description', 'private key'],
    ['openhim-canary.json', '/Channels/0/routes/0/password', 'stored credential'],
    ['openhim-canary.json', '/Mediators/0/config/apiKey', 'stored credential'],
    ['NetConfig', 'PROTOCOL.PASSWORD', 'stored credential'],
    ['NetConfig', 'PROTOCOL.API_KEY', 'stored credential'],
    ['camel-canary.properties', 'db_pwd', 'stored credential'],
    ['camel-canary.properties', 'apiKey', 'stored credential'],
    ['camel-canary.properties', 'ssl.keystore.password', 'encrypted credential'],
    ['camel-canary.properties', 'datasource.url', 'credential in a connection string'],
    ['mirth-canary.xml', '/channel/description', 'credential in a description'],
    ['mirth-canary.xml', 'JavaScriptStep/script', 'credential in a script'],
  ])('%s %s: %s', (file, path, kind) => {
    const found = summary.secretsWithheld.filter(
      (s) => s.file.endsWith(file) && s.path.includes(path) && s.stored,
    );
    expect(found.map((s) => s.kind)).toContain(kind);
  });

  it('counts what it withholds: the summary says as many as were found', () => {
    const stored = summary.secretsWithheld.filter((s) => s.stored);
    expect(renderSummaryText(summary)).toContain(`secrets withheld: ${stored.length} stored in the exports`);
    // two in the Mirth description (fhirDBPassword and db_pwd), one in its script
    expect(stored.filter((s) => s.file.endsWith('mirth-canary.xml'))).toHaveLength(3);
    // references are named, never counted as stored: $(DB_PWD) and the InterSystems credentials id
    expect(summary.secretsWithheld.filter((s) => !s.stored).map((s) => s.kind)).toEqual([
      'credential reference',
      'credential reference',
    ]);
  });
});
