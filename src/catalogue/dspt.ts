import { cafObjectives, cafOutcomes, cafPrinciples } from './dspt-caf-outcomes.js';
import type { DsptEdition, DsptOutcome } from './dspt-types.js';

/**
 * DSPT editions govspec can map to, pinned by assessment year: the outcome set and the audit
 * list change between years, so an evidence pack always names the edition it answers.
 */
const caf2024: DsptEdition = {
  id: '2024-25-caf',
  title: 'Data Security and Protection Toolkit 2024-25, CAF-aligned',
  appliesTo: 'NHS trusts and foundation trusts, ICBs, CSUs and DHSC arm’s-length bodies',
  outcomeCount: 47,
  baseline: {
    text: 'NCSC Cyber Assessment Framework v3.2 baseline: 39 cyber outcomes and 8 information-governance outcomes',
    confidence: 'third-party',
  },
  deadline:
    '30 June 2025 (organisations below the profile submit an improvement plan to reach it by 30 June 2026)',
  objectives: cafObjectives,
  principles: cafPrinciples,
  outcomes: cafOutcomes,
  audit: {
    outcomes: ['A2.a', 'A4.a', 'B2.a', 'B4.d', 'C1.a', 'D1.a', 'E2.b', 'E3.a'],
    choose: 0,
    confidence: 'official',
  },
  notes: [
    'Each outcome is judged Not achieved, Partially achieved or Achieved against indicators of good practice; "Standards Met" needs the NHS England profile level for every outcome.',
    'This pack lists the outcomes an integration estate can speak to; the other contributing outcomes need evidence from elsewhere.',
    'Where DPIAs sit among the CAF-aligned outcomes is not confirmed; this pack cites them under A2.a.',
  ],
  sources: [
    'https://dsptoolkit.nhs.uk/News/154',
    'https://dsptoolkit.nhs.uk/News/152',
    'https://digital.nhs.uk/cyber-and-data-security/guidance-and-assurance/2024-25-caf-aligned-dspt-guidance',
  ],
};

const caf2025: DsptEdition = {
  ...caf2024,
  id: '2025-26-caf',
  title: 'Data Security and Protection Toolkit 2025-26, CAF-aligned',
  baseline: {
    text: 'Assumed the same CAF v3.2 baseline and 47 outcomes as 2024-25 (a later CAF v4.0 set has 49, with some ids restructured)',
    confidence: 'unconfirmed',
  },
  deadline: undefined,
  audit: {
    outcomes: ['A1.a', 'B1.a', 'B4.a', 'B5.a', 'B5.c', 'C1.b', 'D2.a', 'E2.a', 'E2.c'],
    choose: 3,
    confidence: 'third-party',
    note: "Plus 3 outcomes of the organisation's choice. The 2024-25 list of 8 moved to operators of essential services and genomics organisations.",
  },
  notes: [
    ...caf2024.notes,
    'The 2025-26 audit list comes from a reproduction of the NHS England list, not the list itself.',
  ],
  sources: [
    ...caf2024.sources,
    'https://fortis-dpc.com/blog/dspt-update/',
    'https://www.periculo.co.uk/security-wiki/nhs-dspt-audit-security-wiki-the-mandatory-assertions-2025-26-edition',
  ],
};

export const dsptEditions: readonly DsptEdition[] = [caf2024, caf2025];

export function findEdition(id: string): DsptEdition | undefined {
  return dsptEditions.find((e) => e.id === id);
}

export function findOutcome(edition: DsptEdition, id: string): DsptOutcome | undefined {
  return edition.outcomes.find((o) => o.id === id);
}
