import type { Likelihood } from '../../../model/written.js';
import { ptr, unstated, writesIntoRecord } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

const bindings: Record<string, string> = {
  'open-record': "whatever record is open on the user's screen",
  'url-context': 'a patient id in the launch URL',
  lookup: "a search by the patient's details",
};

/** A write into a clinical system that finds its patient from context rather than identifiers. */
export default defineHazardRule({
  id: 'write-back-wrong-patient',
  number: 29,
  title: "Data written into the wrong patient's record",
  description:
    'The integration writes into a clinical system and finds the record to write to from the screen or launch context, or by a search, rather than from identifiers in the data checked against the record.',
  effect: "An entry (a result, a consultation, a medicine) is written into another patient's record.",
  hazard: "Both patients' records are wrong: one has another person's data, the other lacks its own.",
  harm: "Treatment given on another person's data; the right patient's care missed.",
  suggestedControls: [
    {
      kind: 'design',
      text: 'Carry the NHS number with the data and check it against the record before every write; stop when they differ.',
    },
    {
      kind: 'design',
      text: "Show the patient's name, date of birth and NHS number on the confirmation step.",
    },
    {
      kind: 'test',
      text: 'Test switching patients mid-task, several records open, and a stale launch context.',
    },
    {
      kind: 'business-process',
      text: 'Report and reverse entries written to the wrong record as clinical incidents.',
    },
  ],
  derive(i) {
    if (!writesIntoRecord(i)) return undefined;
    const b = i.writeBack?.patientBinding;
    if (b === 'message-identifiers') return undefined;
    const causes: Cause[] = [];
    if (b)
      causes.push({
        text: `The record to write to is found from ${bindings[b]}.`,
        pointer: ptr('writeBack', 'patientBinding'),
      });
    else
      causes.push(
        unstated(
          i,
          'how the record to write to is found',
          'writeBack.patientBinding',
          ptr('writeBack'),
          ptr('interaction', 'shape'),
        ),
      );
    const confirmed = i.writeBack?.confirmation === 'user-confirms';
    const likelihood = (b && !confirmed ? 'medium' : 'low') as Likelihood;
    return {
      causes,
      existingControls: confirmed
        ? ['A person confirms what will be written, and to whom, before it is committed.']
        : [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? 'users switch between patients all day, and nothing checks the record matches the data before the write'
            : 'a wrong-record write needs a context error that is not caught, and how the record is found is not fully shown',
        severity: 'major',
        harm: "acting on another person's data can cause death or permanent harm",
        patients: 'one',
      }),
    };
  },
});
