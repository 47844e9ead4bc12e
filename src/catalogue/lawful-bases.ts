import type { Article6Basis, Schedule1Condition, StatutoryRouteKind } from '../model/written-privacy.js';
import type { Citation } from './citations.js';
import { sources } from './citations.js';

/**
 * UK GDPR lawful bases and conditions as they stand on 1 December 2026, with the Data (Use and
 * Access) Act 2025 amendments in force since 5 February 2026 (SI 2026/82, regulation 2).
 */
export interface CitedWords {
  /** The basis in words, as a DPIA states it. */
  words: string;
  sources: readonly Citation[];
}

export type Article6 = Article6Basis;

const gdprArticle6 = {
  title: 'UK GDPR Article 6',
  url: 'https://www.legislation.gov.uk/eur/2016/679/article/6',
};
const notForPublicTasks =
  'not available to a public authority for processing it carries out in performing its tasks';

export const article6Bases: Readonly<Record<Article6, CitedWords>> = {
  '6(1)(a)': { words: 'Art. 6(1)(a) consent', sources: [gdprArticle6] },
  '6(1)(b)': { words: 'Art. 6(1)(b) contract', sources: [gdprArticle6] },
  '6(1)(c)': { words: 'Art. 6(1)(c) legal obligation', sources: [gdprArticle6] },
  '6(1)(d)': { words: 'Art. 6(1)(d) vital interests', sources: [gdprArticle6] },
  '6(1)(e)': {
    words:
      'Art. 6(1)(e) public task: a task of the controller carried out in the public interest, or a task carried out in the exercise of official authority vested in the controller',
    sources: [gdprArticle6, sources.duaaS70],
  },
  '6(1)(ea)': {
    words: `Art. 6(1)(ea) recognised legitimate interest (in force since 5 February 2026): the processing must meet a condition in Annex 1 of the UK GDPR; like legitimate interests it is ${notForPublicTasks}`,
    sources: [sources.duaaS70, sources.duaaCommencement],
  },
  '6(1)(f)': {
    words: `Art. 6(1)(f) legitimate interests (${notForPublicTasks})`,
    sources: [gdprArticle6, sources.duaaS70],
  },
};

export type Article9 =
  | '9(2)(a)'
  | '9(2)(b)'
  | '9(2)(c)'
  | '9(2)(d)'
  | '9(2)(e)'
  | '9(2)(f)'
  | '9(2)(g)'
  | '9(2)(h)'
  | '9(2)(i)'
  | '9(2)(j)';

/**
 * Art. 9 conditions and the Schedule 1 part each needs: DPA 2018 s.10(2)-(3) says points (b),
 * (h), (i) and (j) are met only with a condition in Part 1 of Schedule 1, and point (g) only with
 * a condition in Part 2.
 */
export const article9Conditions: Readonly<
  Record<Article9, { name: string; schedule1Part?: 1 | 2; defaultCondition?: Schedule1Id }>
> = {
  '9(2)(a)': { name: 'explicit consent' },
  '9(2)(b)': {
    name: 'employment, social security and social protection',
    schedule1Part: 1,
    defaultCondition: 'pt1-para1',
  },
  '9(2)(c)': { name: 'vital interests' },
  '9(2)(d)': { name: 'not-for-profit bodies' },
  '9(2)(e)': { name: 'made public by the data subject' },
  '9(2)(f)': { name: 'legal claims or judicial acts' },
  '9(2)(g)': { name: 'substantial public interest', schedule1Part: 2 },
  '9(2)(h)': { name: 'health or social care', schedule1Part: 1, defaultCondition: 'pt1-para2' },
  '9(2)(i)': { name: 'public health', schedule1Part: 1, defaultCondition: 'pt1-para3' },
  '9(2)(j)': {
    name: 'archiving, scientific or historical research, or statistics',
    schedule1Part: 1,
    defaultCondition: 'pt1-para4',
  },
};

export type Schedule1Id = Schedule1Condition;

const policyDocument = 'with an appropriate policy document in place (Sch.1 Part 4)';

/** DPA 2018 Schedule 1 conditions a health or care flow can rely on, by part and paragraph. */
export const schedule1Conditions: Readonly<Record<Schedule1Id, { part: 1 | 2; words: string }>> = {
  'pt1-para1': {
    part: 1,
    words: `DPA 2018 Sch.1 Pt.1 para 1 (employment, social security and social protection), ${policyDocument}`,
  },
  'pt1-para2': {
    part: 1,
    words:
      'DPA 2018 Sch.1 Pt.1 para 2 (health or social care purposes), with the Art. 9(3) safeguard: processed by or under the responsibility of a professional under a duty of confidentiality',
  },
  'pt1-para3': {
    part: 1,
    words:
      'DPA 2018 Sch.1 Pt.1 para 3 (public health), carried out by or under the responsibility of a health professional or a person under a duty of confidentiality',
  },
  'pt1-para4': {
    part: 1,
    words: 'DPA 2018 Sch.1 Pt.1 para 4 (archiving, research and statistics), with the Art. 89(1) safeguards',
  },
  'pt2-para6': {
    part: 2,
    words: `DPA 2018 Sch.1 Pt.2 para 6 (statutory and government purposes), ${policyDocument}`,
  },
  'pt2-para8': {
    part: 2,
    words: `DPA 2018 Sch.1 Pt.2 para 8 (equality of opportunity or treatment), ${policyDocument}`,
  },
  'pt2-para10': {
    part: 2,
    words: `DPA 2018 Sch.1 Pt.2 para 10 (preventing or detecting unlawful acts), ${policyDocument}`,
  },
  'pt2-para11': { part: 2, words: `DPA 2018 Sch.1 Pt.2 para 11 (protecting the public), ${policyDocument}` },
  'pt2-para16': {
    part: 2,
    words: `DPA 2018 Sch.1 Pt.2 para 16 (support for individuals with a particular disability or medical condition), ${policyDocument}`,
  },
  'pt2-para17': { part: 2, words: `DPA 2018 Sch.1 Pt.2 para 17 (counselling), ${policyDocument}` },
  'pt2-para18': {
    part: 2,
    words: `DPA 2018 Sch.1 Pt.2 para 18 (safeguarding of children and of individuals at risk), ${policyDocument}`,
  },
};

export const schedule1Sources: readonly Citation[] = [sources.dpaSection10, sources.dpaSchedule1];

export type StatutoryRoute = StatutoryRouteKind;

/** Statutory routes for sharing, in words, with the Act or Regulations each rests on. */
export const statutoryRoutes: Readonly<Record<StatutoryRoute, CitedWords>> = {
  's251b-duty-to-share': {
    words:
      'Health and Social Care Act 2012 s.251B: the duty to share information about an individual for their direct care, where it facilitates care and is in their interests',
    sources: [sources.hsca2012s251b],
  },
  's254-direction': {
    words:
      'Health and Social Care Act 2012 s.254: a direction to NHS England to establish and operate an information system',
    sources: [sources.hsca2012s254],
  },
  's259-requirement': {
    words:
      'Health and Social Care Act 2012 s.259: a requirement or request to provide information to NHS England',
    sources: [sources.hsca2012s259],
  },
  's251-support': {
    words:
      'NHS Act 2006 s.251 and the Health Service (Control of Patient Information) Regulations 2002, with the support of the Confidentiality Advisory Group: sets aside the common-law duty of confidentiality only',
    sources: [sources.nhsAct2006s251, sources.copiRegulations],
  },
  'copi-regulation-3': {
    words:
      'Health Service (Control of Patient Information) Regulations 2002, regulation 3: communicable disease and other risks to public health',
    sources: [sources.copiRegulations],
  },
  'court-order': { words: 'An order of a court or tribunal', sources: [] },
  other: { words: 'Another statutory gateway (named in the spec)', sources: [] },
};
