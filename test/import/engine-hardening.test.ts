import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importAuto } from '../../src/import/auto.js';
import { importCodes } from '../../src/import/codes.js';
import { withoutContacts } from '../../src/import/draft/text.js';
import { detectFormat } from '../../src/import/formats/detect.js';
import { SecretScanner } from '../../src/import/secrets/scan.js';
import { findTextSecrets, redactText } from '../../src/import/secrets/text.js';
import { readTree, tempDir, type Spec } from './helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const dirs: Array<() => void> = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d();
});

function importFiles(entries: Record<string, string>) {
  const t = tempDir();
  dirs.push(t.done);
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(join(t.dir, 'in', name, '..'), { recursive: true });
    writeFileSync(join(t.dir, 'in', name), text);
  }
  const summary = importAuto(['in'], { outDir: 'out', cwd: t.dir });
  const specs = new Map<string, { data: Spec; text: string }>();
  if (summary.specs.length > 0)
    for (const [file, text] of readTree(join(t.dir, 'out')))
      specs.set(file.replace(/\.yaml$/, ''), { data: parse(text) as Spec, text });
  return { summary, specs };
}

describe('recognising InterSystems classes and settings files', () => {
  it.each([
    [
      'Svc.cls',
      'Include Ensemble\n\nClass Demo.Svc Extends Ens.BusinessService\n{\n}\n',
      'InterSystems business host class',
    ],
    [
      'Bp.cls',
      '/// A process\nClass Demo.Bp Extends (Ens.BusinessProcessBPL, Demo.Base)\n{\n}\n',
      'InterSystems business host class',
    ],
    [
      'Rest.cls',
      'Class Demo.Rest Extends %CSP.REST\n{\nClassMethod X()\n{\n do ##class(Ens.Director).CreateBusinessService("In",.s)\n}\n}\n',
      'InterSystems business host class',
    ],
    ['Msg.cls', 'Class Demo.Msg Extends Ens.Request\n{\n}\n', 'InterSystems class'],
    [
      'Prod.cls',
      'Import Demo\n\nClass Demo.Prod Extends Ens.Production\n{\n}\n',
      'InterSystems production class',
    ],
  ])('%s', (name, text, what) => {
    expect(detectFormat(name, bytes(text))).toEqual({ format: 'intersystems', what });
  });

  it.each([
    ['settings.ini', '; engine settings\n[database]\nhost = db1\nport = 5432\n\n[paths]\nin = /data/in\n'],
    [
      'pyproject.toml',
      '[tool.poetry]\nname = "x"\nversion = "0.1.0"\n\n[[tool.poetry.source]]\nurl = "https://x"\n',
    ],
  ])('%s is an INI or TOML file, not an engine export', (name, text) => {
    const found = detectFormat(name, bytes(text));
    expect(found.format).toBeUndefined();
    expect('looksLike' in found && found.looksLike).toMatch(
      /^an INI( or TOML)? settings file .* not an engine export$/,
    );
  });

  it('skips INI and TOML files in a folder quietly, with the reason, and no diagnostic', () => {
    const { summary } = importFiles({ 'a.ini': '[x]\na = 1\n', 'b.toml': '[x]\nb = "2"\n' });
    expect(summary.diagnostics).toEqual([]);
    expect(summary.skipped!.map((s) => s.reason)).toEqual([
      expect.stringMatching(/INI/),
      expect.stringMatching(/INI or TOML/),
    ]);
  });
});

describe('credentials in text: no false alarms, real ones still found', () => {
  it.each([
    'Basic',
    'Authorization: Basic',
    'credentials: Basic',
    'The endpoint uses Basic authentication over TLS',
    'Bearer tokens are issued by the NHS login service',
    'http://host/path:thing',
    'see http://pas.example.nhs.uk/api/token:refresh for details',
    'http://host/x(1)/token:abc',
  ])('%s is not a credential', (text) => {
    expect(findTextSecrets(text)).toEqual([]);
    expect(redactText(text)).toBe(text);
  });

  it.each([
    ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'bearer token'],
    ['Authorization: Bearer abc123def456ghi789', 'bearer token'],
    ['http://svc:s3cret@host/path:thing', 'credential in a URL'],
    ['password: hunter2', 'credential in text'],
    ['https://host/fhir?access_token=abc123', 'credential in a connection string'],
  ])('%s is a credential', (text, kind) => {
    expect(findTextSecrets(text).map((s) => s.kind)).toEqual([kind]);
  });

  it('a setting that names the scheme holds no credential; one that holds a password does', () => {
    const scan = (name: string, value: string) => {
      const s = new SecretScanner('f');
      s.setting(name, value, '/p', 1);
      return s.records.map((r) => r.kind);
    };
    expect(scan('Credentials', 'Basic')).toEqual([]);
    expect(scan('authType', 'Bearer')).toEqual([]);
    expect(scan('Password', 'hunter2')).toEqual(['stored credential']);
  });
});

describe('contact details in engine comments', () => {
  it.each([
    ['Call 020 7946 0958 out of hours', 'Call [phone number withheld] out of hours'],
    ['on-call +44 7700 900123', 'on-call [phone number withheld]'],
    ['bleep 4412 or ext. 2210', '[phone number withheld] or [phone number withheld]'],
    ['owner: jane.doe@nhs.net', 'owner: [e-mail address withheld]'],
  ])('%s', (raw, clean) => {
    expect(withoutContacts(raw)).toEqual({ text: clean, removed: true });
  });

  it.each([
    'Listens on 10.12.0.5:6661 since 2024-01-05',
    'HL7 2.5.1, NHS number 943 476 5919',
    'version 0.1.0, retries 3 times every 30 seconds',
  ])('%s keeps its numbers', (raw) => {
    expect(withoutContacts(raw)).toEqual({ text: raw, removed: false });
  });
});

describe('diagnostics of the engine importers', () => {
  it('XML messages name no single engine', () => {
    const at = { file: 'x.xml', line: 1, column: 1 };
    for (const d of [
      importCodes['import-xml-malformed'].at(at, 'unclosed tag'),
      importCodes['import-xml-doctype'].at(at),
      importCodes['import-xml-too-deep'].at(at, 200),
    ])
      expect(d.message).not.toMatch(/Mirth/);
  });
});

const openhim = (channels: unknown[], clients: unknown[] = []) =>
  JSON.stringify({ Users: [], Clients: clients, Channels: channels, Mediators: [] }, null, 2);

describe('OpenHIM exports', () => {
  it('drafts a polling channel once, from its schedule, even when it allows clients', () => {
    const { specs, summary } = importFiles({
      'openhim.json': openhim(
        [
          {
            name: 'Nightly PAS pull',
            urlPattern: '^/pull$',
            type: 'polling',
            pollingSchedule: '0 2 * * *',
            allow: ['pas'],
            routes: [
              {
                name: 'pas',
                host: 'pas.example.nhs.uk',
                port: 443,
                path: '/export',
                secured: true,
                primary: true,
              },
            ],
          },
        ],
        [{ clientID: 'pas-client', name: 'PAS', roles: ['pas'] }],
      ),
    });
    // before: one flow from the poller and a second from the client that only holds the role
    expect(summary.specs.map((s) => s.id)).toEqual(['nightly-pas-pull-to-pas-example-nhs-uk-443-export']);
    expect([...specs.values()][0]!.text).toContain('a polling channel is started by OpenHIM on its schedule');
  });

  it.each(['tcp', 'tls'])(
    'drafts a %s channel once, from its listener: OpenHIM does not know which allowed client connects',
    (type) => {
      const { specs, summary } = importFiles({
        'openhim.json': openhim(
          [
            {
              name: 'Lab results in',
              urlPattern: '^/lab$',
              type,
              tcpHost: '0.0.0.0',
              tcpPort: 2575,
              allow: ['lab'],
              routes: [{ name: 'epr', host: 'epr.example.nhs.uk', port: 6661, type: 'tcp', primary: true }],
            },
          ],
          [{ clientID: 'lab-client', name: 'Pathology LIMS', roles: ['lab'] }],
        ),
      });
      // before: one flow from the listener and a second from the client that only holds the role
      expect(summary.specs).toHaveLength(1);
      const text = [...specs.values()][0]!.text;
      expect(text).toContain(`OpenHIM does not identify the sender on a ${type.toUpperCase()} channel`);
      expect(text).not.toMatch(/Pathology LIMS.*calling OpenHIM/);
    },
  );

  it('drafts a clean name for a channel named by a template placeholder, and flags it', () => {
    const { specs, summary } = importFiles({
      'openhim.json': openhim(
        [
          {
            name: '{{SITE_NAME}} Lab Results',
            urlPattern: '^/lab$',
            allow: ['lab'],
            routes: [{ name: 'shr', host: '{{SHR_HOST}}', port: 3000, path: '/fhir', primary: true }],
          },
        ],
        [{ clientID: 'lims', name: 'LIMS', roles: ['lab'] }],
      ),
    });
    const [id] = summary.specs.map((s) => s.id);
    expect(id).toBe('lims-to-shr-host-3000-fhir');
    const s = specs.get(id!)!;
    expect(s.data['engine']['channel']).toBe('Lab Results');
    expect(s.data['target']['system']).toBe('SHR HOST');
    expect(s.text).not.toContain('{{SITE_NAME}} Lab Results\n');
    expect(summary.specs[0]!.blanks).toContain('title (placeholder)');
    expect(s.text).toContain('is a template placeholder not filled in');
  });

  it('drafts no flow for a client no channel allows, and names it in the notes', () => {
    const { summary, specs } = importFiles({
      'openhim.json': openhim(
        [
          {
            name: 'Lab',
            urlPattern: '^/lab$',
            allow: ['lab'],
            routes: [{ name: 'r', host: 'lims', port: 80, primary: true }],
          },
        ],
        [
          { clientID: 'lims', name: 'LIMS', roles: ['lab'] },
          { clientID: 'spare', name: '{{SPARE_CLIENT}}', roles: ['unused'] },
        ],
      ),
    });
    // before: "{{SPARE CLIENT}} to nothing" was drafted for a client that can call nothing
    expect(summary.specs.map((s) => s.id)).toEqual(['lims-to-lims-80']);
    expect([...specs.values()][0]!.text).toContain(
      'Clients no channel of this export lets call it, not drafted: SPARE CLIENT.',
    );
  });

  it('says what an export with no channels holds', () => {
    const { summary } = importFiles({
      'openhim.json': JSON.stringify({
        Clients: [{ clientID: 'a', roles: ['x'] }],
        Channels: [],
        Mediators: [],
      }),
    });
    const d = summary.diagnostics.find((x) => x.code === 'import-engine-no-flows')!;
    expect(d.message).toContain('it holds no channels: 1 client(s), 0 mediator(s)');
  });
});
