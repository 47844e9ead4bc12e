import { describe, expect, it } from 'vitest';
import { readConnector } from '../../src/import/mirth/connector.js';
import { transportOf } from '../../src/import/mirth/transport.js';
import type { ChannelFacts } from '../../src/import/mirth/channel.js';
import { parseXml } from '../../src/import/xml/safe-xml.js';

/** A 3.x/4.x connector element with the given properties class and settings. */
function connector(role: 'source' | 'destination', cls: string, transport: string, settings: string) {
  const tag = role === 'source' ? 'sourceConnector' : 'connector';
  const xml = `<${tag}><metaDataId>${role === 'source' ? 0 : 1}</metaDataId><name>c</name>
    <properties class="com.mirth.connect.connectors.${cls}">${settings}</properties>
    <transformer><inboundDataType>HL7V2</inboundDataType><outboundDataType>HL7V2</outboundDataType></transformer>
    <transportName>${transport}</transportName><enabled>true</enabled></${tag}>`;
  const [el, diags] = parseXml('x.xml', new TextEncoder().encode(xml));
  expect(diags).toEqual([]);
  return readConnector(el!, role, 1);
}

const listen = (port: number) =>
  `<listenerConnectorProperties><host>0.0.0.0</host><port>${port}</port></listenerConnectorProperties>`;

describe('Mirth connector settings', () => {
  it.each([
    [
      'source',
      'ws.WebServiceReceiverProperties',
      'Web Service Listener',
      `${listen(8081)}<serviceName>Lab</serviceName>`,
      'ws-listener',
      { host: '0.0.0.0', port: '8081', serviceName: 'Lab', tls: false, auth: 'none' },
    ],
    [
      'destination',
      'ws.WebServiceDispatcherProperties',
      'Web Service Sender',
      '<locationURI>https://lims.example.nhs.uk:8443/ws?wsdl</locationURI>',
      'ws-sender',
      {
        url: 'https://lims.example.nhs.uk:8443/ws',
        scheme: 'https',
        host: 'lims.example.nhs.uk',
        port: '8443',
        path: '/ws',
        tls: true,
      },
    ],
    [
      'source',
      'file.FileReceiverProperties',
      'File Reader',
      '<scheme>SFTP</scheme><host>sftp://gp.example.nhs.uk/inbox</host>',
      'file-reader',
      {
        scheme: 'SFTP',
        host: 'gp.example.nhs.uk',
        path: '/inbox',
        url: 'sftp://gp.example.nhs.uk/inbox',
        tls: true,
      },
    ],
    // Mirth puts scheme:// in front of the host setting: it holds server[:port]/folder
    [
      'source',
      'file.FileReceiverProperties',
      'File Reader',
      '<scheme>SFTP</scheme><host>gp.example.nhs.uk:2222/inbox/lab</host>',
      'file-reader',
      {
        scheme: 'SFTP',
        host: 'gp.example.nhs.uk',
        port: '2222',
        path: '/inbox/lab',
        url: 'sftp://gp.example.nhs.uk:2222/inbox/lab',
        tls: true,
      },
    ],
    [
      'destination',
      'file.FileDispatcherProperties',
      'File Writer',
      '<scheme>FTP</scheme><host>10.1.2.3</host><secure>true</secure><anonymous>true</anonymous>',
      'file-writer',
      { scheme: 'FTP', host: '10.1.2.3', url: 'ftp://10.1.2.3', tls: false, auth: 'none' },
    ],
    // a single leading slash is a folder with no server set
    [
      'destination',
      'file.FileDispatcherProperties',
      'File Writer',
      '<scheme>SFTP</scheme><host>/outbound</host>',
      'file-writer',
      { scheme: 'SFTP', path: '/outbound', tls: true },
    ],
    [
      'destination',
      'file.FileDispatcherProperties',
      'File Writer',
      '<scheme>SMB</scheme><host>fs01.trust.local/share/out</host>',
      'file-writer',
      {
        scheme: 'SMB',
        host: 'fs01.trust.local',
        path: '/share/out',
        url: 'smb://fs01.trust.local/share/out',
      },
    ],
    [
      'destination',
      'file.FileDispatcherProperties',
      'File Writer',
      '<scheme>SMB</scheme><host>\\\\fs01\\share\\out</host>',
      'file-writer',
      { scheme: 'SMB', host: 'fs01', path: '/share/out', url: 'smb://fs01/share/out' },
    ],
    [
      'destination',
      'file.FileDispatcherProperties',
      'File Writer',
      '<scheme>WEBDAV</scheme><host>dav.example.nhs.uk/docs</host><secure>false</secure>',
      'file-writer',
      {
        scheme: 'WEBDAV',
        host: 'dav.example.nhs.uk',
        path: '/docs',
        url: 'http://dav.example.nhs.uk/docs',
        tls: false,
      },
    ],
    [
      'source',
      'file.FileReceiverProperties',
      'File Reader',
      '<scheme>S3</scheme><schemeProperties class="com.mirth.connect.connectors.file.S3SchemeProperties"><region>eu-west-2</region></schemeProperties><host>trust-lab-drop/results</host>',
      'file-reader',
      {
        scheme: 'S3',
        path: 'trust-lab-drop/results',
        region: 'eu-west-2',
        url: 's3://trust-lab-drop/results',
        tls: true,
      },
    ],
    [
      'source',
      'file.FileReceiverProperties',
      'File Reader',
      '<scheme>FILE</scheme><host>\\\\pasfs01\\hl7\\out</host>',
      'file-reader',
      { scheme: 'FILE', path: '\\\\pasfs01\\hl7\\out', host: 'pasfs01', share: true },
    ],
    [
      'destination',
      'ws.WebServiceDispatcherProperties',
      'Web Service Sender',
      '<wsdlUrl>${lims_wsdl}</wsdlUrl><service>{urn:lims}Results</service><port>{urn:lims}ResultsPort</port><locationURI></locationURI>',
      'ws-sender',
      { url: '${lims_wsdl}', wsdlService: 'Results', wsdlPort: 'ResultsPort' },
    ],
    [
      'destination',
      'doc.DocumentDispatcherProperties',
      'Document Writer',
      '<host>/letters</host><documentType>pdf</documentType>',
      'document-writer',
      { scheme: 'FILE', path: '/letters', documentType: 'pdf' },
    ],
    [
      'source',
      'dimse.DICOMReceiverProperties',
      'DICOM Listener',
      listen(104),
      'dicom-listener',
      { host: '0.0.0.0', port: '104', tls: false, auth: 'none' },
    ],
    [
      'destination',
      'jdbc.DatabaseDispatcherProperties',
      'Database Writer',
      '<url>jdbc:oracle:thin:@db.example.nhs.uk:1521:PAS</url>',
      'database-writer',
      {
        url: 'jdbc:oracle:thin:@db.example.nhs.uk:1521:PAS',
        scheme: 'Oracle',
        host: 'db.example.nhs.uk',
        port: '1521',
        database: 'PAS',
      },
    ],
    [
      'destination',
      'jms.JmsDispatcherProperties',
      'JMS Sender',
      '<host>mq.example.nhs.uk</host>',
      'jms-writer',
      { host: 'mq.example.nhs.uk' },
    ],
  ] as const)('%s %s', (role, cls, transport, settings, kind, endpoint) => {
    const c = readConnector(connector(role, cls, transport, settings).element, role, 1);
    expect(c.kind).toBe(kind);
    expect(c.endpoint).toEqual(endpoint);
  });

  it('reads TLS from a TLS plugin on a TCP listener and says MLLP', () => {
    const c = connector(
      'source',
      'tcp.TcpReceiverProperties',
      'TCP Listener',
      `<pluginProperties><com.mirth.connect.plugins.ssl.model.ListenerSslProperties/></pluginProperties>${listen(6661)}
       <transmissionModeProperties class="com.mirth.connect.plugins.mllpmode.MLLPModeProperties"/><serverMode>true</serverMode>`,
    );
    expect(c.endpoint).toEqual({ host: '0.0.0.0', port: '6661', mllp: true, tls: true });
    const channel = { source: c, destinations: [] } as unknown as ChannelFacts;
    expect(transportOf(channel, undefined).value).toEqual({
      kind: 'mllp',
      encryption: 'tls',
      authentication: 'network-only',
    });
  });

  it('reads a TCP listener in client mode as connecting out', () => {
    const c = connector(
      'source',
      'tcp.TcpReceiverProperties',
      'TCP Listener',
      '<serverMode>false</serverMode><remoteAddress>10.1.1.1</remoteAddress><remotePort>5000</remotePort>',
    );
    expect(c.endpoint).toMatchObject({ host: '10.1.1.1', port: '5000', clientMode: true });
  });

  it('knows a connector by its class; the label alone counts only in 2.x exports', () => {
    expect(connector('destination', 'x.UnknownDispatcherProperties', 'TCP Sender', '').kind).toBe('unknown');
    const read = (xml: string) =>
      readConnector(parseXml('x', new TextEncoder().encode(xml))[0]!, 'destination', 1).kind;
    expect(
      read(
        '<connector><properties class="com.vendor.TcpDispatcherProperties"/><transportName>TCP Sender</transportName></connector>',
      ),
    ).toBe('unknown');
    expect(
      read(
        '<connector><properties><property name="DataType">LLP Sender</property></properties><transportName>LLP Sender</transportName></connector>',
      ),
    ).toBe('tcp-sender');
  });
});
