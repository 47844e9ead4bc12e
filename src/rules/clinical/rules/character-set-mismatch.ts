import type { CharacterSet, Likelihood } from '../../../model/written.js';
import { caresForPatients, ptr } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** How many characters each set can carry: text moving to a lower rank loses characters. */
const reach: Record<CharacterSet, number | undefined> = {
  ascii: 0,
  'iso-8859-1': 1,
  'iso-8859-15': 1,
  'windows-1252': 1,
  'utf-8': 2,
  'utf-16': 2,
  ebcdic: undefined,
  other: undefined,
};

const names: Record<CharacterSet, string> = {
  ascii: 'ASCII',
  'iso-8859-1': 'ISO 8859-1 (Latin-1)',
  'iso-8859-15': 'ISO 8859-15 (Latin-9)',
  'windows-1252': 'Windows-1252',
  'utf-8': 'UTF-8',
  'utf-16': 'UTF-16',
  ebcdic: 'EBCDIC',
  other: 'another character set',
};

/** Source and target read and write text in different character sets. */
export default defineHazardRule({
  id: 'character-set-mismatch',
  number: 44,
  title: 'Text altered between systems that use different character sets',
  description:
    'The source and the target encode text in different character sets (for example UTF-8 and ASCII or Latin-1), so characters outside the smaller set are replaced, dropped or garbled on the way unless every hop converts them correctly.',
  effect:
    'Names with accents or apostrophes, the micro sign in "µmol/L", the degree sign, "≥" or "£" arrive changed, as question marks or as garbled text.',
  hazard:
    'A unit or value is misread, a patient is not matched or is matched wrongly on a changed name, or free text becomes unreadable.',
  harm: 'Treatment on a misread result or unit, or data filed against the wrong patient (HL7 v2 MSH-18 names the character set, and without it the standard assumes ASCII).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'State the character set at every hop (MSH-18, the HTTP charset, the file encoding) and convert explicitly in the engine; never rely on a server default.',
    },
    {
      kind: 'test',
      text: 'Send names with accents and apostrophes, "µmol/L", "°C", "≥" and "£" end to end and check the target shows each exactly.',
    },
  ],
  derive(i) {
    if (!caresForPatients(i)) return undefined;
    const from = i.source.characterSet;
    const to = i.target.characterSet;
    if (from === undefined || to === undefined || from === to) return undefined;
    const rf = reach[from];
    const rt = reach[to];
    // ASCII fits inside every set here except EBCDIC and UTF-16, which need a conversion anyway.
    if (from === 'ascii' && rt !== undefined && to !== 'utf-16') return undefined;
    const narrower = rf !== undefined && rt !== undefined && rt < rf;
    const likelihood: Likelihood = narrower ? 'medium' : 'low';
    return {
      causes: [
        {
          text: `The source (${i.source.system}) writes ${names[from]}; the target (${i.target.system}) reads ${names[to]}.`,
          pointer: ptr('target', 'characterSet'),
        },
      ],
      existingControls: i.mapping.some((m) => m.kind === 'format' && m.tested === true)
        ? ['A tested format mapping is in place.']
        : [],
      initial: rate({
        likelihood,
        because: narrower
          ? "the target's character set cannot hold every character the source can send, so some are replaced or dropped"
          : 'the text must be converted between character sets, and a hop left on its default garbles it',
        severity: 'considerable',
        harm: 'a misread unit or value, or a failed or wrong patient match, leads to wrong or delayed care',
        patients: 'many',
      }),
    };
  },
});
