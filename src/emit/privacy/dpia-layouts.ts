import type { Block } from './document.js';
import type { DpiaContent, SectionId } from './dpia-content.js';
import type { Scale } from './dpia-risks.js';

/**
 * The two layouts IG teams use, both built from the same content. The ICO layout follows the
 * steps of the ICO's sample DPIA template; the NHS England layout follows the headings of the
 * DPIA template NHS England's own published DPIAs use (NHSmail, GP Connect).
 */
export interface LayoutPart {
  heading: string;
  level: 1 | 2;
  sections: SectionId[];
}

export interface DpiaLayout {
  id: 'ico' | 'nhs-england';
  /** How the document describes its own layout. */
  words: string;
  scale: Scale;
  parts: LayoutPart[];
}

const h1 = (heading: string, ...sections: SectionId[]): LayoutPart => ({ heading, level: 1, sections });
const h2 = (heading: string, ...sections: SectionId[]): LayoutPart => ({ heading, level: 2, sections });

export const icoLayout: DpiaLayout = {
  id: 'ico',
  words: 'the ICO template steps 2 to 7',
  scale: 'ico',
  parts: [
    h1('Description of the processing (ICO step 2)', 'background'),
    h2('Nature of the processing', 'diagram', 'systems', 'nature', 'matching'),
    h2('Scope of the processing', 'scope', 'items', 'retention', 'location'),
    h2('Context of the processing', 'context', 'transparency', 'sensitive'),
    h2('Purposes of the processing', 'purpose'),
    h1('Consultation (ICO step 3)', 'consultation'),
    h1('Necessity and proportionality (ICO step 4)'),
    h2('Lawful basis and the national data opt-out', 'legalBasis', 'optOut'),
    h2('Fairness', 'fairness'),
    h2('Accuracy', 'accuracy'),
    h2("Individuals' rights and objections", 'rights'),
    h2('Sharing, recipients and processors', 'sharing'),
    h2('Security of the flow', 'security'),
    h1('Risks to individuals (ICO step 5)', 'risks'),
    h1('Measures to reduce risk (ICO step 6)', 'measures'),
    h2('Further actions', 'actions'),
    h1('Sign off and outcomes (ICO step 7)', 'signOff'),
    h2('Summary of high residual risks', 'highResidual'),
    h2('Signatories', 'signatures'),
  ],
};

export const nhsEnglandLayout: DpiaLayout = {
  id: 'nhs-england',
  words: 'the headings of the NHS England DPIA template',
  scale: 'nhs-england',
  parts: [
    h1('Background', 'background', 'diagram', 'context'),
    h1('Consultation with stakeholders', 'consultation'),
    h1('Purpose of the processing', 'purpose'),
    h1('Description of the processing', 'systems', 'nature', 'scope'),
    h1(
      'Describe the legal basis for the processing (collection, analysis, or disclosure) of personal data',
      'legalBasis',
    ),
    h1('Demonstrate the fairness of the processing', 'fairness'),
    h1(
      'What steps have you taken to ensure individuals are informed about the ways in which their personal data is being used?',
      'transparency',
    ),
    h1('Is it necessary to collect and process all data items?', 'items'),
    h1(
      'Describe if personal datasets are to be matched, combined, or linked with other datasets',
      'matching',
    ),
    h1(
      'Describe if the personal data is to be shared with other organisations and the arrangements you have in place',
      'sharing',
      'sensitive',
    ),
    h1('How long will the personal data be retained?', 'retention'),
    h1(
      'How will you ensure the personal data is accurate and, where necessary, kept up to date?',
      'accuracy',
    ),
    h1(
      'How are individuals made aware of their rights and what processes do you have in place to manage such requests?',
      'rights',
    ),
    h1(
      'What technical and organisational controls for information security have been put in place?',
      'security',
    ),
    h1('In which country or territory will personal data be stored or processed?', 'location'),
    h1('Does the National Data Opt-Out apply to the processing?', 'optOut'),
    h1('Identify and assess key IG risks', 'risks'),
    h1('Further actions', 'measures', 'actions'),
    h1('Signatories', 'signOff', 'signatures'),
    h1('Summary of high residual risks', 'highResidual'),
  ],
};

export const dpiaLayouts: Readonly<Record<DpiaLayout['id'], DpiaLayout>> = {
  ico: icoLayout,
  'nhs-england': nhsEnglandLayout,
};

/** The content laid out: headings in order, each followed by its sections' blocks. */
export function layoutBlocks(layout: DpiaLayout, content: DpiaContent): Block[] {
  return layout.parts.flatMap((p) => [
    { kind: 'heading', level: p.level, text: p.heading } as Block,
    ...p.sections.flatMap((s) => content[s]),
  ]);
}
