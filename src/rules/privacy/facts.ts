import type { Config, Integration } from '../../model/estate.js';
import type { DataClass, Purpose } from '../../model/written.js';

export { durationDays } from '../../core/formats.js';

/** Facts about a flow that several privacy rules and the DPIA share. */

type Item = Integration['data']['items'][number];

const personalClasses: ReadonlySet<DataClass> = new Set([
  'identifier',
  'personal',
  'health',
  'special',
  'pseudonymised',
]);
const directlyIdentifying: ReadonlySet<DataClass> = new Set(['identifier', 'personal']);
const specialClasses: ReadonlySet<DataClass> = new Set(['health', 'special']);
const patientSubjects = new Set(['patients', 'children', 'maternity', 'mental-health']);

/** Personal data under UK GDPR: pseudonymised data still is; anonymised and operational data are not. */
export function carriesPersonalData(i: Integration): boolean {
  if (i.data.items.length === 0) return i.data.subjects.length > 0;
  return i.data.items.some((item) => personalClasses.has(item.class));
}

/**
 * Identifiable: carries a direct identifier, or special-category content not declared as
 * pseudonymised (health data in a message travels with whoever it is about).
 */
export function isIdentifiable(i: Integration): boolean {
  const items = i.data.items;
  if (items.some((item) => directlyIdentifying.has(item.class))) return true;
  const deidentified = items.some((item) => item.class === 'pseudonymised' || item.class === 'anonymised');
  return !deidentified && items.some((item) => specialClasses.has(item.class));
}

/** Items of special category data (health, or the other Art. 9 categories). */
export function specialItems(i: Integration): Array<{ item: Item; index: number }> {
  return indexed(i).filter(({ item }) => specialClasses.has(item.class));
}

/** Subjects whose data is health data by its nature (maternity, mental health). */
export function healthBySubject(i: Integration): string[] {
  return i.data.subjects.filter((s) => s === 'maternity' || s === 'mental-health');
}

export function aboutPatients(i: Integration): boolean {
  return i.data.subjects.some((s) => patientSubjects.has(s)) || specialItems(i).length > 0;
}

export function indexed(i: Integration): Array<{ item: Item; index: number }> {
  return i.data.items.map((item, index) => ({ item, index }));
}

export function isIdentifyingItem(item: Item): boolean {
  return directlyIdentifying.has(item.class) || specialClasses.has(item.class);
}

/** Secondary uses: the purposes the national data opt-out and the CLDC treat apart from direct care. */
export const secondaryPurposes: ReadonlySet<string> = new Set<Purpose>([
  'planning',
  'research',
  'commissioning',
]);

/** Secondary uses of the flow: its purpose, and what its consumers use it for. */
export function secondaryUses(i: Integration): string[] {
  const uses = new Set<string>();
  if (i.purpose && secondaryPurposes.has(i.purpose)) uses.add(i.purpose);
  for (const c of i.consumers) if (secondaryPurposes.has(c.use)) uses.add(c.use);
  return [...uses].sort();
}

/** The target is run by another organisation than the configured one. */
export function leavesOrganisation(i: Integration, config: Config): boolean {
  return isExternal(i.target, config);
}

const ukNames = new Set([
  'uk',
  'united kingdom',
  'great britain',
  'gb',
  'england',
  'scotland',
  'wales',
  'northern ireland',
]);

export function isUk(country: string): boolean {
  return ukNames.has(country.trim().toLowerCase());
}

/** True when the endpoint is run by another organisation than the configured one. */
export function isExternal(e: Integration['source'], config: Config): boolean {
  const ours = config.organisation;
  if (e.org !== undefined) return e.org !== ours.ods;
  return e.orgName !== undefined && e.orgName !== ours.name;
}

/** The end of the flow run by another organisation (the target first), if either is. */
export function externalEnd(i: Integration, config: Config): 'source' | 'target' | undefined {
  if (isExternal(i.target, config)) return 'target';
  if (isExternal(i.source, config)) return 'source';
  return undefined;
}

/** The data crosses an organisational boundary: it comes from, or goes to, another organisation. */
export function crossesOrganisation(i: Integration, config: Config): boolean {
  return externalEnd(i, config) !== undefined;
}

/** An endpoint's organisation in words: "Registered GP practices (Y01234)", or the ODS code alone. */
export function orgLabel(e: Integration['source']): string {
  if (e.orgName) return e.org ? `${e.orgName} (${e.org})` : e.orgName;
  return e.org ?? 'another organisation';
}

/** Consumers that are people acting on the data for care: the flow's end users. */
export function careUsers(
  i: Integration,
): Array<{ consumer: Integration['consumers'][number]; index: number }> {
  return i.consumers
    .map((consumer, index) => ({ consumer, index }))
    .filter(
      ({ consumer }) =>
        consumer.use === 'direct-care-decisions' || consumer.use === 'direct-care-information',
    );
}
