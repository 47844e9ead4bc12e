import { child, textAt, type XmlElement } from '../xml/tree.js';
import { connectorKind, type ConnectorKind } from './connector-kinds.js';
import { endpointOf, type Endpoint } from './endpoint.js';
import { ConnectorProps } from './props.js';
import { scriptHints } from './script-hints.js';

export interface ConnectorFacts {
  role: 'source' | 'destination';
  /** 0 for the source, 1..n for destinations. */
  metaDataId: number;
  name: string;
  transportName: string;
  className?: string;
  kind: ConnectorKind;
  enabled?: boolean;
  endpoint: Endpoint;
  inbound?: string;
  outbound?: string;
  queue?: boolean;
  retryCount?: number;
  /** Source: which response goes back to the sender (Mirth's responseVariable). */
  response?: string;
  /** Source: true when it splits what it receives into several messages (Process Batch). */
  processBatch?: boolean;
  /** TCP sender: true when it does not wait for the receiver's ACK. */
  ignoreResponse?: boolean;
  pollingMillis?: number;
  /** JavaScript Reader or Writer: what its script appears to talk to (read as text, never run). */
  scriptUses?: string[];
  /** The character set the connector reads or writes text in (charsetEncoding), as the export has it. */
  charset?: string;
  element: XmlElement;
}

export function readConnector(
  el: XmlElement,
  role: 'source' | 'destination',
  fallbackId: number,
): ConnectorFacts {
  const propsEl = child(el, 'properties');
  const p = new ConnectorProps(propsEl);
  const transportName = textAt(el, 'transportName') ?? p.get('DataType') ?? '';
  const className = propsEl?.attrs['class'];
  const kind = connectorKind(className, transportName);
  const metaDataId = Number(textAt(el, 'metaDataId') ?? (role === 'source' ? 0 : fallbackId));
  const facts: ConnectorFacts = {
    role,
    metaDataId: Number.isFinite(metaDataId) ? metaDataId : fallbackId,
    name: textAt(el, 'name') ?? (role === 'source' ? 'sourceConnector' : `Destination ${fallbackId}`),
    transportName: transportName || '(none)',
    kind,
    endpoint: endpointOf(kind, p),
    element: el,
  };
  if (className) facts.className = className;
  const enabled = textAt(el, 'enabled');
  if (enabled) facts.enabled = enabled === 'true';
  const inbound = textAt(el, 'transformer/inboundDataType') ?? textAt(el, 'transformer/inboundProtocol');
  const outbound = textAt(el, 'transformer/outboundDataType') ?? textAt(el, 'transformer/outboundProtocol');
  if (inbound) facts.inbound = inbound.toUpperCase();
  if (outbound) facts.outbound = outbound.toUpperCase();
  if (role === 'destination') {
    const queue = p.bool('destinationConnectorProperties/queueEnabled', 'usePersistentQueues');
    if (queue !== undefined) facts.queue = queue;
    const retries = Number(p.get('destinationConnectorProperties/retryCount', 'retryCount'));
    if (Number.isFinite(retries) && p.get('destinationConnectorProperties/retryCount', 'retryCount'))
      facts.retryCount = retries;
    const ignore = p.bool('ignoreResponse');
    if (ignore !== undefined) facts.ignoreResponse = ignore;
  } else {
    const response = p.get('sourceConnectorProperties/responseVariable', 'responseValue', 'receiverResponse');
    if (response) facts.response = response;
    if (p.bool('sourceConnectorProperties/processBatch', 'processBatch', 'processBatchFiles'))
      facts.processBatch = true;
  }
  const charset = p.get('charsetEncoding');
  if (charset) facts.charset = charset;
  const polling = Number(p.get('pollConnectorProperties/pollingFrequency', 'pollingFrequency'));
  if (Number.isFinite(polling) && polling > 0) facts.pollingMillis = polling;
  // A Channel Writer set to None does its work, if any, in its transformer's scripts.
  const scripts =
    kind === 'js-writer' || kind === 'js-reader'
      ? scriptHints(el)
      : kind === 'channel-writer' && !facts.endpoint.channelId
        ? scriptHints(el, 'transformer')
        : [];
  if (scripts.length > 0) facts.scriptUses = scripts;
  return facts;
}
