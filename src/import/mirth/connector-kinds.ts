/** What a Mirth connector is, whatever version wrote it. */
export type ConnectorKind =
  | 'tcp-listener'
  | 'http-listener'
  | 'file-reader'
  | 'database-reader'
  | 'ws-listener'
  | 'js-reader'
  | 'channel-reader'
  | 'dicom-listener'
  | 'fhir-listener'
  | 'jms-reader'
  | 'tcp-sender'
  | 'http-sender'
  | 'file-writer'
  | 'database-writer'
  | 'smtp-sender'
  | 'channel-writer'
  | 'js-writer'
  | 'ws-sender'
  | 'document-writer'
  | 'dicom-sender'
  | 'jms-writer'
  | 'unknown';

/** Properties classes of the connectors shipped with Mirth Connect / Open Integration Engine. */
const byClass: Record<string, ConnectorKind> = {
  'tcp.TcpReceiverProperties': 'tcp-listener',
  'tcp.TcpDispatcherProperties': 'tcp-sender',
  'http.HttpReceiverProperties': 'http-listener',
  'http.HttpDispatcherProperties': 'http-sender',
  'file.FileReceiverProperties': 'file-reader',
  'file.FileDispatcherProperties': 'file-writer',
  'jdbc.DatabaseReceiverProperties': 'database-reader',
  'jdbc.DatabaseDispatcherProperties': 'database-writer',
  'vm.VmReceiverProperties': 'channel-reader',
  'vm.VmDispatcherProperties': 'channel-writer',
  'js.JavaScriptReceiverProperties': 'js-reader',
  'js.JavaScriptDispatcherProperties': 'js-writer',
  'smtp.SmtpDispatcherProperties': 'smtp-sender',
  'ws.WebServiceReceiverProperties': 'ws-listener',
  'ws.WebServiceDispatcherProperties': 'ws-sender',
  'doc.DocumentDispatcherProperties': 'document-writer',
  'dimse.DICOMReceiverProperties': 'dicom-listener',
  'dimse.DICOMDispatcherProperties': 'dicom-sender',
  'jms.JmsReceiverProperties': 'jms-reader',
  'jms.JmsDispatcherProperties': 'jms-writer',
  // Commercial (NextGen) FHIR connector: its settings are documented, so it is read like the rest.
  'fhir.shared.FhirReceiverProperties': 'fhir-listener',
};

/** Transport names as Mirth labels them (2.x exports only have these). */
const byTransportName: Record<string, ConnectorKind> = {
  'tcp listener': 'tcp-listener',
  'llp listener': 'tcp-listener',
  'mllp listener': 'tcp-listener',
  'tcp sender': 'tcp-sender',
  'llp sender': 'tcp-sender',
  'mllp sender': 'tcp-sender',
  'http listener': 'http-listener',
  'http sender': 'http-sender',
  'file reader': 'file-reader',
  'file writer': 'file-writer',
  'database reader': 'database-reader',
  'database writer': 'database-writer',
  'channel reader': 'channel-reader',
  'channel writer': 'channel-writer',
  'javascript reader': 'js-reader',
  'javascript writer': 'js-writer',
  'smtp sender': 'smtp-sender',
  'email sender': 'smtp-sender',
  'web service listener': 'ws-listener',
  'soap listener': 'ws-listener',
  'web service sender': 'ws-sender',
  'soap sender': 'ws-sender',
  'document writer': 'document-writer',
  'pdf writer': 'document-writer',
  'dicom listener': 'dicom-listener',
  'dicom sender': 'dicom-sender',
  'jms reader': 'jms-reader',
  'jms listener': 'jms-reader',
  'jms writer': 'jms-writer',
  'jms sender': 'jms-writer',
  'fhir listener': 'fhir-listener',
};

/**
 * Kind from the properties class when it is a known one, else from the transport label. A class
 * outside Mirth's own packages is a commercial or custom connector and stays unknown even if its
 * label looks familiar, because its settings cannot be read with confidence.
 */
export function connectorKind(
  className: string | undefined,
  transportName: string | undefined,
): ConnectorKind {
  if (className) {
    const m = /^com\.mirth\.connect\.connectors\.(.+)$/.exec(className);
    return (m && byClass[m[1]!]) || 'unknown';
  }
  return byTransportName[(transportName ?? '').trim().toLowerCase()] ?? 'unknown';
}

export function isSourceKind(kind: ConnectorKind): boolean {
  return /-(listener|reader)$/.test(kind);
}

/** Destinations that stay inside the engine: their real target is elsewhere. */
export function isInternalKind(kind: ConnectorKind): boolean {
  return (
    kind === 'channel-writer' || kind === 'js-writer' || kind === 'channel-reader' || kind === 'js-reader'
  );
}
