import type { EngineKind, HopKind, Standard } from '../model/written.js';

/** Product names for engine kinds, as integration teams and suppliers write them. */
export const engineNames: Readonly<Record<EngineKind, string>> = {
  mirth: 'Mirth Connect',
  'open-integration-engine': 'Open Integration Engine',
  rhapsody: 'Rhapsody',
  ensemble: 'InterSystems Ensemble',
  iris: 'InterSystems IRIS for Health',
  healthshare: 'InterSystems HealthShare',
  cloverleaf: 'Cloverleaf',
  iguana: 'Iguana',
  openhim: 'OpenHIM',
  corepoint: 'Corepoint',
  biztalk: 'Microsoft BizTalk',
  bespoke: 'bespoke service',
  none: 'none (point to point)',
};

/** Plain names for message and document standards. */
export const standardNames: Readonly<Record<Standard, string>> = {
  hl7v2: 'HL7 v2',
  fhir: 'FHIR',
  cda: 'HL7 CDA',
  openehr: 'openEHR',
  csv: 'CSV',
  soap: 'SOAP',
  xml: 'XML',
  dicom: 'DICOM',
  other: 'other format',
};

/** Plain names for the kinds of system a flow passes through. */
export const hopKindNames: Readonly<Record<HopKind, string>> = {
  engine: 'integration engine',
  'spine-secure-proxy': 'Spine Secure Proxy',
  mesh: 'MESH (Message Exchange for Social Care and Health)',
  'event-management': 'event management service',
  'api-platform': 'API platform',
  broker: 'message broker',
  gateway: 'gateway',
  cache: 'cache',
  other: 'intermediary',
};

export function engineName(kind: string): string {
  return (engineNames as Record<string, string>)[kind] ?? kind;
}
