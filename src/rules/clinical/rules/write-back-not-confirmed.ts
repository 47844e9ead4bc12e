import type { Likelihood } from '../../../model/written.js';
import { ptr, unstated, writesIntoRecord } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Writes committed with no confirmation, overwriting lists, or repeated by retries. */
export default defineHazardRule({
  id: 'write-back-not-confirmed',
  number: 30,
  title: 'Write-back overwrites or duplicates entries without confirmation',
  description:
    'Writes into the clinical system are committed without a person confirming them, replace whole records or lists, are repeated by retries, or are not attributed to their source, so entries can be lost, duplicated or untraceable.',
  effect:
    'A medication list is overwritten, an entry appears twice, or nobody can tell where an entry came from.',
  hazard: 'Clinicians see a record that lost, doubled or misattributed entries.',
  harm: 'A medicine stopped or doubled, or an error that cannot be traced and corrected.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Show what will be written and to whom, and commit only after a person confirms.',
    },
    {
      kind: 'design',
      text: 'Write changes as patches or appended entries, never whole-list replacement; make writes idempotent with a unique id.',
    },
    { kind: 'design', text: 'Record the author and source system on every entry written.' },
    {
      kind: 'test',
      text: 'Test retries after time-outs, concurrent edits in the clinical system and replays.',
    },
  ],
  derive(i) {
    if (!writesIntoRecord(i)) return undefined;
    const w = i.writeBack;
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    if (w?.confirmation === 'automatic')
      causes.push({
        text: 'Writes are committed with no one confirming them.',
        pointer: ptr('writeBack', 'confirmation'),
      });
    else if (w?.confirmation === undefined)
      causes.push(
        unstated(
          i,
          'whether a person confirms each write before it is committed',
          'writeBack.confirmation',
          ptr('writeBack'),
          ptr('interaction', 'shape'),
        ),
      );
    if (w?.mode === 'replace') {
      causes.push({
        text: 'Each write replaces the whole record or list.',
        pointer: ptr('writeBack', 'mode'),
      });
      if (w.confirmation !== 'user-confirms') likelihood = 'medium';
    }
    if (w?.idempotent === false && i.transport.retry !== 'none') {
      causes.push({
        text: 'Repeating a write creates a second entry, and failed writes are retried.',
        pointer: ptr('writeBack', 'idempotent'),
      });
      likelihood = 'medium';
    }
    if (w?.attributed === false)
      causes.push({
        text: 'Entries do not record who or what wrote them.',
        pointer: ptr('writeBack', 'attributed'),
      });
    if (causes.length === 0) return undefined;
    const existingControls: string[] = [];
    if (w?.confirmation === 'user-confirms')
      existingControls.push('A person confirms each write before it is committed.');
    if (w?.idempotent === true) existingControls.push('Repeating a write cannot create a second entry.');
    if (w?.attributed === true)
      existingControls.push('Each entry records who wrote it and from which source.');
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'time-outs, retries and concurrent edits happen every day, and nothing stops them overwriting or doubling entries'
          : 'most writes go through once and as intended, but the spec does not show the safeguards',
      severity: likelihood === 'medium' ? 'major' : 'considerable',
      harm:
        likelihood === 'medium'
          ? 'a lost or doubled medicine can cause death or permanent harm'
          : 'a wrong or untraceable entry misdirects care',
      patients: 'one',
    });
  },
});
