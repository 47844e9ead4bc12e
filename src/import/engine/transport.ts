import { networkOfHost } from '../draft/network.js';
import type { Flow } from './flows.js';
import type { Component, Endpoint, Wire } from './graph.js';

export interface FlowTransport {
  value: Record<string, unknown>;
  notes: string[];
}

const inside = new Set<Wire>(['internal', 'discard', 'timer', 'script']);

function outside(c: Component | undefined): c is Component & { endpoint: Endpoint } {
  if (!c?.endpoint || inside.has(c.endpoint.wire)) return false;
  // a connection known only by name says nothing about the wire: describe the other leg
  const e = c.endpoint;
  return e.wire !== 'unknown' || !!(e.host || e.port || e.path || e.url);
}

/**
 * The spec has one transport and a flow has two legs. The leg that reaches the target system
 * outside the engine is described; when the target stays inside the engine, the inbound leg.
 */
export function transportOfFlow(flow: Flow): FlowTransport {
  const leg = outside(flow.target) ? flow.target : outside(flow.source) ? flow.source : undefined;
  const notes: string[] = [];
  if (!leg) {
    return {
      value: { kind: 'other' },
      notes: [
        'Neither end talks to a system outside the engine in this export: describe the transport by hand.',
      ],
    };
  }
  const e = leg.endpoint;
  const other = leg === flow.target ? flow.source : flow.target;
  notes.push(
    `Describes the ${leg === flow.target ? 'outbound' : 'inbound'} leg: "${leg.name}", ${e.summary}.`,
  );
  if (other?.endpoint)
    notes.push(
      `The ${leg === flow.target ? 'inbound' : 'outbound'} leg is "${other.name}", ${other.endpoint.summary}.`,
    );
  const value: Record<string, unknown> = { kind: kindOf(e.wire) };
  if (e.wire === 'ftp')
    notes.push(
      'kind: other, because plain FTP is not one of the kinds; it carries no encryption unless FTPS is set.',
    );
  const network = networkOfHost(e.host);
  if (network) value['network'] = network;
  else if (e.host)
    notes.push(
      `network: left blank: say whether ${e.host} is reached over the internal network, HSCN or the internet.`,
    );
  if (e.tls === true) value['encryption'] = 'tls';
  if (e.tls === false) {
    value['encryption'] = 'none';
    notes.push('encryption: the export shows no TLS on this leg; say vpn if a tunnel protects it.');
  }
  if (e.wire === 'mllp' || e.wire === 'tcp') value['authentication'] = e.auth ?? 'network-only';
  else if (e.auth) value['authentication'] = e.auth;
  if (e.acknowledgement) value['acknowledgement'] = e.acknowledgement;
  const r = leg === flow.target ? e.retry : flow.target?.endpoint?.retry;
  if (r) {
    if (r.queue || r.unlimited) value['retry'] = 'queue';
    else if ((r.retries ?? 0) > 0) value['retry'] = 'retry';
    else if (r.retries === 0) value['retry'] = 'none';
    const every = r.intervalMillis ? `, every ${seconds(r.intervalMillis)}` : '';
    notes.push(
      `Delivery failures: ${r.unlimited ? 'retried until delivered' : r.forMillis ? `retried for ${seconds(r.forMillis)}` : r.retries !== undefined ? `retried ${r.retries} time(s)` : 'queued'}${every}.`,
    );
  }
  return { value, notes };
}

function kindOf(w: Wire): string {
  switch (w) {
    case 'mllp':
      return 'mllp';
    case 'http':
    case 'soap':
      return 'https';
    case 'file':
      return 'file';
    case 'sftp':
      return 'sftp';
    case 'database':
      return 'database';
    case 'smtp':
      return 'smtp';
    default:
      return 'other';
  }
}

export function seconds(ms: number): string {
  if (ms % 60000 === 0 && ms >= 60000) return `${ms / 60000} minute${ms === 60000 ? '' : 's'}`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
}
