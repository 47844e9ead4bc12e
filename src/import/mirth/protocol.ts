import type { ChannelFacts } from './channel.js';
import type { ConnectorFacts } from './connector.js';

export interface ProtocolDraft {
  value: Record<string, unknown>;
  notes: string[];
  /** True when HL7v2 message types should be listed but none could be read. */
  messagesBlank: boolean;
}

const standards: Record<string, [string, string | undefined]> = {
  HL7V2: ['hl7v2', undefined],
  HL7V3: ['xml', 'HL7 v3 XML (for example CDA documents)'],
  XML: ['xml', 'XML'],
  JSON: ['other', 'JSON'],
  RAW: ['other', 'raw text that Mirth does not parse'],
  DELIMITED: ['csv', 'delimited text'],
  DICOM: ['dicom', undefined],
  FHIR: ['fhir', undefined],
  SOAP: ['soap', undefined],
  EDI: ['other', 'EDI/X12'],
  X12: ['other', 'EDI/X12'],
  NCPDP: ['other', 'NCPDP'],
};

/** Protocol from the data type the sender delivers (the source's inbound data type). */
export function protocolOf(channel: ChannelFacts, primary: ConnectorFacts | undefined): ProtocolDraft {
  const inbound =
    channel.source.kind === 'fhir-listener'
      ? 'FHIR'
      : channel.source.kind === 'ws-listener'
        ? 'SOAP'
        : (channel.source.inbound ?? 'RAW');
  const [standard, description] = standards[inbound] ?? ['other', `Mirth data type ${inbound}`];
  const value: Record<string, unknown> = { standard };
  const notes = [
    `Mirth data types: source ${channel.source.inbound ?? '?'} in, ${channel.source.outbound ?? '?'} out${primary ? `; destination "${primary.name}" sends ${primary.outbound ?? primary.inbound ?? '?'}` : ''}.`,
  ];
  if (channel.source.processBatch)
    notes.push(
      `The source processes batches (Process Batch): one ${inbound === 'HL7V2' ? 'file or stream may hold many HL7 messages (an HL7 batch, split at each MSH)' : 'input is split into many messages'}, so the sender sends batches.`,
    );
  const types = channel.messageTypes;
  let messagesBlank = false;
  if (standard === 'hl7v2') {
    if (types.version) value['version'] = types.version;
    if (types.messages.length > 0) value['messages'] = types.messages;
    else messagesBlank = true;
    if (types.messages.length > 0 || types.version) {
      notes.push(
        `Read as data from the ${types.from.join(' and ')} (a heuristic: govspec reads literal values and MSH.9 comparisons and never runs the scripts). Check the list is complete.`,
      );
    }
    if (types.unpairedEvents.length > 0) {
      notes.push(`Events compared in filters without one message type: ${types.unpairedEvents.join(', ')}.`);
    }
  } else {
    const parts = [description ?? inbound];
    const out = primary?.outbound ?? channel.source.outbound;
    if (out && out !== inbound) parts.push(`turned into ${out} by the channel`);
    if (channel.source.kind === 'fhir-listener' && channel.source.endpoint.fhirVersion) {
      value['version'] = channel.source.endpoint.fhirVersion;
    }
    if (standard === 'fhir' && channel.fhirResources.length > 0) {
      value['resources'] = channel.fhirResources;
      notes.push(
        "FHIR resources read from the listener's CapabilityStatement template and the scripts' resource type checks: check the list is complete.",
      );
    }
    if (standard === 'soap' && channel.source.endpoint.serviceName)
      notes.push(`Web service ${channel.source.endpoint.serviceName}.`);
    if (standard !== 'fhir' && standard !== 'dicom' && standard !== 'soap')
      value['description'] = parts.join(', ').slice(0, 500);
    if (types.messages.length > 0)
      notes.push(`HL7v2 message types seen in its templates or filters: ${types.messages.join(', ')}.`);
  }
  if (standard !== 'fhir' && primary?.endpoint.path && /\/fhir(\/|$)/i.test(primary.endpoint.path)) {
    notes.push(
      'The destination URL looks like a FHIR server: the channel may send FHIR resources (list them in protocol.resources of a spec for that leg).',
    );
  }
  return { value, notes, messagesBlank };
}
