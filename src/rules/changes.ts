/**
 * What changed in each spec since its previous version, from git (filled by the CLI before the
 * documents are written; absent outside a repository). The documents say it in these words, which
 * are `govspec diff`'s.
 */
export interface SpecChange {
  integration: string;
  title: string;
  /** The previous version, and where it is in git in words ("commit 1a2b3c4d5e6f of 2026-03-01"). */
  before: { version: string; base: string };
  version: string;
  /** Changed facts the Clinical Safety Officer reviews (identity, transport, interface, status...). */
  clinical: string[];
  /** Hazards raised, closed, re-rated or decided. */
  hazards: string[];
}

declare module './analysis.js' {
  interface Analysis {
    changes: SpecChange[];
  }
}
