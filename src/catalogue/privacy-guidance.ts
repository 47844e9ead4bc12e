import type { Citation } from './citations.js';
import { sources } from './citations.js';

/** Settled positions of NHS England and the ICO that a DPIA states, each with its source. */
export interface Position {
  text: string;
  sources: readonly Citation[];
}

/** The national data opt-out applies to uses beyond an individual's care, never to direct care. */
export const optOutDirectCare: Position = {
  text: 'The national data opt-out does not apply: it covers the use of confidential patient information for purposes beyond the individual’s care and treatment (research and planning), not direct care.',
  sources: [sources.optOutPolicy],
};

export const optOutSecondaryUse: Position = {
  text: 'The national data opt-out applies to confidential patient information used for purposes beyond the individual’s care and treatment, such as research and planning, unless the patient consented, the law requires the disclosure or another exemption applies.',
  sources: [sources.optOutPolicy],
};

/**
 * Internet First: new NHS services are made available on the internet, secured with the best
 * available standards-based approaches. TLS across the internet is therefore the norm and not,
 * by itself, a high privacy risk.
 */
export const internetFirst: Position = {
  text: 'NHS policy (Internet First) is that services are made available on the internet, secured appropriately with standards-based approaches such as TLS; encrypted transport over the internet is normal practice.',
  sources: [sources.internetFirst],
};

/**
 * Risk scales. The ICO's sample template words likelihood as remote, possible or probable and
 * severity as minimal, significant or severe; NHS England's DPIAs use the ICO guidance's words
 * (remote, reasonable possibility, more likely than not; minimal impact, some impact, serious harm).
 * Both are three-point scales of the same kind, so one rating serves both layouts.
 */
export type Likelihood = 'remote' | 'possible' | 'probable';
export type Severity = 'minimal' | 'significant' | 'severe';
export type Overall = 'low' | 'medium' | 'high';

export const likelihoodWords: Readonly<Record<'ico' | 'nhs-england', Record<Likelihood, string>>> = {
  ico: { remote: 'remote', possible: 'possible', probable: 'probable' },
  'nhs-england': {
    remote: 'remote',
    possible: 'reasonable possibility',
    probable: 'more likely than not',
  },
};

export const severityWords: Readonly<Record<'ico' | 'nhs-england', Record<Severity, string>>> = {
  ico: { minimal: 'minimal', significant: 'significant', severe: 'severe' },
  'nhs-england': { minimal: 'minimal impact', significant: 'some impact', severe: 'serious harm' },
};

/**
 * Overall rating: rows likelihood, columns severity (minimal, significant, severe). The ICO says
 * high risk can come from a high probability of some harm or a lower possibility of serious harm;
 * NHS England's GP Connect DPIA rates reasonable possibility x some impact medium, remote x some
 * impact low and remote x minimal impact low, as these cells do.
 */
export const overallMatrix: Readonly<Record<Likelihood, readonly [Overall, Overall, Overall]>> = {
  remote: ['low', 'low', 'medium'],
  possible: ['low', 'medium', 'high'],
  probable: ['medium', 'high', 'high'],
};

export const scoringBasis: Position = {
  text: 'Overall risk combines the likelihood and the severity of harm as the ICO’s DPIA guidance describes: high risk can come from a high probability of some harm or a lower possibility of serious harm. The combinations used are in the table below; they give the ratings NHS England records in its GP Connect DPIA. The IG team may re-rate any risk.',
  sources: [sources.icoDpia, sources.gpConnectDpiaRisks],
};

/** The two DPIA layouts the sections can follow, and where their headings come from. */
export const dpiaLayoutSources: Readonly<Record<'ico' | 'nhs-england', readonly Citation[]>> = {
  ico: [sources.icoDpia],
  'nhs-england': [sources.nhsmailDpia, sources.gpConnectDpiaItems],
};
