import type { Likelihood } from '../../../model/written.js';
import { ptr, shapeOf, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** A bulk or one-off load with no record-level reconciliation or clinical validation. */
export default defineHazardRule({
  id: 'migration-not-reconciled',
  number: 38,
  title: 'Migrated records lost or altered without anyone noticing',
  description:
    'Records are moved in bulk from one system to another, and the spec does not show that every record is reconciled between source and target, that clinicians checked a sample, or that changes made during the cutover were carried over.',
  effect:
    'Some records, or parts of them (allergies, alerts, statuses), are missing or changed in the new system.',
  hazard: 'Clinicians treat the new system as the complete record from go-live.',
  harm: 'Treatment without an allergy, alert or history that was in the old system.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Reconcile every record and every coded item between source and target, not only totals.',
    },
    {
      kind: 'test',
      text: 'Have clinicians compare a sample of migrated records with the source, weighted to allergies, alerts and medicines.',
    },
    {
      kind: 'business-process',
      text: 'Freeze the source during cutover, or migrate the changes made during it, and keep the old system readable.',
    },
  ],
  derive(i) {
    if (shapeOf(i) !== 'migration') return undefined;
    const m = i.interaction?.migration;
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    if (m?.reconciliation === 'none' || m?.reconciliation === 'counts') {
      causes.push({
        text:
          m.reconciliation === 'none'
            ? 'Migrated records are not reconciled with the source.'
            : 'Only totals are compared between source and target.',
        pointer: ptr('interaction', 'migration', 'reconciliation'),
      });
      if (m.reconciliation === 'none') likelihood = 'medium';
    } else if (m?.reconciliation === undefined) {
      causes.push(
        unstated(
          i,
          'how migrated records are reconciled with the source',
          'interaction.migration.reconciliation',
          ptr('interaction', 'migration'),
          ptr('interaction', 'shape'),
        ),
      );
    }
    if (m?.clinicallyValidated === false)
      causes.push({
        text: 'Clinicians do not check a sample of migrated records.',
        pointer: ptr('interaction', 'migration', 'clinicallyValidated'),
      });
    if (m?.cutover === 'none') {
      causes.push({
        text: 'Changes made during the cutover are not carried over.',
        pointer: ptr('interaction', 'migration', 'cutover'),
      });
      likelihood = 'medium';
    }
    if (causes.length === 0) return undefined;
    const existingControls: string[] = [];
    if (m?.reconciliation === 'record-level')
      existingControls.push('Every record is reconciled between source and target.');
    if (m?.clinicallyValidated)
      existingControls.push('Clinicians check a sample of migrated records against the source.');
    if (m?.cutover === 'freeze') existingControls.push('The source is read-only during the cutover.');
    if (m?.cutover === 'delta-migrated')
      existingControls.push('Changes made during the cutover are migrated afterwards.');
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'every large migration loses or alters some records, and here nothing finds them before clinicians rely on the new system'
          : 'losses are found by some checks, but not all of the checks that would find them are shown',
      severity: 'major',
      harm: 'a missing allergy, alert or history can lead to death or permanent harm',
      patients: 'many',
    });
  },
});
