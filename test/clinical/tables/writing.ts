import type { Table } from './case.js';

const writeBack = { shape: 'write-back' };

/** Writing into a clinical system, through its API or its screens. */
export const writing: Table = {
  'write-back-wrong-patient': [
    {
      name: 'record open on screen',
      change: { interaction: writeBack, writeBack: { patientBinding: 'open-record' } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'patientBinding: open-record',
        column: true,
      },
    },
    {
      name: 'launch context, confirmed by a person',
      change: {
        interaction: writeBack,
        writeBack: { patientBinding: 'url-context', confirmation: 'user-confirms' },
      },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    {
      name: 'screen automation, binding not stated',
      change: { interaction: { shape: 'screen-automation' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shape: screen-automation' },
    },
    {
      name: 'identifiers in the data',
      change: { interaction: writeBack, writeBack: { patientBinding: 'message-identifiers' } },
    },
    { name: 'a push feed', change: {} },
  ],
  'write-back-not-confirmed': [
    {
      name: 'automatic whole-list replacement',
      change: {
        interaction: writeBack,
        writeBack: { patientBinding: 'message-identifiers', confirmation: 'automatic', mode: 'replace' },
      },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'confirmation: automatic',
        column: true,
      },
    },
    {
      name: 'retried writes create duplicates',
      change: { interaction: writeBack, writeBack: { confirmation: 'user-confirms', idempotent: false } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'idempotent: false' },
    },
    {
      name: 'confirmation not stated',
      change: { interaction: writeBack },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'entries not attributed',
      change: { interaction: writeBack, writeBack: { confirmation: 'user-confirms', attributed: false } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'attributed: false' },
    },
    {
      name: 'confirmed, patched, idempotent, attributed',
      change: {
        interaction: writeBack,
        writeBack: { confirmation: 'user-confirms', mode: 'patch', idempotent: true, attributed: true },
      },
    },
  ],
  'screen-automation-misentry': [
    {
      name: 'robot does not check the screen',
      change: { interaction: { shape: 'screen-automation', verifiesScreen: false } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'verifiesScreen: false',
        column: true,
      },
    },
    {
      name: 'not stated',
      change: { interaction: { shape: 'screen-automation' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shape: screen-automation' },
    },
    {
      name: 'robot checks every screen',
      change: { interaction: { shape: 'screen-automation', verifiesScreen: true } },
    },
    { name: 'an API write', change: { interaction: writeBack } },
  ],
};
