import { defineCodes } from '../core/codes.js';

/** Diagnostic codes of the importers. Each needs a docs page at docs/codes/<code>.md. */
export const importCodes = defineCodes({
  'import-file-unreadable': {
    severity: 'error',
    title: 'Import input could not be read',
    message: (reason: string) =>
      `could not read this file (${reason}). Check the path and permissions; the other files were still imported.`,
  },
  'import-file-encoding': {
    severity: 'error',
    title: 'Import input has an unsupported text encoding',
    message: (detail: string) => `${detail}. The other files were still imported.`,
  },
  'import-xml-too-large': {
    severity: 'error',
    title: 'XML export is larger than govspec reads',
    message: (size: number, max: number) =>
      `file is ${size} bytes; govspec reads XML exports of at most ${max} bytes. Export channels in smaller groups (one file per channel group).`,
  },
  'import-xml-too-deep': {
    severity: 'error',
    title: 'XML nested too deeply',
    message: (max: number) =>
      `XML elements are nested more than ${max} levels deep here, which no engine export needs. Check the file is a real export.`,
  },
  'import-xml-too-many-elements': {
    severity: 'error',
    title: 'XML has too many elements',
    message: (max: number) =>
      `the file holds more than ${max} XML elements. Export channels in smaller groups.`,
  },
  'import-xml-doctype': {
    severity: 'error',
    title: 'XML declares entities or an external DTD',
    message: () =>
      'the file has a DOCTYPE that declares entities or points at an external DTD. govspec never expands them (they can read local files or exhaust memory). No integration engine writes one into an export: remove the DOCTYPE or export the configuration again from the engine.',
  },
  'import-xml-malformed': {
    severity: 'error',
    title: 'XML is not well formed',
    message: (detail: string) =>
      `the XML is not well formed here (${detail}). Export it again from the engine (channel, production, class or configuration) or fix the file at this place; the other files were still imported.`,
  },
  'import-mirth-not-an-export': {
    severity: 'error',
    title: 'XML file is not a Mirth export',
    message: (root: string) =>
      `the root element is <${root}>, not a Mirth channel export (<channel>, <serverConfiguration>, <channelGroup>, <list> or <set>). Point the import at channel exports or a server backup.`,
  },
  'import-mirth-no-channels': {
    severity: 'warning',
    title: 'Mirth export holds no channels',
    message: (what: string) =>
      `this ${what} holds no channels, so no spec was drafted from it. Export the channels themselves (or a full server backup).`,
  },
  'import-mirth-unknown-connector': {
    severity: 'warning',
    title: 'Mirth connector type not recognised',
    message: (connector: string, type: string) =>
      `${connector} uses connector "${type}", which govspec does not know (a commercial or custom connector). The draft says transport "other": fill in transport and the system's name by hand.`,
  },
  'import-mirth-duplicate-channel': {
    severity: 'info',
    title: 'Same Mirth channel found twice',
    message: (name: string, kept: string) =>
      `channel "${name}" (same channel id) is also in ${kept}; the copy with the highest revision was drafted once.`,
  },
  'import-mirth-missing-field': {
    severity: 'warning',
    title: 'Mirth channel lacks an expected element',
    message: (what: string) =>
      `the channel has no ${what}; the draft leaves it blank. Check the export is complete.`,
  },
  'import-secret-withheld': {
    severity: 'warning',
    title: 'Credential found in an export and withheld',
    message: (kind: string, where: string, store: string) =>
      `found a credential (${kind}) in the export at ${where}. Its value was not copied into any spec or log. Move it to ${store}, rotate it if the file was shared, and treat the export file as sensitive.`,
  },
  'import-spec-exists': {
    severity: 'info',
    title: 'Spec already exists: changes proposed, file kept',
    message: (id: string, changes: number) =>
      `spec ${id} already exists and its input has ${changes} change(s) since it was imported. The file was not overwritten: review the proposed edit in the import summary and apply what you want by hand.`,
  },
  'import-existing-spec-unreadable': {
    severity: 'warning',
    title: 'Existing spec in the output folder could not be read',
    message: (detail: string) =>
      `this existing file could not be read as a spec (${detail}), so re-import cannot match it to a channel. It was left untouched; fix it and import again.`,
  },
  'import-write-failed': {
    severity: 'error',
    title: 'Draft spec could not be written',
    message: (reason: string) =>
      `could not write the draft spec (${reason}). Check the output folder is writable.`,
  },
  'import-hl7-not-a-message': {
    severity: 'error',
    title: 'File holds no HL7v2 message',
    message: () =>
      'no MSH segment was found, so this is not an HL7v2 message. Give sample messages in ER7 (pipe-delimited) form.',
  },
  'import-hl7-bad-timestamp': {
    severity: 'warning',
    title: 'MSH-7 is not an HL7 timestamp',
    message: (shape: string) =>
      `MSH-7 (date/time of message) is shaped like "${shape}", which is not an HL7 TS (YYYYMMDDHHMMSS[.S][+ZZZZ]). Receivers may reject it or misread the time: fix the sender.`,
  },
  'import-hl7-segment-boundary': {
    severity: 'warning',
    title: 'A segment boundary looks missing',
    message: (segment: string, detail: string) =>
      `${segment} ${detail}, so a segment separator looks missing and the next segment has been run into this one. Fields after that point are unreliable: fix the sender.`,
  },
  'import-hl7-space-separated': {
    severity: 'warning',
    title: 'HL7 segments separated by spaces',
    message: () =>
      'the segments are separated by spaces instead of carriage returns. They were split at each segment name; a strict receiver would reject this message.',
  },
  'import-hl7-truncation-character': {
    severity: 'info',
    title: 'MSH-2 carries the truncation character',
    message: (chars: string) =>
      `MSH-2 is "${chars}": the fifth character is the HL7 v2.7 truncation character. Receivers on older versions may treat it as data.`,
  },
  'import-catalogue-unknown-format': {
    severity: 'error',
    title: 'Catalogue format not recognised',
    message: () =>
      'this file is not a catalogue govspec reads: give an NHS Wales API catalogue folder (system.yml and api.yml files) or a CSV with url, name and provider columns.',
  },
  'import-catalogue-invalid-entry': {
    severity: 'warning',
    title: 'Catalogue entry is incomplete',
    message: (detail: string) =>
      `${detail}; no spec was drafted from this entry. Complete the entry in the catalogue.`,
  },
  'import-format-unknown': {
    severity: 'error',
    title: 'No importer reads this file',
    message: (looksLike: string, formats: string) =>
      `this file is ${looksLike}. govspec import reads ${formats}. Export the configuration from the engine, or name the engine to force one: govspec import <engine> FILE.`,
  },
  'import-format-mismatch': {
    severity: 'error',
    title: 'File is not the format the import was told to read',
    message: (found: string, wanted: string) =>
      `this file is ${found}, not ${wanted}. Run govspec import FILE to import it as what it is.`,
  },
  'import-engine-unreadable': {
    severity: 'error',
    title: 'Engine configuration could not be read',
    message: (what: string, detail: string) =>
      `this ${what} could not be read (${detail}). Export it again from the engine; the other files were still imported.`,
  },
  'import-engine-no-flows': {
    severity: 'warning',
    title: 'Engine configuration holds nothing to draft',
    message: (what: string, found: string) =>
      `this ${what} holds no connections or routes, so no spec was drafted from it; it holds ${found}. Export the whole configuration (every locker, production or channel), or import the production with the classes it uses.`,
  },
  'import-inventory-only': {
    severity: 'info',
    title: 'Configuration reported as an inventory, not drafted',
    message: (what: string, count: number, why: string) =>
      `this ${what} lists ${count} listener(s) and endpoint(s), shown in the import summary. No spec was drafted from it because ${why}: import the configuration that holds the routes, or write the specs with govspec new.`,
  },
  'import-csv-malformed': {
    severity: 'error',
    title: 'CSV is malformed',
    message: (detail: string) =>
      `the CSV is malformed here (${detail}). Fix the file; nothing was drafted from it.`,
  },
});

export type ImportCode = keyof typeof importCodes;
