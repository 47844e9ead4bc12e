/** What the export says about the far end of one connector. Credentials are never kept. */
export interface Endpoint {
  host?: string;
  port?: string;
  /** Folder, context path or database name. */
  path?: string;
  /** URL with user information and query removed. */
  url?: string;
  scheme?: string;
  mllp?: boolean;
  /** true: TLS configured; false: the export shows a plain connection; undefined: cannot tell. */
  tls?: boolean;
  /** How the receiving side checks who is calling, when the export says. */
  auth?: 'basic' | 'oauth2' | 'none' | 'custom';
  database?: string;
  /** Channel writer: the id of the channel it feeds. */
  channelId?: string;
  /** SMTP: how many recipients (addresses are personal data and are not copied). */
  recipients?: number;
  /** Server mode false: a TCP "listener" that connects out. */
  clientMode?: boolean;
  serviceName?: string;
  /** Web Service Sender: the WSDL service and port names (a port here is a name, not a number). */
  wsdlService?: string;
  wsdlPort?: string;
  /** S3: the bucket's region. */
  region?: string;
  /** FILE scheme: the folder is a Windows share (a UNC path) on host. */
  share?: boolean;
  /** SFTP: how the engine logs in (never the credential). */
  login?: 'key' | 'password' | 'key and password';
  fhirVersion?: string;
  documentType?: string;
}
