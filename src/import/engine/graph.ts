import type { Diagnostic } from '../../core/diagnostics.js';
import type { EngineKind, Standard } from '../../model/written.js';
import type { SecretRecord } from '../summary.js';

/**
 * What every engine importer reads from an export, whatever the engine: the components that
 * talk to the outside (listeners, readers, senders, writers), the ones that only route or
 * transform inside the engine, and the links between them. Flows, drafts and the routing graph
 * are computed from this, so each importer only has to read its format. Never holds a credential.
 */

/** How a component talks to the outside world. */
export type Wire =
  | 'mllp'
  | 'tcp'
  | 'http'
  | 'soap'
  | 'file'
  | 'sftp'
  | 'ftp'
  | 'database'
  | 'smtp'
  | 'kafka'
  | 'jms'
  | 'timer'
  | 'script'
  | 'discard'
  | 'internal'
  | 'unknown';

export interface Endpoint {
  wire: Wire;
  /** The engine's own name for the connector type, e.g. TCPServer, EnsLib.HL7.Service.TCPService. */
  type: string;
  /** True for a listener or poller that receives; false for a client that sends. */
  listens?: boolean;
  host?: string;
  port?: string;
  /** Folder, context path, URL path or topic. */
  path?: string;
  /** Credential-free URL. */
  url?: string;
  database?: string;
  tls?: boolean;
  auth?: 'basic' | 'oauth2' | 'mtls' | 'api-key' | 'none';
  pollingMillis?: number;
  acknowledgement?: 'application' | 'transport' | 'none';
  /** Delivery failure handling of a sender, when the export says. */
  retry?: {
    queue?: boolean;
    retries?: number;
    unlimited?: boolean;
    intervalMillis?: number;
    forMillis?: number;
  };
  /** Words for facts and notes, e.g. "Directory input from C:\in (every 5 seconds)". */
  summary: string;
}

export type Role = 'inbound' | 'outbound' | 'both' | 'process';

export interface Component {
  /** Stable key inside the export: a UUID, or the name where the engine links by name. */
  key: string;
  name: string;
  /** The engine's unit it belongs to (an Iguana channel), when that names the flow better. */
  channel?: string;
  /** The reader's guess at the outside system, when the name says little (still to confirm). */
  system?: string;
  /** The system is known from the engine's own documented behaviour, not guessed from a name. */
  systemKnown?: boolean;
  /** File it was read from, as shown to people. */
  file: string;
  role: Role;
  endpoint?: Endpoint;
  /** false when the export disables it. */
  enabled?: boolean;
  /** How it starts, in the engine's words (START_LEVEL_1, DONT_START, autostart). */
  startup?: { autostart: boolean; words: string };
  /** Folder or group path, outermost first. */
  folders: string[];
  description?: string;
  /** HL7v2 message types it handles, read as data. */
  messageTypes: string[];
  /** Standard and version it speaks, when the export says. */
  standard?: Standard;
  version?: string;
  resources?: string[];
  /** Notes for the draft, one line each. */
  notes: string[];
  /** Values read from the export that need a person to check them (a template placeholder in a name). */
  review?: string[];
  /** The character set its adapter reads or writes text in, as the export names it (Charset). */
  charset?: string;
  /** Fed only from inside the engine (a From Channel source, a route input with no comm point). */
  internalSource?: boolean;
  line: number;
}

export interface Link {
  from: string;
  to: string;
  /** Message types that travel this link (routing rules, TRXIDs, filters). */
  messageTypes?: string[];
  /** The link applies only to messages that arrived from these components (routing-rule sources). */
  onlyFrom?: string[];
  /** How the export says it (a rule name, "filter destination", "loopback host:port"). */
  how?: string;
  /** A network hop between two flows of this engine (loopback): the flows are kept apart and linked. */
  network?: boolean;
  /** Taken only when a condition the importer does not evaluate holds. */
  conditional?: boolean;
}

export interface EngineExport {
  engine: EngineKind;
  /** Product version as the export records it. */
  version?: string;
  /** The export's own words for what it is, e.g. "REST configuration (version 6)". */
  format: string;
  /** Name of the configuration: production, site, locker set. */
  configuration?: string;
  file: string;
  components: Component[];
  links: Link[];
  secrets: SecretRecord[];
  diagnostics: Diagnostic[];
  /** Lines for the draft header about the whole export. */
  notes: string[];
}

export function emptyExport(engine: EngineKind, format: string, file: string): EngineExport {
  return { engine, format, file, components: [], links: [], secrets: [], diagnostics: [], notes: [] };
}
