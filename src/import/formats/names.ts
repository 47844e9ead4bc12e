import type { FormatName } from './detect.js';

/** Each format as a phrase: "this file is X, not <name>". */
export const formatNames: Readonly<Record<FormatName, string>> = {
  mirth: 'a Mirth Connect export',
  hl7: 'HL7v2 messages',
  catalogue: 'an API catalogue',
  rhapsody: 'a Rhapsody configuration',
  intersystems: 'an InterSystems production',
  cloverleaf: 'a Cloverleaf NetConfig',
  iguana: 'an Iguana channel configuration',
  openhim: 'an OpenHIM export',
  camel: 'Apache Camel properties',
};

/** The engines (and other formats) govspec import can be told to read, for help and errors. */
export const forcedFormats = Object.keys(formatNames) as FormatName[];
