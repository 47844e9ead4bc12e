import { describe, expect, it } from 'vitest';
import { readFhirResources } from '../../src/import/mirth/fhir-resources.js';
import { parseXml } from '../../src/import/xml/safe-xml.js';

const channel = (inner: string) => {
  const [root] = parseXml('c.xml', new TextEncoder().encode(`<channel version="4.4.0">${inner}</channel>`));
  return root!;
};

describe('FHIR resources a FHIR Listener serves, read as data', () => {
  it('from the CapabilityStatement template and resource type checks in scripts', () => {
    const c =
      channel(`<sourceConnector><properties class="com.mirth.connect.connectors.fhir.shared.FhirReceiverProperties">
      <conformanceTemplate>{"rest": [{"resource": [{"type": "Patient"}, {"type": "Encounter"}]}]}</conformanceTemplate>
    </properties><filter><elements><com.mirth.connect.plugins.javascriptrule.JavaScriptRule>
      <script>return $('fhirType') == 'Observation' || sourceMap.get('fhirType') === "NotAResource";</script>
    </com.mirth.connect.plugins.javascriptrule.JavaScriptRule></elements></filter></sourceConnector>`);
    expect(readFhirResources(c)).toEqual(['Encounter', 'Observation', 'Patient']);
  });
});
