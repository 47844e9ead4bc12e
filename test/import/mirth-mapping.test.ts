import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMirth } from '../../src/import/mirth/import.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

/** Import some fixture files together and read the drafts back as YAML data and text. */
function importFiles(files: string[]) {
  const { dir, done } = tempDir();
  const summary = importMirth(
    files.map((f) => relative(repoRoot, join(fixtures, f))),
    { outDir: join(dir, 'specs'), cwd: repoRoot },
  );
  const texts = readTree(join(dir, 'specs'));
  const spec = (id: string) => {
    const text = texts.get(`${id}.yaml`);
    if (!text) throw new Error(`no spec ${id}; have ${[...texts.keys()].join(', ')}`);
    return { text, data: parse(text) as Spec };
  };
  return { summary, spec, done };
}

describe('Mirth channel -> draft spec', () => {
  let r: ReturnType<typeof importFiles>;
  beforeAll(() => {
    r = importFiles(['mirth']);
  });
  afterAll(() => r.done());

  it('maps a 4.x MLLP listener to file writer', () => {
    const { data, text } = r.spec('a02-logger');
    expect(data.engine).toEqual({
      kind: 'mirth',
      version: '4.4.0',
      channel: 'A02_logger',
      channelId: 'ddd4fb6b-0232-4af2-b32d-9022674322a0',
      revision: 1,
    });
    expect(data.status).toBe('live');
    expect(data.source.system).toBe('Sender to MLLP port 6661');
    expect(data.protocol.standard).toBe('hl7v2');
    expect(data.transport).toMatchObject({ kind: 'file', retry: 'none' });
    // the configuration-map placeholder is kept as a named unknown, never resolved
    expect(data.target.system).toBe('Folder ${dest_folder}');
    expect(text).toContain('${dest_folder} in Destination 1: unresolved placeholder');
    expect(data.tags).toEqual(['clase1']);
    // what the export cannot know is left out, with a comment saying what to fill in
    for (const key of ['owner', 'sla', 'runbook', 'monitoring', 'latency', 'consumers', 'lawfulBasis']) {
      expect(data[key]).toBeUndefined();
      expect(text).toMatch(new RegExp(`^# ${key}: left blank: .+`, 'm'));
    }
  });

  it('keeps enabled and initial state apart: enabled but STOPPED is not live', () => {
    const { data, text } = r.spec('c01-cda-error-email');
    expect(data.status).toBe('build');
    expect(text).toContain('# Mirth says: enabled = true, initial state = STOPPED.');
  });

  it('links a Channel Writer to the spec of the channel it feeds, and back', () => {
    const writer = r.spec('c01-cda-process');
    expect(writer.data.target.system).toBe('Mirth channel C01_cda_error_email');
    expect(writer.text).toContain('feeds Mirth channel "C01_cda_error_email": spec c01-cda-error-email');
    const reader = r.spec('c01-cda-error-email');
    expect(reader.data.source.system).toBe('Mirth channel C01_cda_process');
    expect(reader.text).toContain('fed by Mirth channel "C01_cda_process": spec c01-cda-process');
    expect(r.summary.specs.find((s) => s.id === 'c01-cda-error-email')!.blanks).not.toContain(
      'source.system (placeholder)',
    );
  });

  it('reads message types from rule-builder filters and templates, and says it is a heuristic', () => {
    const { data, text } = r.spec('04-002-ltw-new-lab-order');
    expect(data.protocol.messages).toEqual(['OML^O21']);
    expect(data.protocol.version).toBe('2.5.1');
    expect(text).toContain(
      'a heuristic: govspec reads literal values and MSH.9 comparisons and never runs the scripts',
    );
    expect(r.spec('04-003-swf-orm').data.protocol.messages).toEqual(['ORM^O01']);
  });

  it('describes the TCP sender leg with its application acknowledgement', () => {
    const { data } = r.spec('04-003-swf-orm');
    expect(data.target.system).toBe('MLLP receiver at 192.168.1.103:2575');
    expect(data.transport).toEqual({
      kind: 'mllp',
      network: 'internal',
      encryption: 'none',
      authentication: 'network-only',
      acknowledgement: 'application',
      retry: 'none',
    });
  });

  it('reads the 2.x legacy <property name=...> format', () => {
    const http = r.spec('pheme-http-receiver').data;
    expect(http.engine.revision).toBe(22);
    expect(http.source.system).toBe('Client of HTTP 127.0.0.1:8099');
    expect(http.target.system).toBe('Folder /opt/pheme/filedrops');
    expect(http.protocol).toMatchObject({ standard: 'xml' });
    const db = r.spec('pheme-hl7-obx-insert').data;
    expect(db.target.system).toBe('PostgreSQL database warehouse at localhost:5432');
    expect(db.transport).toMatchObject({ kind: 'database', network: 'local-host' });
  });

  it('drafts one spec per channel of a server backup, with group tags and the backup facts', () => {
    const backup = r.summary.specs.filter((s) => s.origin.includes('mirthsync-server-backup'));
    expect(backup.map((s) => s.id).sort()).toEqual([
      'hello-db-writer',
      'http-3080',
      'http-hello2-3081',
      'http-hello3-3083',
    ]);
    const hello = r.spec('hello-db-writer');
    expect(hello.data.tags).toEqual(['group:This is a group']);
    expect(hello.data.retention).toEqual({ messageLog: 'forever', messageLogPurge: 'none' });
    expect(hello.text).toContain('the backup shows the server data pruner disabled');
    expect(hello.data.source.system).toBe('JavaScript Reader (script not read)');
  });

  it('names code template libraries but never reads them', () => {
    expect(r.spec('get-num-pages-from-embedded-pdf').text).toContain(
      'Uses code template libraries (shared JavaScript, not read): PDF Helper Functions.',
    );
  });

  it('marks fill-in text in the export as such', () => {
    const { data, text } = r.spec('hl7v2tofhir');
    expect(data.source.system).toBe('Files in a folder set at deploy');
    expect(text).toContain('the export holds the fill-in text "FILL ME"');
    expect(data.transport).toMatchObject({ kind: 'https', encryption: 'tls', authentication: 'basic' });
  });

  it('says what a JavaScript Writer script appears to send to, and links the channels that feed it', () => {
    const { data, text } = r.spec('realtime-hl7v2-processor');
    expect(data.target.system).toBe('RabbitMQ (AMQP) via JavaScript Writer "Destination 1"');
    expect(text).toContain(
      "the JavaScript Writer's script appears to use RabbitMQ (AMQP) (read as text, never run)",
    );
    expect(r.summary.specs.find((s) => s.id === 'realtime-hl7v2-processor')!.blanks).toContain(
      'target.system (placeholder)',
    );
    expect(data.source.system).toBe('Mirth channel TCP_Receiver_Channel');
    expect(r.spec('tcp-receiver-channel').data.engine.feeds).toEqual(['realtime-hl7v2-processor']);
  });

  it('lists the other destinations of a channel in a comment on target', () => {
    const { text } = r.spec('04-002-ltw-new-lab-order');
    expect(text).toContain(
      '#   "Guarda orden" (destination 2): Database Writer jdbc:mysql://127.0.0.1:3306/mirth_tests, not queued\n',
    );
  });
});

describe('Mirth exports govspec does not fully know', () => {
  let r: ReturnType<typeof importFiles>;
  let summary: ImportSummary;
  beforeAll(() => {
    r = importFiles(['synthetic/mirth']);
    summary = r.summary;
  });
  afterAll(() => r.done());

  it('still imports the good files when others are malformed, and exits with errors', () => {
    const errors = summary.diagnostics.filter((d) => d.severity === 'error');
    expect(
      errors.map((d) => `${d.code} ${d.location?.file.split('/').pop()}:${d.location?.line}`).sort(),
    ).toEqual([
      'import-mirth-not-an-export not-an-export.xml:2',
      'import-xml-doctype doctype-entities.xml:6',
      'import-xml-malformed malformed.xml:6',
    ]);
    expect(summary.files).toEqual({ read: 7, withErrors: 3 });
    expect(summary.specs.map((s) => s.id).sort()).toEqual([
      'canary-secrets',
      'fhir-patient-in-acme-out',
      'legacy-llp-feed',
    ]);
  });

  it('tolerates a commercial connector it does not know and lists it', () => {
    expect(summary.unknownConnectors).toEqual([
      {
        file: 'test/fixtures/import/synthetic/mirth/fhir-listener-and-unknown-connector.xml',
        channel: 'FHIR Patient in / ACME out',
        connector: 'destination "To ACME"',
        type: 'com.example.connectors.acme.AcmeDispatcherProperties',
      },
    ]);
    const { data } = r.spec('fhir-patient-in-acme-out');
    // the destination's name says where it sends; the connector itself is unknown
    expect(data.target.system).toBe('ACME');
    expect(data.transport.kind).toBe('other');
    expect(data.protocol).toEqual({ standard: 'fhir', version: 'R4' });
    expect(data.retention).toEqual({ messageLog: 'P30D', messageLogPurge: 'automatic' });
  });

  it('warns about an export with no channels', () => {
    expect(summary.diagnostics.some((d) => d.code === 'import-mirth-no-channels')).toBe(true);
  });

  it('never copies a canary credential from any place an export keeps one', () => {
    const all = [
      ...r.spec('canary-secrets').text.split('\n'),
      ...r.spec('legacy-llp-feed').text.split('\n'),
    ].join('\n');
    const output = all + JSON.stringify(summary);
    expect(output).not.toMatch(/Cn4ry/);
    const kinds = summary.secretsWithheld.filter((s) => s.stored).map((s) => s.kind);
    expect(new Set(kinds)).toEqual(
      new Set([
        'credential in a URL',
        'HTTP basic-auth credential',
        'secret in an HTTP header',
        'secret in an HTTP parameter',
        'credential in a connection string',
        'stored credential',
        'credential in a script',
        'credential in a description',
      ]),
    );
    // description text is kept, with the credential removed
    expect(r.spec('canary-secrets').data.description).toBe(
      'Synthetic. Admin login password: [withheld] (do not copy). Old endpoint https://legacy.example.nhs.uk/in',
    );
  });

  it('reads message types from a JavaScript filter comparison', () => {
    expect(r.spec('canary-secrets').data.protocol.messages).toEqual(['ADT^A01', 'ADT^A03']);
  });

  it('maps a disabled 2.x channel to retired and its queue to retry: queue', () => {
    const { data } = r.spec('legacy-llp-feed');
    expect(data.status).toBe('retired');
    expect(data.transport).toMatchObject({ kind: 'mllp', network: 'internal', retry: 'queue' });
    expect(data.retention).toEqual({ messageLog: 'P30D', messageLogPurge: 'automatic' });
  });
});

describe('Mirth channel group and list exports', () => {
  it('drafts every channel of a group export and tags it with the group', () => {
    const t = tempDir();
    try {
      const channel = readFileSync(join(fixtures, 'synthetic/reimport-v1/pas-adt.xml'), 'utf8');
      const group = `<channelGroup version="4.4.0"><id>g1</id><name>ADT feeds</name><channels>${channel}</channels></channelGroup>`;
      writeFileSync(join(t.dir, 'group.xml'), group);
      writeFileSync(
        join(t.dir, 'list.xml'),
        `<list>${channel.replace('PAS ADT to EPR', 'Copy').replace('5e1f0000', '6e1f0000')}</list>`,
      );
      const summary = importMirth(['group.xml', 'list.xml'], { outDir: 'out', cwd: t.dir });
      expect(summary.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(summary.specs.map((s) => s.id)).toEqual(['copy', 'pas-adt-to-epr']);
      const data = parse(readFileSync(join(t.dir, 'out/pas-adt-to-epr.yaml'), 'utf8')) as Spec;
      expect(data.tags).toEqual(['group:ADT feeds']);
      expect(readFileSync(join(t.dir, 'out/pas-adt-to-epr.yaml'), 'utf8')).toContain(
        '(Mirth 4.4.0 channel group export, line 1)',
      );
    } finally {
      t.done();
    }
  });
});

describe('import inputs', () => {
  it('does not follow a folder link that loops, and reports a missing input', () => {
    const t = tempDir();
    try {
      mkdirSync(join(t.dir, 'exports'));
      writeFileSync(
        join(t.dir, 'exports/a.xml'),
        readFileSync(join(fixtures, 'synthetic/reimport-v1/pas-adt.xml')),
      );
      symlinkSync(join(t.dir, 'exports'), join(t.dir, 'exports/loop'));
      const summary = importMirth(['exports', 'missing.xml'], { outDir: 'out', cwd: t.dir });
      expect(summary.specs.map((s) => s.id)).toEqual(['pas-adt-to-epr']);
      expect(summary.diagnostics.map((d) => `${d.code} ${d.location?.file}`)).toContain(
        'import-file-unreadable missing.xml',
      );
      expect(summary.files.withErrors).toBe(1);
    } finally {
      t.done();
    }
  });
});

describe('incomplete channel exports', () => {
  it('drafts a channel with no source connector and says what is missing', () => {
    const t = tempDir();
    try {
      writeFileSync(
        join(t.dir, 'bare.xml'),
        '<channel version="4.4.0">\n  <id>b</id>\n  <name>Bare</name>\n</channel>\n',
      );
      const summary = importMirth(['bare.xml'], { outDir: 'out', cwd: t.dir });
      expect(summary.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
        'warning import-mirth-missing-field',
      ]);
      expect(summary.unknownConnectors).toEqual([]);
      const data = parse(readFileSync(join(t.dir, 'out/bare.yaml'), 'utf8')) as Spec;
      expect(data.source.system).toBe('Unknown source');
      expect(data.target.system).toBe('No destination');
    } finally {
      t.done();
    }
  });
});

describe('a Channel Writer set to None', () => {
  const fixture = join(fixtures, 'mirth', 'marlycormar-secure-json-http-basic-auth-to-hl7.xml');
  const draft = (xml: string) => {
    const { dir, done } = tempDir();
    try {
      const file = join(dir, 'channel.xml');
      writeFileSync(file, xml);
      importMirth([file], { outDir: join(dir, 'specs'), cwd: dir });
      const [text] = [...readTree(join(dir, 'specs')).values()];
      return { text: text!, data: parse(text!) as Spec };
    } finally {
      done();
    }
  };

  it('feeds nothing, and says so instead of naming an unset channel', () => {
    const { data, text } = draft(readFileSync(fixture, 'utf8'));
    expect(data.target.system).toBe('nothing (Channel Writer set to None)');
    expect(text).toContain('hands the message to no channel');
    expect(text).not.toContain('Mirth channel (not set)');
  });

  it("names what its transformer's script appears to write to, read as text", () => {
    const original = readFileSync(fixture, 'utf8');
    // the destination's transformer is the second one in the channel
    const at = original.indexOf('<elements/>', original.indexOf('<channelId>none</channelId>'));
    expect(at, 'the None writer has an empty transformer').toBeGreaterThan(0);
    const step =
      '<elements><com.mirth.connect.plugins.javascriptstep.JavaScriptStep><script>var db = DatabaseConnectionFactory.createDatabaseConnection(driver, url, user, pw);</script></com.mirth.connect.plugins.javascriptstep.JavaScriptStep></elements>';
    const { data, text } = draft(original.slice(0, at) + step + original.slice(at + '<elements/>'.length));
    expect(data.target.system).toBe(
      'a database (JDBC) via the transformer of Channel Writer "Destination 1"',
    );
    expect(text).toContain('read as text, never run');
  });
});
