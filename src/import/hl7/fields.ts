/**
 * Data items of the HL7v2 fields govspec recognises, with the spec's data classes. Identifiers in
 * PID-2/3/4 and MRG-1 are handled apart because their kind depends on the assigning authority.
 */
export interface FieldItem {
  name: string;
  class: 'identifier' | 'personal' | 'health' | 'special' | 'operational';
  freeText?: boolean;
  /** Personal data about staff (clinicians, operators) rather than patients. */
  staff?: boolean;
  /** Personal data about other people (next of kin). */
  others?: boolean;
}

export const fieldItems: Record<string, FieldItem> = {
  'PID-5': { name: 'Name', class: 'personal' },
  'PID-6': { name: "Mother's maiden name", class: 'personal' },
  'PID-7': { name: 'Date of birth', class: 'personal' },
  'PID-8': { name: 'Administrative sex', class: 'personal' },
  'PID-9': { name: 'Alias', class: 'personal' },
  'PID-10': { name: 'Race', class: 'special' },
  'PID-11': { name: 'Address', class: 'personal' },
  'PID-13': { name: 'Home phone and email', class: 'personal' },
  'PID-14': { name: 'Business phone', class: 'personal' },
  'PID-15': { name: 'Primary language', class: 'personal' },
  'PID-16': { name: 'Marital status', class: 'personal' },
  'PID-17': { name: 'Religion', class: 'special' },
  'PID-18': { name: 'Account number', class: 'identifier' },
  'PID-19': { name: 'Social security number', class: 'identifier' },
  'PID-22': { name: 'Ethnic group', class: 'special' },
  'PID-23': { name: 'Birth place', class: 'personal' },
  'PID-24': { name: 'Multiple birth indicator', class: 'personal' },
  'PID-26': { name: 'Citizenship', class: 'personal' },
  'PID-28': { name: 'Nationality', class: 'personal' },
  'PID-29': { name: 'Date of death', class: 'health' },
  'PID-30': { name: 'Death indicator', class: 'health' },
  'PD1-3': { name: 'Registered GP practice', class: 'personal' },
  'PD1-4': { name: 'Registered GP', class: 'personal' },
  'NK1-2': { name: 'Next of kin name', class: 'personal', others: true },
  'NK1-3': { name: 'Next of kin relationship', class: 'personal', others: true },
  'NK1-4': { name: 'Next of kin address', class: 'personal', others: true },
  'NK1-5': { name: 'Next of kin phone', class: 'personal', others: true },
  'PV1-2': { name: 'Visit class', class: 'health' },
  'PV1-3': { name: 'Assigned location (ward, bed)', class: 'health' },
  'PV1-7': { name: 'Attending clinician', class: 'personal', staff: true },
  'PV1-8': { name: 'Referring clinician', class: 'personal', staff: true },
  'PV1-9': { name: 'Consulting clinician', class: 'personal', staff: true },
  'PV1-10': { name: 'Hospital service', class: 'health' },
  'PV1-14': { name: 'Admit source', class: 'health' },
  'PV1-17': { name: 'Admitting clinician', class: 'personal', staff: true },
  'PV1-19': { name: 'Visit number', class: 'identifier' },
  'PV1-44': { name: 'Admit date and time', class: 'health' },
  'PV1-45': { name: 'Discharge date and time', class: 'health' },
  'PV2-3': { name: 'Admit reason', class: 'health', freeText: true },
  'EVN-5': { name: 'Operator', class: 'personal', staff: true },
  'AL1-3': { name: 'Allergen', class: 'health' },
  'DG1-3': { name: 'Diagnosis', class: 'health' },
  'PR1-3': { name: 'Procedure', class: 'health' },
  'ORC-1': { name: 'Order control', class: 'operational' },
  'ORC-12': { name: 'Ordering provider (order)', class: 'personal', staff: true },
  'OBR-4': { name: 'Test or service requested', class: 'health' },
  'OBR-13': { name: 'Relevant clinical information', class: 'health', freeText: true },
  'OBR-16': { name: 'Ordering provider', class: 'personal', staff: true },
  'OBX-3': { name: 'Observation identifier', class: 'health' },
  'OBX-5': { name: 'Observation value', class: 'health' },
  'OBX-16': { name: 'Responsible observer', class: 'personal', staff: true },
  'NTE-3': { name: 'Notes and comments', class: 'health', freeText: true },
  'SPM-4': { name: 'Specimen type', class: 'health' },
  'TXA-2': { name: 'Document type', class: 'health' },
};

/** Highest field number each segment has in any version up to v2.9, to spot run-together segments. */
export const maxFields: Record<string, number> = {
  MSH: 25,
  EVN: 7,
  PID: 40,
  PD1: 22,
  NK1: 41,
  PV1: 54,
  PV2: 50,
  MRG: 7,
  AL1: 6,
  DG1: 26,
  PR1: 26,
  ORC: 35,
  OBR: 55,
  OBX: 33,
  NTE: 4,
  SPM: 35,
  TQ1: 14,
  TXA: 28,
};

export const standardSegments = new Set([
  ...Object.keys(maxFields),
  'IN1', 'IN2', 'GT1', 'ROL', 'ACC', 'UB1', 'DB1', 'OBX', 'TQ2', 'SAC', 'CTI', 'FT1', 'RXO', 'RXE', 'RXR', 'RXC', 'RXA',
  'TXA', 'SCH', 'AIS', 'AIG', 'AIL', 'AIP', 'RGS', 'MSA', 'ERR', 'QRD', 'QRF', 'QPD', 'RCP', 'QAK', 'BHS', 'BTS', 'FHS', 'FTS',
  'IAM', 'NPU', 'ODS', 'ODT', 'ORG', 'PRT', 'OH1', 'OH2', 'OH3', 'OH4', 'ARV', 'UAC', 'SFT', 'CON', 'PDA', 'DSC',
]);
