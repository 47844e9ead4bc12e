/**
 * The spec as written in YAML, after schema validation. Mirrors schemas/integration.schema.json;
 * optional where the schema is optional. Code outside model/ should use the normalised Estate.
 */
import type {
  WrittenLawfulBasis,
  WrittenPrivacyFacts,
  WrittenProcessor,
  WrittenTransfer,
} from './written-privacy.js';

export type Status = 'proposed' | 'build' | 'live' | 'retiring' | 'retired';
export type EngineKind =
  | 'mirth'
  | 'open-integration-engine'
  | 'rhapsody'
  | 'ensemble'
  | 'iris'
  | 'healthshare'
  | 'cloverleaf'
  | 'iguana'
  | 'openhim'
  | 'corepoint'
  | 'biztalk'
  | 'bespoke'
  | 'none';
/** The organisation's canonical model (config estate.canonicalModel). */
export interface CanonicalModel {
  name?: string;
  standard: Standard;
  version?: string;
  profile?: string;
}
export type Standard = 'hl7v2' | 'fhir' | 'cda' | 'openehr' | 'csv' | 'soap' | 'xml' | 'dicom' | 'other';
export type TransportKind = 'mllp' | 'https' | 'sftp' | 'mesh' | 'file' | 'database' | 'smtp' | 'other';
export type LatencyContract =
  'realtime' | 'near-realtime' | 'hourly' | 'nightly' | 'weekly' | 'monthly' | 'on-demand';
export type ConsumerUse =
  | 'direct-care-decisions'
  | 'direct-care-information'
  | 'administration'
  | 'planning'
  | 'research'
  | 'commissioning'
  | 'billing'
  | 'other';
export type DataClass =
  'identifier' | 'personal' | 'health' | 'special' | 'operational' | 'pseudonymised' | 'anonymised';
export type Subject = 'patients' | 'children' | 'maternity' | 'mental-health' | 'staff' | 'carers' | 'public';
export type Purpose =
  | 'direct-care'
  | 'administration'
  | 'planning'
  | 'research'
  | 'commissioning'
  | 'public-health'
  | 'audit'
  | 'other';
export type Likelihood = 'very-low' | 'low' | 'medium' | 'high' | 'very-high';
export type Consequence = 'minor' | 'significant' | 'considerable' | 'major' | 'catastrophic';
export type ControlKind = 'design' | 'test' | 'training' | 'business-process';

export interface WrittenOwner {
  name: string;
  team?: string;
  contact?: string;
  /** Code-host handle (@user or @org/team) for review requests. */
  handle?: string;
}
export type CharacterSet =
  'ascii' | 'iso-8859-1' | 'iso-8859-15' | 'windows-1252' | 'utf-8' | 'utf-16' | 'ebcdic' | 'other';
export interface WrittenEndpoint {
  system: string;
  supplier?: string;
  org?: string;
  orgName?: string;
  role?: 'controller' | 'joint-controller' | 'processor';
  version?: string;
  characterSet?: CharacterSet;
}
export interface WrittenControl {
  kind: ControlKind;
  text: string;
  evidence?: string;
  status?: 'in-place' | 'required-before-go-live' | 'planned';
}
export interface WrittenRating {
  likelihood: Likelihood;
  severity: Consequence;
}
export interface WrittenHazardDecision {
  derived?: string;
  local?: {
    id: string;
    title: string;
    description?: string;
    causes?: string[];
    effect?: string;
    harm: string;
    initial: WrittenRating;
  };
  status?: 'open' | 'transferred' | 'closed';
  controls?: WrittenControl[];
  residual?: WrittenRating;
  decision?: 'accepted' | 'mitigate' | 'transferred' | 'closed';
  rationale?: string;
  closure?: string;
  decidedBy?: string;
  decidedOn?: string;
  approvedBy?: string;
  transferredTo?: string;
}
export interface WrittenPrivacyDecision {
  derived?: string;
  local?: {
    id: string;
    title: string;
    likelihood?: 'remote' | 'possible' | 'probable';
    severity?: 'minimal' | 'significant' | 'severe';
  };
  measures?: string[];
  effect?: 'eliminated' | 'reduced' | 'accepted';
  residual?: 'low' | 'medium' | 'high';
  approved?: boolean;
  decidedBy?: string;
  decidedOn?: string;
  rationale?: string;
}

export type HopKind =
  | 'engine'
  | 'spine-secure-proxy'
  | 'mesh'
  | 'event-management'
  | 'api-platform'
  | 'broker'
  | 'gateway'
  | 'cache'
  | 'other';
/** A system the data passes through between source and target. */
export interface WrittenHop {
  name: string;
  kind: HopKind;
  operator?: string;
  org?: string;
  role?: 'controller' | 'joint-controller' | 'processor' | 'conduit';
  country?: string;
  stores?: boolean;
  logs?: Array<'message' | 'access' | 'identifiers' | 'error' | 'none'>;
  retention?: string;
  undelivered?: 'reported-to-sender' | 'expires-unreported' | 'not-applicable';
  expiresAfter?: string;
}
export type WithheldReason =
  | 'sensitive-patient'
  | 'sharing-rules'
  | 'consent'
  | 'in-transit'
  | 'awaiting-filing'
  | 'confidential-items'
  | 'other';
/** Records the provider may leave out, and how the receiver can tell. */
export interface WrittenWithheld {
  reason: WithheldReason;
  signalled?: 'not-found' | 'notice' | 'empty' | 'error' | 'not-signalled' | 'not-stated';
  text?: string;
}

export type InteractionShape =
  | 'push'
  | 'query'
  | 'document'
  | 'record-view'
  | 'write-back'
  | 'screen-automation'
  | 'migration'
  | 'subscription';
/** The shape of the exchange. */
export interface WrittenInteraction {
  shape: InteractionShape;
  recipient?: 'registered-gp-from-pds' | 'local-record' | 'fixed' | 'user-selects';
  verifiesScreen?: boolean;
  subscriptions?: 'maintained-automatically' | 'maintained-manually' | 'not-maintained';
  migration?: {
    reconciliation?: 'record-level' | 'counts' | 'none';
    clinicallyValidated?: boolean;
    cutover?: 'freeze' | 'delta-migrated' | 'none';
  };
}
/** Completeness of what comes back from a query or record view. */
export interface WrittenResponse {
  paging?: 'none' | 'all-pages-fetched' | 'first-page-only';
  cap?: { limit: number; whenReached?: 'signalled' | 'silent' };
  warnings?: 'shown' | 'logged' | 'ignored';
  multipleMatches?: 'user-chooses' | 'rejected' | 'first-taken' | 'not-possible';
  onFailure?: 'error-shown' | 'shown-as-empty' | 'continues-silently';
}
export type ContentKind =
  | 'medications'
  | 'allergies'
  | 'problems'
  | 'results'
  | 'observations'
  | 'immunisations'
  | 'documents'
  | 'demographics'
  | 'appointments'
  | 'referrals'
  | 'orders'
  | 'prescriptions'
  | 'encounters'
  | 'care-plans'
  | 'alerts'
  | 'other';
/** What the data means and how the receiver shows it. */
export interface WrittenContent {
  kinds?: ContentKind[];
  coded?: boolean;
  displayText?: boolean;
  codeSystems?: string[];
  receiverSupports?: string;
  unsupportedCode?: 'reject' | 'degrade-to-text' | 'drop';
  sections?: { headings?: string[]; allRendered?: boolean };
  narrative?: 'generated-from-data' | 'may-differ' | 'none';
  freeText?: 'shown' | 'truncated' | 'not-shown';
  negation?: 'coded' | 'text' | 'not-sent';
  resultStatus?: 'shown' | 'final-only' | 'not-shown';
  intent?: 'for-action' | 'for-information' | 'mixed';
  updates?: {
    mode?: 'replace' | 'partial' | 'append';
    corrections?: 'propagated' | 'not-propagated';
    deletions?: 'propagated' | 'not-propagated';
  };
  changes?: 'update-sent' | 'new-request' | 'not-sent';
}
export type DecisionSupport =
  'allergy-checks' | 'interaction-checks' | 'dose-checks' | 'result-flags' | 'triage' | 'alerts' | 'none';
/** What the receiving system does automatically with what it receives. */
export interface WrittenReceiver {
  filing?: 'automatic' | 'reviewed' | 'none';
  decisionSupport?: DecisionSupport[];
  actionTracked?: boolean;
}
/** Writing into a clinical system. */
export interface WrittenWriteBack {
  writes?: string[];
  patientBinding?: 'message-identifiers' | 'open-record' | 'url-context' | 'lookup';
  confirmation?: 'user-confirms' | 'automatic';
  mode?: 'replace' | 'patch' | 'append';
  idempotent?: boolean;
  attributed?: boolean;
}
/** Behaviour in use. */
export interface WrittenRuntime {
  display?: { showsConnectionLost?: boolean; showsDataAge?: boolean };
  downtime?: { procedure?: string; tested?: boolean; backlog?: 'reconciled' | 'replayed' | 'not-handled' };
  clinicalAlerts?: { acknowledgement?: 'required' | 'not-required'; escalatesAfter?: string };
  silenceAlert?: string;
  environments?: 'separate' | 'shared' | 'test-patients-in-live';
}
/** An identifier a later step depends on. */
export interface WrittenDependentIdentifier {
  name: string;
  kind: 'order' | 'prescription' | 'episode' | 'document' | 'appointment' | 'referral' | 'result' | 'other';
  field?: string;
  carried?: 'intact' | 'mapped' | 'regenerated' | 'dropped';
  usedBy?: string;
}

export interface WrittenSpec extends WrittenPrivacyFacts {
  govspec: 1;
  id: string;
  version: string;
  title: string;
  description?: string;
  status: Status;
  draft?: boolean;
  endOfLife?: string;
  owner?: WrittenOwner;
  sla?: { hours: string; response?: string; restore?: string };
  runbook?: string;
  monitoring?: { view: string; alerts?: string[] };
  review?: { last: string; every: string };
  source: WrittenEndpoint;
  target: WrittenEndpoint;
  engine: {
    kind: EngineKind;
    version?: string;
    channel?: string;
    channelId?: string;
    revision?: number;
    server?: string;
    via?: string[];
    feeds?: string[];
    internalSource?: boolean;
    internalTarget?: boolean;
  };
  protocol: {
    standard: Standard;
    version?: string;
    messages?: string[];
    resources?: string[];
    profile?: string;
    description?: string;
    timezone?: 'utc' | 'local-with-offset' | 'local-no-offset' | 'date-only' | 'not-applicable';
  };
  transport: {
    kind: TransportKind;
    network?: 'internal' | 'hscn' | 'internet' | 'local-host';
    encryption?: 'tls' | 'mtls' | 'vpn' | 'message-level' | 'none';
    authentication?:
      'mtls' | 'oauth2' | 'nhs-cis2' | 'api-key' | 'basic' | 'mesh-mailbox' | 'network-only' | 'none';
    acknowledgement?: 'application' | 'transport' | 'none';
    retry?: 'queue' | 'retry' | 'none';
    duplicates?: 'detected' | 'idempotent' | 'not-handled';
    ordering?: 'guaranteed' | 'sequence-checked' | 'not-guaranteed';
  };
  route?: WrittenHop[];
  latency?: { contract: LatencyContract; target?: string; shownIn?: string[] };
  consumers?: Array<{ name: string; use: ConsumerUse; freshness?: LatencyContract }>;
  interaction?: WrittenInteraction;
  response?: WrittenResponse;
  content?: WrittenContent;
  receiver?: WrittenReceiver;
  writeBack?: WrittenWriteBack;
  runtime?: WrittenRuntime;
  dependentIdentifiers?: WrittenDependentIdentifier[];
  data?: {
    subjects: Subject[];
    items: Array<{
      name: string;
      class: DataClass;
      field?: string;
      freeText?: boolean;
      maxLength?: number;
      needed?: string;
      inUrl?: boolean;
    }>;
    volume?: string;
    individuals?: string;
    attachments?: Array<{
      kind: string;
      encoding?: 'base64' | 'reference' | 'binary';
      renderChecked?: boolean;
    }>;
  };
  identity?: {
    matchOn: Array<'nhs-number' | 'mrn' | 'local-id' | 'demographics'>;
    nhsNumberVerified?: boolean;
    onNoMatch?: 'create' | 'reject' | 'queue-for-review';
    pdsReconciliation?: {
      every: string;
      onMismatch?: 'alert' | 'queue-for-review' | 'overwrite-local' | 'ignore';
    };
    merges?: 'handled' | 'not-handled' | 'not-applicable';
    logsMatchedIdentifier?: boolean;
  };
  withheld?: WrittenWithheld[];
  mapping?: Array<{
    kind: 'code' | 'unit' | 'terminology' | 'format';
    from: string;
    to: string;
    maintainedBy?: string;
    tested?: boolean;
    lossy?: boolean;
  }>;
  errors?: { surfacedTo?: Array<'sender' | 'operator-queue' | 'alert' | 'clinical-user' | 'log-only'> };
  purpose?: Purpose;
  lawfulBasis?: WrittenLawfulBasis;
  processors?: WrittenProcessor[];
  transfers?: WrittenTransfer[];
  retention?: {
    record?: string;
    localPeriod?: string;
    messageLog?: string;
    messageLogPurge?: 'automatic' | 'manual' | 'none';
  };
  audit?: {
    logs: Array<'message' | 'access' | 'error' | 'admin'>;
    retention?: string;
    purge?: 'automatic' | 'manual' | 'none';
    readAccess?: 'business-need-only' | 'wider' | 'not-known';
    integrity?: 'tamper-protected' | 'not-protected' | 'not-known';
  };
  hazards?: WrittenHazardDecision[];
  privacyRisks?: WrittenPrivacyDecision[];
  examples?: { nhsNumbers?: string[] };
  tags?: string[];
}

export interface PersonConfig {
  name: string;
  role?: string;
  contact?: string;
  /** Code-host handle (@user or @org/team) for review requests. */
  handle?: string;
}

export interface WrittenConfig {
  govspec: 1;
  organisation: {
    name: string;
    ods: string;
    role: 'manufacturer' | 'deploying-organisation' | 'both';
    cso?: PersonConfig;
    caldicottGuardian?: PersonConfig;
    dpo?: PersonConfig;
    siro?: PersonConfig;
  };
  specs?: string[];
  output?: string;
  dspt?: { edition?: string; auditChoice?: string[]; auditScope?: 'nhs' | 'oes-genomics' };
  privacy?: { dpiaLayout?: 'ico' | 'nhs-england' };
  clinicalSafety?: {
    matrix?: { name: string; ratings: Record<Likelihood, [number, number, number, number, number]> };
    acceptanceThreshold?: number;
    decisionRequiredFrom?: number;
    rating4Acceptance?: { allowed: boolean; approver?: string; reference?: string };
    plan?: { title: string; version?: string; reference?: string };
  };
  estate?: { noticePeriod?: string; canonicalModel?: CanonicalModel };
  templates?: string;
  retention?: {
    recordTypes?: Array<{ id: string; title: string; minimum: string; trigger: string; reference?: string }>;
  };
  rules?: Record<string, { severity: 'error' | 'warning' | 'info' | 'off'; reason?: string }>;
}
