import type { Integration } from '../../model/estate.js';
import { aboutPatients, isIdentifiable, secondaryUses } from '../../rules/privacy/facts.js';

/**
 * Lawful bases in words (domain reference 2.5 and 2.6). Where govspec's reference does not
 * confirm a fact, the words say so and ask for IG confirmation; they never present it as settled.
 */

export const confirmWithIg = 'UNCONFIRMED in govspec reference data: IG to confirm';

const article6: Record<string, string> = {
  '6(1)(a)': 'Art. 6(1)(a) consent',
  '6(1)(b)': 'Art. 6(1)(b) contract',
  '6(1)(c)': 'Art. 6(1)(c) legal obligation',
  '6(1)(d)': 'Art. 6(1)(d) vital interests',
  '6(1)(e)':
    'Art. 6(1)(e) public task: a task carried out in the public interest or in the exercise of official authority',
  '6(1)(f)': 'Art. 6(1)(f) legitimate interests (not available to public authorities for their public tasks)',
};

const article9: Record<string, { name: string; schedule1: string }> = {
  '9(2)(a)': { name: 'explicit consent', schedule1: 'none needed for this condition' },
  '9(2)(b)': {
    name: 'employment, social security and social protection',
    schedule1: `DPA 2018 Sch.1 Pt.1 para 1 (${confirmWithIg})`,
  },
  '9(2)(c)': { name: 'vital interests', schedule1: 'none needed for this condition' },
  '9(2)(d)': { name: 'not-for-profit bodies', schedule1: 'none needed for this condition' },
  '9(2)(e)': { name: 'made public by the data subject', schedule1: 'none needed for this condition' },
  '9(2)(f)': { name: 'legal claims or judicial acts', schedule1: 'none needed for this condition' },
  '9(2)(g)': {
    name: 'substantial public interest',
    schedule1: `a DPA 2018 Sch.1 Pt.2 condition, to be named, with an appropriate policy document (${confirmWithIg})`,
  },
  '9(2)(h)': {
    name: 'health or social care',
    schedule1:
      'DPA 2018 Sch.1 Pt.1 para 2 (health or social care purposes), with the Art. 9(3) safeguard: processed by or under the responsibility of a professional under a duty of confidentiality',
  },
  '9(2)(i)': { name: 'public health', schedule1: `DPA 2018 Sch.1 Pt.1 para 3 (${confirmWithIg})` },
  '9(2)(j)': {
    name: 'archiving, scientific or historical research, or statistics',
    schedule1: `DPA 2018 Sch.1 Pt.1 para 4 (${confirmWithIg})`,
  },
};

const confidentiality: Record<string, string> = {
  'implied-consent':
    "Implied consent for direct care: shared with those providing or supporting the individual's care, within their reasonable expectations, where information about the sharing is available to patients and they have not objected.",
  'explicit-consent':
    'Explicit consent of the individual. Record how consent is obtained, recorded and withdrawn.',
  s251: 'Support under s.251 NHS Act 2006 and the Health Service (Control of Patient Information) Regulations 2002, on the advice of the Confidentiality Advisory Group (HRA). It sets aside only the common-law duty; data protection law still applies in full. Record the CAG reference.',
  'legal-requirement': 'Required or permitted by law (statute or court order). Name the legal gateway.',
  'overriding-public-interest':
    'Overriding public interest: a case-by-case judgement, normally by the Caldicott Guardian. Record the reasoning.',
  'not-confidential':
    'Not confidential patient information, so the common-law duty of confidentiality does not arise.',
};

export function article6Words(i: Integration): string {
  const a = i.lawfulBasis?.article6;
  return a ? (article6[a] ?? a) : 'not recorded';
}

export function article9Words(i: Integration): { condition: string; schedule1: string } {
  const a = i.lawfulBasis?.article9;
  if (!a)
    return { condition: 'not recorded', schedule1: 'not applicable until an Art. 9 condition is recorded' };
  const known = article9[a];
  return known
    ? { condition: `Art. ${a} ${known.name}`, schedule1: known.schedule1 }
    : { condition: a, schedule1: 'not known' };
}

export function confidentialityWords(i: Integration): string[] {
  const c = i.lawfulBasis?.confidentiality;
  const words = [c ? (confidentiality[c] ?? c) : 'not recorded'];
  const secondary = secondaryUses(i);
  if ((c === undefined || c === 'implied-consent') && secondary.length > 0 && isIdentifiable(i)) {
    words.push(`This does not cover the flow's use for ${secondary.join(', ')}: see the risks in step 5.`);
  }
  return words;
}

export function confidentialityShort(i: Integration): string {
  return i.lawfulBasis?.confidentiality ?? 'not recorded';
}

/** Whether the national data opt-out applies, why, and what the spec records. */
export function optOutWords(i: Integration): { assessment: string; recorded: string } {
  const secondary = secondaryUses(i);
  let assessment: string;
  if (i.lawfulBasis?.confidentiality === 'explicit-consent') {
    assessment = 'Does not arise: the individual gave explicit consent.';
  } else if (secondary.length > 0 && isIdentifiable(i) && aboutPatients(i)) {
    assessment = `May apply: confidential patient information is used for ${secondary.join(', ')}, and the national data opt-out applies to confidential patient information used for research and planning.`;
  } else if (secondary.length > 0) {
    assessment = `Depends on whether the data used for ${secondary.join(', ')} is still confidential patient information (pseudonymised data can be): ${confirmWithIg}.`;
  } else if (i.purpose === 'direct-care' || i.purpose === undefined) {
    assessment = `Not expected to apply: the flow supports individual (direct) care. That the opt-out does not apply to direct care is ${confirmWithIg}.`;
  } else {
    assessment = `Purpose "${i.purpose}" is neither direct care nor research or planning: IG to assess whether the opt-out applies.`;
  }
  const o = i.lawfulBasis?.optOut;
  const recorded = !o
    ? 'not recorded in the spec'
    : [
        `applies: ${o.applies}`,
        o.applies === 'yes' ? `opted-out patients removed: ${o.applied === true ? 'yes' : 'no'}` : undefined,
        o.reason ? `reason: ${o.reason}` : undefined,
      ]
        .filter(Boolean)
        .join('; ');
  return { assessment, recorded };
}
