import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/import/formats/detect.js';
import { importAuto } from '../../src/import/auto.js';
import { importMirth } from '../../src/import/mirth/import.js';
import { readConnector } from '../../src/import/mirth/connector.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { parseXml } from '../../src/import/xml/safe-xml.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

const folder = join(fixtures, 'synthetic/mirth-remote');

describe('Mirth File connectors on remote servers, Web Service Senders, descriptions, group sets', () => {
  const t = tempDir();
  let summary: ImportSummary;
  let texts: Map<string, string>;
  beforeAll(() => {
    summary = importMirth([relative(repoRoot, folder)], { outDir: join(t.dir, 'specs'), cwd: repoRoot });
    texts = readTree(join(t.dir, 'specs'));
  });
  afterAll(t.done);
  const spec = (id: string) => ({
    text: texts.get(`${id}.yaml`)!,
    data: parse(texts.get(`${id}.yaml`)!) as Spec,
  });

  it('drafts the three channels and tags them with the groups of the group set', () => {
    expect(summary.specs.map((s) => s.id)).toEqual([
      'lims-results-sftp-to-epr-share',
      'pas-to-lims-soap',
      'radiology-reports-out',
    ]);
    expect(spec('lims-results-sftp-to-epr-share').data.tags).toEqual(['group:Pathology']);
    expect(spec('radiology-reports-out').data.tags).toEqual(['group:Radiology']);
    const set = summary.diagnostics.find((d) => d.location?.file.endsWith('channel-group-set.xml'));
    expect(set?.code).toBe('import-mirth-no-channels');
    expect(set?.message).toContain('names 2 channels by id only');
  });

  it('reads server, port and folder of an SFTP reader from <host>, and names the SMB share it writes to', () => {
    const { data, text } = spec('lims-results-sftp-to-epr-share');
    expect(text).toContain('File Reader sftp://sftp.lab.example.nhs.uk:2222/outbound/results');
    expect(data.target.system).toBe(
      'Files to Windows share on eprfs01.trust.local (folder /hl7$/inbound/results)',
    );
    // the written leg is a Windows share: a folder, with encryption left to the file server
    expect(data.transport).toEqual({ kind: 'file', retry: 'queue' });
    expect(text).toContain('SMB is a Windows file share on eprfs01.trust.local: drafted as kind file.');
    expect(text).toContain('network: left blank: say whether eprfs01.trust.local is reached');
  });

  it('drafts an SFTP source leg as sftp with SSH encryption and says how it logs in', () => {
    const readerOnly = tempDir();
    try {
      const xml = readFileSync(join(folder, 'sftp-reader-to-smb-writer.xml'), 'utf8')
        .replace(/<destinationConnectors>[\s\S]*<\/destinationConnectors>/, '<destinationConnectors/>')
        .replace('<processBatch>false</processBatch>', '<processBatch>true</processBatch>');
      const file = join(readerOnly.dir, 'reader.xml');
      writeFileSync(file, xml);
      importMirth([file], { outDir: join(readerOnly.dir, 'specs'), cwd: readerOnly.dir });
      const text = readTree(join(readerOnly.dir, 'specs')).get('lims-results-sftp-to-epr-share.yaml')!;
      const data = parse(text) as Spec;
      // the channel name's trailing link words (results, SFTP) are not the system's name
      expect(data.source.system).toBe('LIMS');
      expect(data.transport).toEqual({ kind: 'sftp', encryption: 'tls' });
      expect(text).toContain('SFTP encrypts with SSH');
      expect(text).toContain('logs in to the SFTP server with a key');
      expect(text).toContain('network: left blank: say whether sftp.lab.example.nhs.uk is reached');
      expect(text).toContain(
        'The source processes batches (Process Batch): one file or stream may hold many HL7 messages',
      );
    } finally {
      readerOnly.done();
    }
  });

  it('never copies a user and password typed into a folder or a remote path', () => {
    const dir = tempDir();
    try {
      const xml = readFileSync(join(folder, 'sftp-reader-to-smb-writer.xml'), 'utf8')
        .replace(
          '<host>sftp.lab.example.nhs.uk:2222/outbound/results</host>',
          '<host>sftp.lab.example.nhs.uk:2222/labftp:Pa55word!@outbound/results</host>',
        )
        .replace(
          '<host>eprfs01.trust.local/hl7$/inbound/results</host>',
          '<host>/svc_epr:Winter2026@hl7/inbound</host>',
        );
      const file = join(dir.dir, 'creds.xml');
      writeFileSync(file, xml);
      importMirth([file], { outDir: join(dir.dir, 'specs'), cwd: dir.dir });
      const text = [...readTree(join(dir.dir, 'specs')).values()].join('\n');
      expect(text).toContain('sftp.lab.example.nhs.uk');
      expect(text).toContain('outbound/results');
      expect(text).toContain('hl7/inbound');
      expect(text).not.toContain('Pa55word');
      expect(text).not.toContain('Winter2026');
    } finally {
      dir.done();
    }
  });

  it('drafts the character set each end uses from charsetEncoding, and says when it is the server default', () => {
    const dir = tempDir();
    try {
      const lines = readFileSync(join(folder, 'sftp-reader-to-smb-writer.xml'), 'utf8').split('\n');
      const at = lines.flatMap((l, n) => (l.includes('<charsetEncoding>') ? [n] : []));
      expect(at).toHaveLength(2);
      lines[at[0]!] = lines[at[0]!]!.replace('DEFAULT_ENCODING', 'UTF-8');
      lines[at[1]!] = lines[at[1]!]!.replace('DEFAULT_ENCODING', 'ISO-8859-1');
      const file = join(dir.dir, 'charsets.xml');
      writeFileSync(file, lines.join('\n'));
      importMirth([file], { outDir: join(dir.dir, 'specs'), cwd: dir.dir });
      const data = parse(
        readTree(join(dir.dir, 'specs')).get('lims-results-sftp-to-epr-share.yaml')!,
      ) as Spec;
      expect(data.source).toMatchObject({ characterSet: 'utf-8' });
      expect(data.target).toMatchObject({ characterSet: 'iso-8859-1' });
    } finally {
      dir.done();
    }
    // the fixture as exported leaves both on the server's default: nothing is claimed, and the draft says so
    const { data, text } = spec('lims-results-sftp-to-epr-share');
    expect(data.source.characterSet).toBeUndefined();
    expect(text).toContain("the connector reads text in the Mirth server's default character set");
    expect(text).toContain("the connector writes text in the Mirth server's default character set");
  });

  it('drafts plain FTP as other without encryption, and WebDAV as https', () => {
    const { data, text } = spec('radiology-reports-out');
    expect(data.transport).toEqual({
      kind: 'other',
      network: 'internal',
      encryption: 'none',
      retry: 'retry',
    });
    expect(text).toContain("Mirth's FTP client has no TLS");
    expect(text).toContain(
      '"To document store" (destination 2): File Writer https://docs.example.nhs.uk:8443/dav/radiology',
    );
  });

  it('never drafts the WSDL port name of a Web Service Sender as a port', () => {
    const { data, text } = spec('pas-to-lims-soap');
    expect(text).toContain(
      'Web Service Sender ${lims_wsdl} (service ResultService, WSDL port ResultServicePort)',
    );
    expect(JSON.stringify(data)).not.toMatch(/"port"/);
    // 2.x keeps the settings as dispatcher* properties; the TCP port is the URL's
    const legacy = `<connector><properties>
      <property name="DataType">Web Service Sender</property>
      <property name="dispatcherWsdlUrl">http://lims.example.nhs.uk:8080/ws/Results?wsdl</property>
      <property name="dispatcherService">{urn:lims}Results</property>
      <property name="dispatcherPort">{urn:lims}ResultsPort</property>
      </properties><transportName>Web Service Sender</transportName></connector>`;
    const c = readConnector(parseXml('x', new TextEncoder().encode(legacy))[0]!, 'destination', 1);
    expect(c.endpoint).toEqual({
      url: 'http://lims.example.nhs.uk:8080/ws/Results',
      scheme: 'http',
      host: 'lims.example.nhs.uk',
      port: '8080',
      path: '/ws/Results',
      tls: false,
      wsdlService: 'Results',
      wsdlPort: 'ResultsPort',
    });
  });

  it('copies a multi-line description without the indentation of the XML around it', () => {
    expect(spec('lims-results-sftp-to-epr-share').data.description).toBe(
      [
        'Collects pathology result files that the LIMS drops on its SFTP server',
        "and writes them to the EPR's inbound Windows share.",
        '',
        'Config map keys:',
        '  lims_sftp_user - the SFTP account',
      ].join('\n'),
    );
  });

  it('takes e-mail addresses and phone numbers out of a channel description, and says so', () => {
    const dir = tempDir();
    try {
      const xml = readFileSync(join(folder, 'sftp-reader-to-smb-writer.xml'), 'utf8').replace(
        'Config map keys:',
        'Problems: ask Jane Doe on ext 4412 or jane.doe@nhs.net, out of hours 01632 960 001.',
      );
      const file = join(dir.dir, 'contacts.xml');
      writeFileSync(file, xml);
      importMirth([file], { outDir: join(dir.dir, 'specs'), cwd: dir.dir });
      const text = readTree(join(dir.dir, 'specs')).get('lims-results-sftp-to-epr-share.yaml')!;
      const data = parse(text) as Spec;
      expect(data.description).toContain('[e-mail address withheld]');
      expect(data.description).not.toMatch(/jane\.doe|4412|960 001/);
      expect(text).toContain('with e-mail addresses and phone numbers taken out: check it names no one');
    } finally {
      dir.done();
    }
  });
});

describe('Mirth exports that hold no channels', () => {
  const bundle = join(fixtures, 'mirth/ngc-examples-code-template-bundle-list.xml');

  it('recognises a <list> of code templates as a Mirth export', () => {
    expect(detectFormat(bundle, readFileSync(bundle))).toEqual({
      format: 'mirth',
      what: 'Mirth code template export (a list, no channels)',
    });
    const set = join(folder, 'channel-group-set.xml');
    expect(detectFormat(set, readFileSync(set))).toEqual({
      format: 'mirth',
      what: 'Mirth channel group set export',
    });
    const api =
      '<list>\n  <message>\n    <messageId>1</messageId>\n    <channelId>x</channelId>\n  </message>\n</list>';
    expect(detectFormat('messages.xml', new TextEncoder().encode(api))).toEqual({
      looksLike:
        'Mirth API output (messages or channel statuses), not a configuration: export the channels or a server backup',
    });
  });

  it('says there is nothing to draft, with the file and line, not that the file is unknown', () => {
    const t = tempDir();
    try {
      const s = importAuto([relative(repoRoot, bundle)], { outDir: join(t.dir, 'specs'), cwd: repoRoot });
      expect(s.specs).toEqual([]);
      expect(s.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([
        ['import-mirth-no-channels', 'warning', 1],
      ]);
      expect(s.diagnostics[0]!.message).toContain('<list> export of 16 code templates (shared JavaScript)');
    } finally {
      t.done();
    }
  });
});

describe('--dry-run', () => {
  it('says in the summary what each planned spec would hold', () => {
    const t = tempDir();
    try {
      const s = importMirth([relative(repoRoot, join(folder, 'ftp-and-webdav-writers.xml'))], {
        outDir: join(t.dir, 'specs'),
        cwd: repoRoot,
        dryRun: true,
      });
      expect(s.specs[0]!.action).toBe('planned');
      expect(s.specs[0]!.spec).toMatchObject({
        id: 'radiology-reports-out',
        draft: true,
        target: { system: 'legacy archive' },
        transport: { kind: 'other', encryption: 'none' },
      });
      expect(Object.keys(s.specs[0]!.spec!).slice(0, 3)).toEqual(['govspec', 'id', 'version']);
    } finally {
      t.done();
    }
  });
});
