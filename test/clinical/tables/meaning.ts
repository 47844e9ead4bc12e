import { DELETE } from '../helpers.js';
import type { Table } from './case.js';

const planning = [{ name: 'BI warehouse', use: 'planning' }];
const fhirView = {
  interaction: { shape: 'record-view' },
  protocol: { standard: 'fhir', version: 'R4', messages: DELETE, resources: ['Bundle'] },
  source: { version: 'R4' },
  target: { version: 'R4' },
};

/** Codes, document structure, narrative, free text and negation. */
export const meaning: Table = {
  'code-not-processed': [
    {
      name: 'unsupported codes dropped',
      change: { content: { unsupportedCode: 'drop' } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'unsupportedCode: drop',
        column: true,
      },
    },
    {
      name: 'unsupported codes degraded to text',
      change: { content: { unsupportedCode: 'degrade-to-text' } },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    {
      name: 'not stated',
      change: { content: { unsupportedCode: DELETE } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'content:' },
    },
    { name: 'unsupported codes rejected', change: {} },
    {
      name: 'content not coded',
      change: { content: { coded: false, unsupportedCode: DELETE }, mapping: [] },
    },
    { name: 'not used for care', change: { consumers: planning, content: { unsupportedCode: 'drop' } } },
  ],
  'display-text-missing': [
    {
      name: 'codes without display text',
      change: { content: { displayText: false } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'displayText: false',
        column: true,
      },
    },
    {
      name: 'not stated',
      change: { content: { displayText: DELETE } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'display text sent', change: {} },
  ],
  'sections-not-rendered': [
    {
      name: 'receiver hides sections',
      change: {
        interaction: { shape: 'document' },
        content: { sections: { headings: ['Actions for GP'], allRendered: false } },
      },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'allRendered: false',
        column: true,
      },
    },
    {
      name: 'document, rendering not stated',
      change: { interaction: { shape: 'document' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'content:' },
    },
    {
      name: 'every section shown',
      change: { interaction: { shape: 'document' }, content: { sections: { allRendered: true } } },
    },
    { name: 'a push feed', change: {} },
  ],
  'narrative-mismatch': [
    {
      name: 'text written separately',
      change: { content: { narrative: 'may-differ' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'narrative: may-differ',
        column: true,
      },
    },
    {
      name: 'FHIR record view, not stated',
      change: fhirView,
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'text generated from the data',
      change: { ...fhirView, content: { narrative: 'generated-from-data' } },
    },
    { name: 'HL7 v2 feed', change: {} },
  ],
  'free-text-not-shown': [
    {
      name: 'free text not shown',
      change: { content: { freeText: 'not-shown' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'freeText: not-shown',
        column: true,
      },
    },
    {
      name: 'free text cut short',
      change: { content: { freeText: 'truncated' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'a free-text item, display not stated',
      change: { data: { items: [{ name: 'Comments', class: 'health', freeText: true }] } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'freeText: true' },
    },
    {
      name: 'free text shown',
      change: {
        data: { items: [{ name: 'Comments', class: 'health', freeText: true }] },
        content: { freeText: 'shown' },
      },
    },
    { name: 'not used for care', change: { consumers: planning, content: { freeText: 'not-shown' } } },
  ],
  'negation-lost': [
    {
      name: 'negatives not sent',
      change: { content: { kinds: ['allergies'], negation: 'not-sent' } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'negation: not-sent', column: true },
    },
    {
      name: 'negatives as text',
      change: { content: { kinds: ['allergies'], negation: 'text' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    {
      name: 'allergies carried, negation not stated',
      change: { content: { kinds: ['allergies'] } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'kinds:' },
    },
    { name: 'negatives coded', change: { content: { kinds: ['allergies'], negation: 'coded' } } },
    { name: 'demographics only', change: { content: { kinds: ['demographics'] } } },
  ],
  'character-set-mismatch': [
    {
      name: 'UTF-8 into ASCII loses characters',
      change: { source: { characterSet: 'utf-8' }, target: { characterSet: 'ascii' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'characterSet: ascii',
        column: true,
      },
    },
    {
      name: 'Latin-1 into UTF-8 needs a conversion',
      change: { source: { characterSet: 'iso-8859-1' }, target: { characterSet: 'utf-8' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'characterSet: utf-8' },
    },
    {
      name: 'EBCDIC to UTF-8: reach unknown, still a conversion',
      change: { source: { characterSet: 'ebcdic' }, target: { characterSet: 'utf-8' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'ASCII into UTF-8 fits',
      change: { source: { characterSet: 'ascii' }, target: { characterSet: 'utf-8' } },
    },
    {
      name: 'the same set at both ends',
      change: { source: { characterSet: 'utf-8' }, target: { characterSet: 'utf-8' } },
    },
    { name: 'only one end stated', change: { source: { characterSet: 'utf-8' } } },
    {
      name: "not used in anyone's care",
      change: {
        source: { characterSet: 'utf-8' },
        target: { characterSet: 'ascii' },
        purpose: 'planning',
        consumers: [{ name: 'BI warehouse', use: 'planning' }],
      },
    },
  ],
};
