import type { Standard } from '../../model/written.js';
import { applyUrl } from '../engine/url.js';
import type { Endpoint } from '../engine/graph.js';
import { seconds } from '../engine/transport.js';
import { redactUrl } from '../secrets/redact.js';
import type { XmlElement } from '../xml/tree.js';

export interface IguanaEnd {
  endpoint: Endpoint;
  system: string;
  standard?: Standard;
}

const attr = (el: XmlElement, ...names: string[]) => {
  for (const n of names) {
    const v = el.attrs[n]?.trim();
    if (v) return v;
  }
  return undefined;
};
const yes = (el: XmlElement, name: string) => el.attrs[name] === 'true';
const every = (el: XmlElement) => {
  const ms = Number(attr(el, 'poll_time'));
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
};

/** Iguana source components: From File, From LLP Listener, From HTTPS, From Database, From Translator. */
export function sourceEndpoint(el: XmlElement): IguanaEnd {
  const type = el.name;
  const poll = every(el);
  const polling = poll ? `, polled every ${seconds(poll)}` : '';
  switch (type) {
    case 'from_file': {
      const dir = attr(el, 'source_dir') ?? '(folder not set)';
      const ftp = yes(el, 'use_ftp');
      const host = ftp ? attr(el, 'ftp_server', 'ftp_host') : undefined;
      const endpoint: Endpoint = {
        wire: ftp ? (attr(el, 'ftp_protocol')?.toLowerCase() === 'sftp' ? 'sftp' : 'ftp') : 'file',
        type: 'From File',
        listens: true,
        path: dir,
        summary: `From File, ${ftp ? `FTP from ${host ?? '(server not set)'} ` : ''}folder ${dir}${attr(el, 'file_type') ? `, ${attr(el, 'file_type')} files` : ''}${polling}`,
      };
      if (host) endpoint.host = host;
      if (poll) endpoint.pollingMillis = poll;
      const standard: Standard | undefined = /hl7/i.test(attr(el, 'file_type') ?? '') ? 'hl7v2' : undefined;
      return { endpoint, system: `Files in ${dir}`, ...(standard ? { standard } : {}) };
    }
    case 'from_llp_listener': {
      const port = attr(el, 'port');
      const endpoint: Endpoint = {
        wire: 'mllp',
        type: 'From LLP Listener',
        listens: true,
        tls: yes(el, 'use_ssl'),
        summary: `From LLP Listener on port ${port ?? '(not set)'}${el.attrs['ack_style'] ? `, ${el.attrs['ack_style']} ACK` : ''}`,
      };
      if (port) endpoint.port = port;
      const ack = el.attrs['ack_style'];
      if (ack) endpoint.acknowledgement = ack === 'fast' ? 'transport' : 'application';
      return { endpoint, system: `Sender to LLP port ${port ?? '(not set)'}`, standard: 'hl7v2' };
    }
    case 'from_http':
    case 'from_https': {
      const port = attr(el, 'port', 'https_port');
      const path = attr(el, 'url_path', 'mapper_url_path', 'path');
      const endpoint: Endpoint = {
        wire: 'http',
        type: 'From HTTPS',
        listens: true,
        summary: `From HTTPS${port ? ` port ${port}` : ''}${path ? ` path ${path}` : ''}`,
      };
      if (port) endpoint.port = port;
      if (path) endpoint.path = path;
      return { endpoint, system: `Client of HTTP${path ? ` ${path}` : ' listener'}` };
    }
    case 'from_database':
    case 'from_db': {
      const ds = attr(el, 'datasource', 'data_source', 'database');
      const endpoint: Endpoint = {
        wire: 'database',
        type: 'From Database',
        listens: true,
        summary: `From Database ${ds ?? ''}${polling}`.trim(),
      };
      if (ds) endpoint.database = ds;
      return { endpoint, system: `Database ${ds ?? '(not named)'}` };
    }
    case 'from_mapper':
      return {
        endpoint: {
          wire: 'script',
          type: 'From Translator',
          listens: true,
          summary: `From Translator (a Lua script makes the messages)${polling}`,
          ...(poll ? { pollingMillis: poll } : {}),
        },
        system: 'Lua script (From Translator)',
      };
    default:
      return {
        endpoint: {
          wire: 'unknown',
          type,
          listens: true,
          summary: `${type} (a source govspec does not know)`,
        },
        system: `${type} source`,
      };
  }
}

/** Iguana destination components: LLP Client, To File, To HTTPS, To Database, To Translator. */
export function destinationEndpoint(el: XmlElement): IguanaEnd {
  const type = el.name;
  switch (type) {
    case 'to_llp_client': {
      const host = attr(el, 'remote_host');
      const port = attr(el, 'remote_port');
      const endpoint: Endpoint = {
        wire: 'mllp',
        type: 'To LLP Client',
        listens: false,
        tls: yes(el, 'use_ssl'),
        acknowledgement: yes(el, 'wait_for_ack') ? 'application' : 'none',
        summary: `LLP Client to ${host ?? '(host not set)'}:${port ?? '(port not set)'}${yes(el, 'wait_for_ack') ? ', waits for the ACK' : ''}`,
      };
      if (host) endpoint.host = host;
      if (port) endpoint.port = port;
      const retries = Number(attr(el, 'count_of_retry'));
      endpoint.retry = yes(el, 'unlimited_count_of_retry')
        ? { unlimited: true }
        : { retries: Number.isFinite(retries) ? retries : 0 };
      const interval = Number(attr(el, 'ack_reconnect_interval'));
      if (Number.isFinite(interval) && interval > 0) endpoint.retry.intervalMillis = interval;
      return { endpoint, system: `LLP receiver at ${host ?? '?'}:${port ?? '?'}`, standard: 'hl7v2' };
    }
    case 'to_file': {
      const dir = attr(el, 'destination_dir', 'output_dir', 'dest_dir') ?? '(folder not set)';
      return {
        endpoint: {
          wire: 'file',
          type: 'To File',
          listens: false,
          path: dir,
          summary: `To File, folder ${dir}`,
        },
        system: `Folder ${dir}`,
      };
    }
    case 'to_http':
    case 'to_https': {
      const raw = attr(el, 'remote_url', 'url');
      const url = raw ? redactUrl(raw) : undefined;
      const endpoint: Endpoint = {
        wire: 'http',
        type: 'To HTTPS',
        listens: false,
        summary: `To HTTPS ${url ?? '(URL not set)'}`,
      };
      if (url) applyUrl(endpoint, url);
      return { endpoint, system: `HTTP service at ${url ?? '(URL not set)'}` };
    }
    case 'to_database':
    case 'to_db': {
      const ds = attr(el, 'datasource', 'data_source', 'database');
      const endpoint: Endpoint = {
        wire: 'database',
        type: 'To Database',
        listens: false,
        summary: `To Database ${ds ?? ''}`.trim(),
      };
      if (ds) endpoint.database = ds;
      return { endpoint, system: `Database ${ds ?? '(not named)'}` };
    }
    case 'to_mapper':
      return {
        endpoint: {
          wire: 'script',
          type: 'To Translator',
          listens: false,
          summary: 'To Translator (a Lua script sends the messages on)',
        },
        system: 'Lua script (To Translator)',
      };
    default:
      return {
        endpoint: {
          wire: 'unknown',
          type,
          listens: false,
          summary: `${type} (a destination govspec does not know)`,
        },
        system: `${type} destination`,
      };
  }
}
