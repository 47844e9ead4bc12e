import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importAuto } from '../../src/import/auto.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { fixtures, readTree, repoRoot, tempDir, type Spec } from './helpers.js';

const iris = (p: string) => relative(repoRoot, join(fixtures, 'other-engines/intersystems-iris', p));

interface Run {
  summary: ImportSummary;
  specs: Map<string, { data: Spec; text: string }>;
}

const dirs: Array<() => void> = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d();
});

function run(inputs: string[], cwd = repoRoot): Run {
  const t = tempDir();
  dirs.push(t.done);
  const summary = importAuto(inputs, { outDir: join(t.dir, 'out'), cwd });
  const specs = new Map<string, { data: Spec; text: string }>();
  if (summary.specs.length > 0)
    for (const [file, text] of readTree(join(t.dir, 'out')))
      specs.set(file.replace(/\.yaml$/, ''), { data: parse(text) as Spec, text });
  return { summary, specs };
}

/** A folder of files written for one test. */
function files(entries: Record<string, string>): string {
  const t = tempDir();
  dirs.push(t.done);
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(join(t.dir, name, '..'), { recursive: true });
    writeFileSync(join(t.dir, name), text);
  }
  return t.dir;
}

const production = (name: string, items: string) => `Class ${name} Extends Ens.Production
{

XData ProductionDefinition
{
<Production Name="${name}">
${items}
</Production>
}

}
`;

describe('InterSystems: routing found in business host classes', () => {
  it('follows BPL <call> targets and SendRequestAsync on a service the code creates', () => {
    const { specs } = run([iris('workshop-interop-intro')]);
    // before: the BPL process reached nothing, so "Order CSV In to nothing" was all there was
    expect([...specs.keys()].sort()).toEqual([
      'order-api-in-to-customer-mysql-query',
      'order-api-in-to-notification-api-out',
      'order-csv-in-to-customer-mysql-query',
      'order-csv-in-to-notification-api-out',
    ]);
    const notify = specs.get('order-csv-in-to-notification-api-out')!;
    expect(notify.data['status']).toBe('live');
    expect(notify.data['engine']).toMatchObject({ kind: 'iris', via: ['Order Process'] });
    expect(notify.data['protocol']).toMatchObject({ standard: 'csv' });
    expect(notify.data['transport']).toMatchObject({ kind: 'https', encryption: 'tls' });
    expect(notify.text).toContain(
      'Order Process: a business process: sends to Customer MySQL Query, Notification API Out (BPL call)',
    );
    const api = specs.get('order-api-in-to-notification-api-out')!;
    expect(api.text).toContain(
      'not an item of production Demo.Order.Production: class Demo.Order.BS.OrderAPI creates it by name',
    );
    expect(api.data['transport']).toMatchObject({ kind: 'https' });
  });

  it('applies class defaults (InitialExpression) the production leaves unset, and drafts the local FHIR server', () => {
    const { specs, summary } = run([iris('fhir-hl7v2-sql-demo')]);
    expect(summary.formats!.map((f) => f.format).sort()).toEqual([
      'InterSystems business host class',
      'InterSystems business host class',
      'InterSystems business host class',
      'InterSystems production class',
    ]);
    // POSTService: TargetConfigNames = "HL7toSDAProcess"; HL7TransformProcess: TargetConfigName = the SDA to FHIR process
    const rest = specs.get('ws-rest-to-hs-fhirserver-interop-operation')!;
    expect(rest.data['engine']['via']).toEqual(['HL7toSDAProcess', 'HS.FHIR.DTL.Util.HC.SDA3.FHIR.Process']);
    expect(rest.data['target']).toEqual({
      system: 'FHIR server of this InterSystems instance (HS.FHIRServer)',
    });
    expect(rest.text).toContain(
      'not set in the production, so the class default applies: TargetConfigNames = HL7toSDAProcess (FHIRDemo.Service.POSTService)',
    );
    expect(rest.text).toContain(
      'called by class FHIRDemo.REST.Dispatch through Ens.Director.CreateBusinessService',
    );
    expect(rest.text).not.toContain('computed at run time');
    expect(rest.data['transport']).toMatchObject({ kind: 'https' });
    // the local FHIR server is named, not a placeholder to replace
    const blanks = summary.specs.find((s) => s.id === 'ws-rest-to-hs-fhirserver-interop-operation')!.blanks;
    expect(blanks).not.toContain('target.system (placeholder)');
    // HS.FHIRServer.Interop.Service sends to HS.FHIRServer.Interop.Operation by default
    const fhir = specs.get('hs-fhirserver-interop-service-to-hs-fhirserver-interop-operation')!;
    expect(fhir.data['status']).toBe('live');
    expect(fhir.data['protocol']).toEqual({ standard: 'fhir' });
    expect([...specs.keys()].some((k) => k.includes('to-nothing'))).toBe(false);
  });

  it("drafts each end's character set from its Charset setting, and leaves Default to a person", () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="PAS ADT In" ClassName="EnsLib.HL7.Service.TCPService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Lab ADT Out</Setting>
  <Setting Target="Adapter" Name="Port">5000</Setting>
  <Setting Target="Adapter" Name="Charset">UTF-8</Setting>
</Item>
<Item Name="Lab ADT Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true">
  <Setting Target="Adapter" Name="IPAddress">10.0.0.9</Setting><Setting Target="Adapter" Name="Port">6000</Setting>
  <Setting Target="Adapter" Name="Charset">Latin1</Setting>
</Item>
<Item Name="Old In" ClassName="EnsLib.HL7.Service.TCPService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Lab ADT Out</Setting>
  <Setting Target="Adapter" Name="Port">5001</Setting>
  <Setting Target="Adapter" Name="Charset">Default</Setting>
</Item>`,
      ),
    });
    const { specs } = run([dir], dir);
    const s = specs.get('pas-adt-in-to-lab-adt-out')!;
    expect(s.data['source']).toMatchObject({ characterSet: 'utf-8' });
    expect(s.data['target']).toMatchObject({ characterSet: 'iso-8859-1' });
    const old = specs.get('old-in-to-lab-adt-out')!;
    expect(old.data['source']['characterSet']).toBeUndefined();
    expect(old.text).toContain('"Old In" reads text with its Charset setting at Default');
  });

  it("reads an FTP adapter's Charset of Ascii as a transfer mode, never as a character set", () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="Pathology FTP In" ClassName="EnsLib.HL7.Service.FTPService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Lab ADT Out</Setting>
  <Setting Target="Adapter" Name="FTPServer">ftp.lab.example</Setting>
  <Setting Target="Adapter" Name="FilePath">/out</Setting>
  <Setting Target="Adapter" Name="Charset">Ascii</Setting>
</Item>
<Item Name="Lab ADT Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true">
  <Setting Target="Adapter" Name="IPAddress">10.0.0.9</Setting><Setting Target="Adapter" Name="Port">6000</Setting>
</Item>`,
      ),
    });
    const { specs } = run([dir], dir);
    const s = specs.get('pathology-ftp-in-to-lab-adt-out')!;
    expect(s.data['source']['characterSet']).toBeUndefined();
    expect(s.text).toContain('Charset Ascii: an ASCII-mode FTP transfer with no character set translation');
  });

  it('sends from the item a REST class creates by name when the production has it', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="Orders API In" ClassName="Demo.OrdersAPI" Enabled="true"></Item>
<Item Name="Orders Process" ClassName="Demo.OrdersProcess" Enabled="true"></Item>
<Item Name="LIMS Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.9</Setting><Setting Target="Adapter" Name="Port">6000</Setting></Item>`,
      ),
      'OrdersAPI.cls': `Class Demo.OrdersAPI Extends (%CSP.REST, Ens.BusinessService)
{

ClassMethod NewOrder()
{
    // $$$ThrowOnError(service.SendRequestAsync("Old Process", msg))
    $$$ThrowOnError(##class(Ens.Director).CreateBusinessService("Orders API In", .service))
    $$$ThrowOnError(service.SendRequestAsync("Orders Process", msg))
}

}
`,
      'OrdersProcess.cls': `Class Demo.OrdersProcess Extends Ens.BusinessProcess
{

Method OnRequest(pRequest As Ens.Request, Output pResponse As Ens.Response) As %Status
{
  quit ..SendRequestSync("LIMS Out", pRequest, .pResponse)
}

}
`,
    });
    const { specs } = run([dir], dir);
    // before: "Orders API In to nothing" and "Unreached: Orders Process to LIMS Out"
    expect([...specs.keys()]).toEqual(['orders-api-in-to-lims-out']);
    const s = specs.get('orders-api-in-to-lims-out')!;
    expect(s.data['engine']['via']).toEqual(['Orders Process']);
    expect(s.text).toContain('source.endpoint = REST API of class Demo.OrdersAPI (a %CSP.REST dispatcher');
    expect(s.text).not.toContain('Old Process');
  });

  it('reads a subclass production, indented XData, sends under a rule set and MqttBS/MqttBO classes', () => {
    const { specs, summary } = run([iris('irisdemo-hl7-mqtt')]);
    // before: the empty base production of the same name won, and the indented MessageMap of a
    // host class was reported as malformed XML
    expect(summary.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...specs.keys()].sort()).toEqual([
      'emr-hl7-feed-to-aws-sns-operation',
      'emr-hl7-feed-to-emr-hl7-appointment-store-operation',
      'mqttin-to-health-information-exchange-observations',
      'mqttin-to-mqttout',
    ]);
    const mqtt = specs.get('mqttin-to-mqttout')!;
    expect(mqtt.data['status']).toBe('live');
    // an MQTT client connects out to its broker both ways: subscriber in, publisher out
    expect(mqtt.text).toContain(
      'source.endpoint = JBH.Antonum.Iris.Mqtt.MqttBS subscribed at tcp://localhost:1883, topic iris/in',
    );
    expect(mqtt.text).toContain(
      'target.endpoint = JBH.Antonum.Iris.Mqtt.MqttBO publishing to tcp://localhost:1883, topic iris/out',
    );
    expect(mqtt.text).not.toContain('listening');
    expect(specs.get('emr-hl7-feed-to-aws-sns-operation')!.text).toContain(
      'TargetConfigNames also names HL7_SMS_Router, not in this production.',
    );
  });

  it('lets the production setting win over the class default', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="In" ClassName="Demo.InService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Out A</Setting>
  <Setting Target="Adapter" Name="FilePath">/in</Setting>
</Item>
<Item Name="Out A" ClassName="EnsLib.File.PassthroughOperation" Enabled="true"><Setting Target="Adapter" Name="FilePath">/a</Setting></Item>
<Item Name="Out B" ClassName="EnsLib.File.PassthroughOperation" Enabled="true"><Setting Target="Adapter" Name="FilePath">/b</Setting></Item>`,
      ),
      'InService.cls': `Include Ensemble

Class Demo.InService Extends Ens.BusinessService
{

Parameter ADAPTER = "EnsLib.File.InboundAdapter";

Parameter SETTINGS = "TargetConfigNames:Basic";

Property TargetConfigNames As %String [ InitialExpression = "Out B" ];

}
`,
    });
    const { specs } = run([dir], dir);
    expect([...specs.keys()].sort()).toEqual(['in-to-out-a', 'unreached-out-b']);
    expect(specs.get('in-to-out-a')!.data['transport']).toMatchObject({ kind: 'file' });
  });

  it('withholds a credential a host class holds as a default, and names where', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="Out" ClassName="Demo.ApiOperation" Enabled="true"><Setting Target="Adapter" Name="HTTPServer">api.example.nhs.uk</Setting></Item>`,
      ),
      'ApiOperation.cls': `Class Demo.ApiOperation Extends EnsLib.REST.Operation
{

Parameter SETTINGS = "ApiKey";

Property ApiKey As %String [ InitialExpression = "k3y-5ecret-value" ];

}
`,
    });
    const { summary, specs } = run([dir], dir);
    expect(summary.secretsWithheld).toEqual([
      expect.objectContaining({
        kind: 'stored credential',
        path: 'Demo.ApiOperation/Property[ApiKey]',
        stored: true,
      }),
    ]);
    expect(summary.diagnostics.map((d) => d.code)).toContain('import-secret-withheld');
    const withheld = summary.diagnostics.find((d) => d.code === 'import-secret-withheld')!;
    expect(withheld.message).toContain('Interoperability > Configure > Credentials');
    expect(withheld.message).not.toContain('Mirth');
    expect([...specs.values()].map((s) => s.text).join('\n')).not.toContain('k3y-5ecret-value');
  });

  it('reads a partial TargetConfigNames list with spaces and a trailing comma', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="ADT In" ClassName="EnsLib.HL7.Service.TCPService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames"> PAS Out ,  Lab Out, Gone Out, </Setting>
  <Setting Target="Adapter" Name="Port">5000</Setting>
</Item>
<Item Name="PAS Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.1</Setting><Setting Target="Adapter" Name="Port">6000</Setting></Item>
<Item Name="Lab Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.2</Setting><Setting Target="Adapter" Name="Port">6001</Setting></Item>`,
      ),
    });
    const { specs } = run([dir], dir);
    // before: one name not in the production dropped the whole list
    expect([...specs.keys()].sort()).toEqual(['adt-in-to-lab-out', 'adt-in-to-pas-out']);
    expect(specs.get('adt-in-to-pas-out')!.text).toContain(
      'TargetConfigNames also names Gone Out, not in this production.',
    );
  });

  it('turns a TCP adapter round when IPAddress starts with "!"', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="Results From LIMS" ClassName="EnsLib.HL7.Service.TCPService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Results To EPR</Setting>
  <Setting Target="Adapter" Name="IPAddress">!lims.example.nhs.uk</Setting>
  <Setting Target="Adapter" Name="Port">7000</Setting>
</Item>
<Item Name="Results To EPR" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true">
  <Setting Target="Adapter" Name="IPAddress">!10.2.2.2</Setting>
  <Setting Target="Adapter" Name="Port">7001</Setting>
</Item>`,
      ),
    });
    const { specs } = run([dir], dir);
    const s = specs.get('results-from-lims-to-results-to-epr')!;
    expect(s.text).toContain(
      'source.endpoint = HL7.Service.TCPService connecting out to lims.example.nhs.uk:7000',
    );
    expect(s.text).toContain(
      'target.endpoint = HL7.Operation.TCPOperation waiting for a connection port 7001',
    );
    expect(s.text).toContain('accepts connections only from 10.2.2.2');
    expect(s.text).toContain('the service connects out to lims.example.nhs.uk');
  });

  it('gives the HL7 message a BPL hands an operation from its data transformations', () => {
    const dtl = (name: string, docType: string) => `Class ${name} Extends Ens.DataTransformDTL
{

XData DTL [ XMLNamespace = "http://www.intersystems.com/dtl" ]
{
<transform sourceClass='Demo.OrderReq' targetClass='EnsLib.HL7.Message' targetDocType='${docType}' create='new' language='objectscript' >
</transform>
}

}
`;
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="Orders In" ClassName="EnsLib.File.PassthroughService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Orders Process</Setting><Setting Target="Adapter" Name="FilePath">/in</Setting>
</Item>
<Item Name="Orders Process" ClassName="Demo.OrdersBPL" Enabled="true"></Item>
<Item Name="LIMS Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.9</Setting><Setting Target="Adapter" Name="Port">6000</Setting></Item>
<Item Name="PAS Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.8</Setting><Setting Target="Adapter" Name="Port">6001</Setting></Item>`,
      ),
      'OrdersBPL.cls': `Class Demo.OrdersBPL Extends Ens.BusinessProcessBPL
{

XData BPL [ XMLNamespace = "http://www.intersystems.com/bpl" ]
{
<process language='objectscript' request='Demo.OrderReq' response='Ens.Response'>
<sequence>
<transform name='To ORM' class='Demo.ToORM' source='request' target='context.hl7' />
<transform name='To ADT' class='Demo.ToADT' source='request' target='context.adt' />
<call name='Send' target='LIMS Out' async='1'><request type='EnsLib.HL7.Message'/></call>
<if condition='context.urgent'><true>
<call name='Tell PAS' target='PAS Out' async='1'><request type='EnsLib.HL7.Message'/></call>
</true></if>
</sequence>
</process>
}

}
`,
      'ToORM.cls': dtl('Demo.ToORM', '2.5:ORM_O01'),
      'ToADT.cls': dtl('Demo.ToADT', '2.5:ADT_A01'),
    });
    const { specs } = run([dir], dir);
    // ORM_O01 is the structure of one event; ADT_A01 is also A04, A08 and A13: only ADT is certain
    expect(specs.get('orders-in-to-lims-out')!.data['protocol']).toEqual({
      standard: 'hl7v2',
      messages: ['ADT', 'ORM^O01'],
    });
    const pas = specs.get('orders-in-to-pas-out')!;
    expect(pas.data['engine']['via']).toEqual(['Orders Process']);
    expect(pas.text).toContain('Orders Process calls it only under a condition or in a loop of its BPL');
  });

  it('takes HL7 from MessageSchemaCategory over a package name that says FHIR', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="Portal In" ClassName="FHIRDemo.Service.POSTService" Enabled="true">
  <Setting Target="Host" Name="MessageSchemaCategory">2.5.1</Setting>
  <Setting Target="Host" Name="TargetConfigNames">EPR Out</Setting>
</Item>
<Item Name="EPR Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.1</Setting><Setting Target="Adapter" Name="Port">6000</Setting></Item>`,
      ),
    });
    const { specs } = run([dir], dir);
    expect(specs.get('portal-in-to-epr-out')!.data['protocol']).toEqual({
      standard: 'hl7v2',
      version: '2.5.1',
    });
  });

  it('marks a flow unfiltered when one rule filters by type and another sends everything', () => {
    const rule = `Class Demo.Rule Extends Ens.Rule.Definition
{

XData RuleDefinition [ XMLNamespace = "http://www.intersystems.com/rule" ]
{
<ruleDefinition alias="" context="EnsLib.HL7.MsgRouter.RoutingEngine">
<ruleSet name="">
<rule name="ADT only">
<constraint name="docName" value="ADT_A08"></constraint>
<when condition="1"><send transform="" target="EPR Out"></send></when>
</rule>
<rule name="Everything">
<when condition="1"><send transform="" target="EPR Out"></send></when>
</rule>
</ruleSet>
</ruleDefinition>
}

}
`;
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="PAS In" ClassName="EnsLib.HL7.Service.TCPService" Enabled="true">
  <Setting Target="Host" Name="TargetConfigNames">Router</Setting><Setting Target="Adapter" Name="Port">5000</Setting>
</Item>
<Item Name="Router" ClassName="EnsLib.HL7.MsgRouter.RoutingEngine" Enabled="true"><Setting Target="Host" Name="BusinessRuleName">Demo.Rule</Setting></Item>
<Item Name="EPR Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.1</Setting><Setting Target="Adapter" Name="Port">6000</Setting></Item>`,
      ),
      'Rule.cls': rule,
    });
    const { specs } = run([dir], dir);
    const s = specs.get('pas-in-to-epr-out')!;
    // before: protocol.messages said [ADT^A08] although every message reaches EPR Out
    expect(s.data['protocol']['messages']).toBeUndefined();
    expect(s.text).toContain('another path sends every message without a filter');
  });

  it('never copies staff e-mail addresses or phone numbers from an item Comment', () => {
    const dir = files({
      'P.cls': production(
        'Demo.P',
        `<Item Name="ADT In" ClassName="EnsLib.HL7.Service.TCPService" Enabled="true" Comment="ADT from PAS. Contact jane.doe@nhs.net or 020 7946 0958, ext 4412.">
  <Setting Target="Host" Name="TargetConfigNames">EPR Out</Setting><Setting Target="Adapter" Name="Port">5000</Setting>
</Item>
<Item Name="EPR Out" ClassName="EnsLib.HL7.Operation.TCPOperation" Enabled="true"><Setting Target="Adapter" Name="IPAddress">10.0.0.1</Setting><Setting Target="Adapter" Name="Port">6000</Setting></Item>`,
      ),
    });
    const { specs } = run([dir], dir);
    const s = specs.get('adt-in-to-epr-out')!;
    expect(s.data['description']).toBe(
      'ADT from PAS. Contact [e-mail address withheld] or [phone number withheld], [phone number withheld].',
    );
    expect(s.text).not.toMatch(/jane|7946|4412/);
    expect(s.text).toContain(
      'Copied from InterSystems IRIS for Health: the comment or description of "ADT In"',
    );
  });

  it('says what an import with no production holds instead', () => {
    const dir = files({
      'InService.cls': `Class Demo.InService Extends Ens.BusinessService
{
Property TargetConfigNames As %String [ InitialExpression = "Out" ];
}
`,
    });
    const { summary } = run([dir], dir);
    const d = summary.diagnostics.find((x) => x.code === 'import-engine-no-flows')!;
    expect(d.message).toContain('it holds 1 other class (Demo.InService), and no production');
  });
});
