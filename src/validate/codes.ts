import { defineCodes } from '../core/codes.js';

export const validateCodes = defineCodes({
  'schema-unknown-key': {
    severity: 'error',
    title: 'Key not in the spec language',
    message: (key: string, suggestion: string | undefined, allowed: string) =>
      `unknown key "${key}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed here: ${allowed}.`,
  },
  'schema-missing-key': {
    severity: 'error',
    title: 'Required key missing',
    message: (key: string, description: string) =>
      `missing required key "${key}"${description ? ` (${description})` : ''}. Add it here.`,
  },
  'schema-invalid-value': {
    severity: 'error',
    title: 'Value not allowed',
    message: (value: string, allowed: string, suggestion: string | undefined) =>
      `${value} is not allowed here.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of: ${allowed}.`,
  },
  'schema-wrong-type': {
    severity: 'error',
    title: 'Value has the wrong type',
    message: (expected: string, actual: string, hint?: string) =>
      `expected ${expected} here but found ${actual}. ${hint ?? 'Change the value.'}`,
  },
  'schema-constraint': {
    severity: 'error',
    title: 'Value breaks a rule of the spec language',
    message: (detail: string, description: string) =>
      `${detail}.${description ? ` This field is: ${description}` : ''} Change the value.`,
  },
  'spec-not-a-mapping': {
    severity: 'error',
    title: 'File is not a YAML mapping',
    message: () =>
      'a spec is a YAML mapping (key: value lines) but this file holds something else. Start from `govspec new <id>`.',
  },
  'spec-id-invalid': {
    severity: 'error',
    title: 'Id is not safe as a file name',
    message: (id: string) =>
      `id "${id}" is not a safe identifier: use 3-64 lowercase letters, digits and hyphens (no slashes, dots or reserved names such as con or nul), e.g. "pas-adt-to-epr".`,
  },
  'spec-id-duplicate': {
    severity: 'error',
    title: 'Two specs share an id',
    message: (id: string, other: string) =>
      `id "${id}" is also used by ${other}. Ids must be unique across the estate: rename one.`,
  },
  'spec-version-invalid': {
    severity: 'error',
    title: 'Version is not a semantic version',
    message: (version: string) =>
      `version "${version}" is not a semantic version. Use MAJOR.MINOR.PATCH, e.g. 1.0.0.`,
  },
  'spec-ods-invalid': {
    severity: 'error',
    title: 'ODS code has the wrong shape',
    message: (code: string) =>
      `"${code}" is not an ODS organisation code: use 3 to 9 capital letters and digits (a trust is 3 characters, e.g. RXX; a GP practice 6, e.g. A81001).`,
  },
  'spec-duration-invalid': {
    severity: 'error',
    title: 'Not an ISO 8601 duration',
    message: (value: string) =>
      `"${value}" is not an ISO 8601 duration. Write e.g. PT30M (30 minutes), PT4H, P1D, P90D, P12M or P8Y.`,
  },
  'spec-date-invalid': {
    severity: 'error',
    title: 'Not a calendar date',
    message: (value: string) => `"${value}" is not a valid date. Write YYYY-MM-DD, e.g. 2026-05-12.`,
  },
  'spec-nhs-number-invalid': {
    severity: 'error',
    title: 'NHS number fails the modulus 11 check',
    message: (value: string) =>
      `"${value}" is not a valid NHS number (10 digits passing the modulus 11 check digit). Use a valid test number from the 999 range, e.g. 9990000018.`,
  },
  'spec-nhs-number-not-test': {
    severity: 'warning',
    title: 'Example NHS number outside the test range',
    message: (value: string) =>
      `"${value}" is a valid NHS number that is not a test number (the 999 range, or NHS England's PDS sandbox test patients such as 9000000009) and could belong to a real patient. Use a test number in specs.`,
  },
  'spec-reference-missing': {
    severity: 'warning',
    title: 'Referenced repository file does not exist',
    message: (path: string) =>
      `"${path}" does not exist in the repository. Fix the path, add the file, or use a URL.`,
  },
  'spec-reference-unsafe': {
    severity: 'error',
    title: 'Reference points outside the repository',
    message: (path: string) =>
      `"${path}" is not a repository path or an http(s) URL. Use a path relative to the repository root (no "..", no leading /) or a URL.`,
  },
});
