import type { SourceLocation } from '../../core/diagnostics.js';
import type { WrittenPrivacyDecision } from '../../model/written.js';
import type { IcoLikelihood, IcoOverall, IcoSeverity } from './scoring.js';

/**
 * A privacy risk for ICO DPIA steps 5 and 6: derived by a rule from the spec's facts, or
 * written by the IG team as a local risk. Carries the IG decision recorded in the spec, if any.
 */
export interface PrivacyRisk {
  /** Rule id (derived) or the spec's local id. */
  id: string;
  kind: 'derived' | 'local';
  integration: string;
  title: string;
  /** Source of the risk and the nature of the potential impact on individuals (ICO step 5). */
  source: string;
  likelihood: IcoLikelihood;
  severity: IcoSeverity;
  /** Overall rating from likelihood and severity (catalogue/privacy-guidance.ts overallMatrix). */
  overall: IcoOverall;
  /** Options to reduce or eliminate the risk, suggested by the rule. */
  suggested: string[];
  /** JSON pointer of the spec value that raised the risk. */
  pointer: string;
  location: SourceLocation;
  decision?: PrivacyDecision;
}

export interface PrivacyDecision extends WrittenPrivacyDecision {
  /** Where the decision sits in the spec. */
  location: SourceLocation;
  /** True when the decision records an effect and a residual risk. */
  complete: boolean;
}

/** What the previous build's DPIA section recorded, for the document-control block. */
export interface DpiaHistory {
  /** Spec version the previous DPIA section was built from, when one exists. */
  builtFrom?: string;
  /** The spec version before the current one, with the risks raised then. */
  previous?: PreviousVersion;
}

/** The version of a spec before the current one. */
export interface PreviousVersion {
  version: string;
  /** Ids of the privacy risks raised at that version. */
  risks: string[];
  /** Where that version is in git, in words ("commit 1a2b3c4d5e6f of 2026-03-01"), when known from git. */
  base?: string;
  /** What changed since then in governance terms, one sentence each, as `govspec diff` reports it. */
  changes?: string[];
}

export interface IntegrationPrivacy {
  /** True when the flow carries personal data, so a DPIA section is produced. */
  personalData: boolean;
  risks: PrivacyRisk[];
  history: DpiaHistory;
}

/** Where rendered artefacts from earlier builds can be found (diagram reuse). */
export interface PreviousOutputs {
  read(relativePath: string): Uint8Array | undefined;
  /** Folder for the content-addressed diagram cache. */
  cacheDir: string;
}

export interface PrivacyAnalysis {
  /** By integration id, for every integration that is not retired. */
  integrations: Record<string, IntegrationPrivacy>;
  previous: PreviousOutputs;
}

declare module '../analysis.js' {
  interface Analysis {
    privacy: PrivacyAnalysis;
  }
}
