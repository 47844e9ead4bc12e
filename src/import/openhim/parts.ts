import type { Standard } from '../../model/written.js';
import type { Component } from '../engine/graph.js';

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === 'object') : [];

export function routeKey(host: string, port: string, path: string): string {
  return `route:${host}:${port}${path}`;
}

/** FHIR resource types named in a channel's URL pattern, e.g. ^/fhir/Patient/?[^/]*$ gives Patient. */
function resourcesIn(pattern: string): string[] {
  const found = new Set<string>();
  for (const m of pattern.matchAll(/\/fhir\/(?:links\/)?([A-Z][A-Za-z]+)/g)) found.add(m[1]!);
  return [...found].sort();
}

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * A name from a configuration template ("{{SITE}} Lab Results", "{{ .Values.host }}") with its
 * placeholders taken out: the words around them, or the placeholder's own words when nothing
 * else is left. templated says a placeholder was there, so the draft flags the name for review.
 */
export function untemplated(raw: string): { text: string; templated: boolean; placeholders: string[] } {
  const placeholders = [...raw.matchAll(placeholder)].map((m) => m[1]!.trim());
  if (placeholders.length === 0) return { text: raw, templated: false, placeholders };
  const rest = raw
    .replace(placeholder, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-_:/.]+|[\s\-_:/.]+$/g, '');
  const words = placeholders
    .map((p) =>
      p
        .replace(/^\.?(Values\.)?/, '')
        .replace(/[._-]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' ');
  const text = /[A-Za-z0-9]/.test(rest) ? rest : words || 'unnamed';
  return { text, templated: true, placeholders };
}

/** One OpenHIM channel: the URL pattern it matches, the methods, and whether it is enabled. */
export function channelComponent(ch: Json, file: string, line: number): Component {
  const raw = str(ch['name']) ?? '(unnamed channel)';
  const clean = untemplated(raw);
  const name = clean.text;
  const pattern = str(ch['urlPattern']) ?? '';
  const methods = Array.isArray(ch['methods'])
    ? (ch['methods'] as unknown[]).filter((m) => typeof m === 'string')
    : [];
  const c: Component = {
    key: `channel:${raw}`,
    name,
    file,
    role: 'process',
    folders: [],
    messageTypes: [],
    notes: [
      ...(clean.templated
        ? [
            `the channel's name in the export is "${raw}": ${clean.placeholders.map((p) => `{{${p}}}`).join(', ')} is a template placeholder not filled in, so this export is a template. Drafted as "${name}": check the name and the values the template fills in.`,
          ]
        : []),
      `channel of type ${str(ch['type']) ?? 'http'} matching ${pattern || '(no URL pattern)'}${methods.length > 0 ? ` for ${methods.join(', ')}` : ''}.`,
    ],
    line,
  };
  if (clean.templated) c.review = [`channel name "${raw}" holds template placeholders`];
  const description = str(ch['description']);
  if (description) c.description = description;
  const status = str(ch['status']);
  if (status) c.enabled = status === 'enabled';
  if (ch['autoRetryEnabled'] === true)
    c.notes.push(
      `failed transactions are retried every ${String(ch['autoRetryPeriodMinutes'] ?? '?')} minute(s).`,
    );
  if (/fhir/i.test(pattern)) {
    c.standard = 'fhir';
    const resources = resourcesIn(pattern);
    if (resources.length > 0) c.resources = resources;
  }
  return c;
}

/** The far end of a route: a registered mediator when one serves that address, else host:port. */
export function routeTarget(r: Json, mediators: Json[], ch: Json, file: string, line: number): Component {
  const type = str(r['type']) ?? 'http';
  if (type === 'kafka') {
    const topic = str(r['kafkaTopic']) ?? '(topic not set)';
    return {
      key: `kafka:${topic}`,
      name: `Kafka topic ${topic}`,
      system: `Consumers of Kafka topic ${topic}`,
      file,
      role: 'outbound',
      folders: [],
      messageTypes: [],
      notes: [`Kafka route (client id ${str(r['kafkaClientId']) ?? 'not set'}).`],
      line,
      endpoint: {
        wire: 'kafka',
        type: 'OpenHIM Kafka route',
        listens: false,
        path: topic,
        summary: `Kafka topic ${topic}`,
      },
    };
  }
  const host = str(r['host']) ?? '(host not set)';
  const port = r['port'] === null || r['port'] === undefined ? '' : String(r['port']);
  const path = str(r['path']) ?? '';
  const mediator = mediatorAt(host, port, mediators, str(ch['name']));
  const cleanHost = untemplated(host);
  const c: Component = {
    key: routeKey(host, port, mediator ? '' : path),
    name: mediator ? `OpenHIM mediator ${mediator}` : `${cleanHost.text}${port ? `:${port}` : ''}${path}`,
    system: mediator ?? cleanHost.text,
    file,
    role: 'outbound',
    folders: [],
    messageTypes: [],
    notes: [],
    line,
    endpoint: {
      wire: type === 'tcp' || type === 'mllp' ? (type === 'mllp' ? 'mllp' : 'tcp') : 'http',
      type: `OpenHIM ${type} route`,
      listens: false,
      host,
      tls: r['secured'] === true,
      summary: `${type.toUpperCase()} route to ${r['secured'] === true ? 'https' : 'http'}://${host}${port ? `:${port}` : ''}${path}${str(r['pathTransform']) ? ` (path rewritten ${str(r['pathTransform'])})` : ''}`,
      acknowledgement: 'transport',
    },
  };
  if (port) c.endpoint!.port = port;
  if (path) c.endpoint!.path = path;
  if (cleanHost.templated && !mediator) {
    c.review = [`route host "${host}" is a template placeholder`];
    c.notes.push(
      `route host "${host}" is a template placeholder not filled in: name the server the route reaches.`,
    );
    delete c.endpoint!.host;
  }
  if (/fhir/i.test(path)) c.standard = 'fhir' as Standard;
  return c;
}

/** A mediator registered at host:port, or one whose default channels route there. */
function mediatorAt(
  host: string,
  port: string,
  mediators: Json[],
  channel: string | undefined,
): string | undefined {
  for (const m of mediators) {
    const name = str(m['name']);
    if (!name) continue;
    if (list(m['endpoints']).some((e) => str(e['host']) === host && String(e['port'] ?? '') === port))
      return name;
    const defaults = list(m['defaultChannelConfig']);
    if (
      defaults.some(
        (d) =>
          str(d['name']) === channel &&
          list(d['routes']).some((r) => str(r['host']) === host && String(r['port'] ?? '') === port),
      )
    )
      return name;
  }
  return undefined;
}
