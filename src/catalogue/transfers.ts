import type { TransferSafeguardKind } from '../model/written-privacy.js';
import type { Citation } from './citations.js';
import { sources } from './citations.js';

/**
 * Transfers of personal data outside the UK under UK GDPR Chapter V as replaced by the Data (Use
 * and Access) Act 2025, s.85 and Schedule 7 (in force since 5 February 2026). A transfer is lawful
 * only if it is approved by regulations (Art. 45A), made subject to appropriate safeguards where
 * the exporter, acting reasonably and proportionately, considers the data protection test met
 * (Art. 46(1A)), or made under a derogation (Art. 49) (Art. 44A).
 */
export type TransferSafeguard = TransferSafeguardKind;

export interface Mechanism {
  words: string;
  /** True when the transfer has a lawful route under Art. 44A. */
  lawful: boolean;
  /** True when Art. 46(1A) also needs the exporter's own data protection test. */
  needsTest: boolean;
  sources: readonly Citation[];
}

const chapterV = [sources.duaaSchedule7, sources.duaaCommencement];
const safeguardWords =
  'appropriate safeguards (Art. 46), where the exporter, acting reasonably and proportionately, considers that the data protection test is met';

export const transferMechanisms: Readonly<Record<TransferSafeguard, Mechanism>> = {
  'approved-by-regulations': {
    words: 'a transfer approved by regulations under Art. 45A',
    lawful: true,
    needsTest: false,
    sources: chapterV,
  },
  adequacy: {
    words:
      'UK adequacy regulations, which since 5 February 2026 are treated as regulations approving transfers under Art. 45A',
    lawful: true,
    needsTest: false,
    sources: [...chapterV, sources.duaaSchedule9],
  },
  safeguards: {
    words: safeguardWords,
    lawful: true,
    needsTest: true,
    sources: [...chapterV, sources.ukGdprArticle46],
  },
  idta: {
    words: `the International Data Transfer Agreement: ${safeguardWords}`,
    lawful: true,
    needsTest: true,
    sources: [...chapterV, sources.ukGdprArticle46],
  },
  addendum: {
    words: `the UK Addendum to the EU standard contractual clauses: ${safeguardWords}`,
    lawful: true,
    needsTest: true,
    sources: [...chapterV, sources.ukGdprArticle46],
  },
  derogation: {
    words: 'a derogation for a specific situation (Art. 49)',
    lawful: true,
    needsTest: false,
    sources: chapterV,
  },
  none: { words: 'no transfer mechanism', lawful: false, needsTest: false, sources: chapterV },
};

/** The data protection test, in the words a DPIA uses. */
export const dataProtectionTest =
  'the data protection test met (the protection for data subjects after the transfer is not materially lower than under UK law)';
