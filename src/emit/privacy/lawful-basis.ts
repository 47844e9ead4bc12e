import type { Article6, Article9 } from '../../catalogue/lawful-bases.js';
import {
  article6Bases,
  article9Conditions,
  schedule1Conditions,
  statutoryRoutes,
} from '../../catalogue/lawful-bases.js';
import { optOutDirectCare, optOutSecondaryUse } from '../../catalogue/privacy-guidance.js';
import type { Integration } from '../../model/estate.js';
import { aboutPatients, isIdentifiable, secondaryUses } from '../../rules/privacy/facts.js';
import { carriesSpecialCategory } from './describe.js';

/** Lawful bases in words, from the reference data (catalogue/lawful-bases.ts), with their sources. */

export const art9NotRequired = 'Art. 9 condition not required: no special category data';

export function article6Words(i: Integration): string[] {
  const lb = i.lawfulBasis;
  if (!lb) return ['not recorded'];
  const known = article6Bases[lb.article6 as Article6];
  const words = [known ? known.words : lb.article6];
  if (lb.article6 === '6(1)(ea)')
    words.push(`Annex 1 condition relied on: ${lb.recognisedInterest ?? 'not recorded in the spec'}`);
  return words;
}

/** The Art. 9 condition and its DPA 2018 Schedule 1 condition, or why none is needed. */
export function article9Words(i: Integration): { condition: string; schedule1: string } {
  const a = i.lawfulBasis?.article9 as Article9 | undefined;
  if (!a) {
    return carriesSpecialCategory(i)
      ? {
          condition: 'not recorded (see the risks)',
          schedule1: 'not recorded: it depends on the Art. 9 condition',
        }
      : { condition: art9NotRequired, schedule1: 'not required: no special category data' };
  }
  const known = article9Conditions[a];
  if (!known) return { condition: a, schedule1: 'not known' };
  const condition = `Art. ${a} ${known.name}`;
  if (!known.schedule1Part) return { condition, schedule1: 'none needed for this condition (DPA 2018 s.10)' };
  const chosen = i.lawfulBasis?.schedule1 ?? known.defaultCondition;
  if (!chosen) {
    return {
      condition,
      schedule1: `a condition in Part ${known.schedule1Part} of DPA 2018 Schedule 1 is needed (s.10); the spec does not name it`,
    };
  }
  const c = schedule1Conditions[chosen];
  const mismatch =
    c.part !== known.schedule1Part
      ? ` This is a Part ${c.part} condition; Art. ${a} needs one in Part ${known.schedule1Part} (DPA 2018 s.10).`
      : '';
  return { condition, schedule1: `${c.words}${mismatch}` };
}

const confidentiality: Record<string, string> = {
  'implied-consent':
    "Implied consent for direct care: shared with those providing or supporting the individual's care, within their reasonable expectations, where information about the sharing is available to patients and they have not objected.",
  'explicit-consent':
    'Explicit consent of the individual. Record how consent is obtained, recorded and withdrawn.',
  s251: 'Support under s.251 NHS Act 2006 and the Health Service (Control of Patient Information) Regulations 2002, on the advice of the Confidentiality Advisory Group (HRA). It sets aside only the common-law duty; data protection law still applies in full.',
  'legal-requirement': 'Required or permitted by law (statute or court order).',
  'overriding-public-interest':
    'Overriding public interest: a case-by-case judgement, normally by the Caldicott Guardian. Record the reasoning.',
  'not-confidential':
    'Not confidential patient information, so the common-law duty of confidentiality does not arise.',
};

export function confidentialityWords(i: Integration): string[] {
  const c = i.lawfulBasis?.confidentiality;
  const words = [c ? (confidentiality[c] ?? c) : 'not recorded'];
  const secondary = secondaryUses(i);
  if ((c === undefined || c === 'implied-consent') && secondary.length > 0 && isIdentifiable(i)) {
    words.push(`This does not cover the flow's use for ${secondary.join(', ')}: see the risks.`);
  }
  return words;
}

export function confidentialityShort(i: Integration): string {
  const c = i.lawfulBasis?.confidentiality;
  return c ? c.replace(/-/g, ' ').replace('s251', 's.251 support') : 'not recorded';
}

export function statutoryWords(i: Integration): string[] {
  const routes = i.lawfulBasis?.statutory ?? [];
  if (routes.length === 0) return ['none recorded in the spec'];
  return routes.map((r) => {
    const head = `${statutoryRoutes[r.route].words}${r.reference ? ` (${r.reference})` : ''}`;
    return r.text ? `${head}. ${r.text}` : head;
  });
}

/** Whether the national data opt-out applies, why (with the official source), and what the spec records. */
export function optOutWords(i: Integration): { assessment: string[]; recorded: string } {
  const secondary = secondaryUses(i);
  let assessment: string[];
  if (i.lawfulBasis?.confidentiality === 'explicit-consent') {
    assessment = ['Does not arise: the individual gave explicit consent.'];
  } else if (secondary.length > 0 && isIdentifiable(i) && aboutPatients(i)) {
    assessment = [
      `May apply: confidential patient information is used for ${secondary.join(', ')}.`,
      optOutSecondaryUse.text,
      `Source: ${optOutSecondaryUse.sources.map((s) => s.url).join('; ')}`,
    ];
  } else if (secondary.length > 0) {
    assessment = [
      `Depends on whether the data used for ${secondary.join(', ')} is still confidential patient information (pseudonymised data can be): the IG team to assess.`,
    ];
  } else if (i.purpose === 'direct-care' || i.purpose === undefined) {
    assessment = [optOutDirectCare.text, `Source: ${optOutDirectCare.sources.map((s) => s.url).join('; ')}`];
  } else {
    assessment = [
      `The purpose is ${i.purpose.replace(/-/g, ' ')}, neither direct care nor research or planning: the IG team to assess whether the opt-out applies.`,
    ];
  }
  const o = i.lawfulBasis?.optOut;
  const applies: Record<string, string> = {
    yes: 'applies',
    no: 'does not apply',
    'not-assessed': 'not assessed',
  };
  const recorded = !o
    ? 'not recorded in the spec'
    : [
        `The spec records that the opt-out ${applies[o.applies]}`,
        o.applies === 'yes' ? `; opted-out patients are ${o.applied === true ? '' : 'not '}removed` : '',
        o.reason ? `: ${o.reason}` : '.',
      ].join('');
  return { assessment, recorded };
}
