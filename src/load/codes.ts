import { defineCodes } from '../core/codes.js';

export const loadCodes = defineCodes({
  'load-too-large': {
    severity: 'error',
    title: 'File is larger than govspec reads',
    message: (size: number, max: number) =>
      `file is ${size} bytes; govspec reads spec files of at most ${max} bytes. Split it, or check it is really a spec.`,
  },
  'load-invalid-utf8': {
    severity: 'error',
    title: 'File is not valid UTF-8',
    message: () => 'file is not valid UTF-8 here. Re-save it as UTF-8 (most editors: "Save with encoding").',
  },
  'load-nul-byte': {
    severity: 'error',
    title: 'File contains a NUL byte',
    message: () =>
      'file contains a NUL byte, so it is not a text file. Remove the byte or check the file is a spec.',
  },
  'load-unreadable': {
    severity: 'error',
    title: 'File could not be read',
    message: (reason: string) => `could not read the file (${reason}). Check it exists and is readable.`,
  },
  'load-link-outside': {
    severity: 'error',
    title: 'Spec is a link to a file outside the repository',
    message: () =>
      'this spec file is a symbolic link to a file outside the repository, so govspec does not read it. Copy the spec into the repository instead.',
  },
  'load-folder-unreadable': {
    severity: 'error',
    title: 'A folder that may hold specs cannot be read',
    message: (reason: string) =>
      `the specs globs reach into this folder, but its files cannot be read: ${reason}. Run \`git submodule update --init\` (and fetch the commit) so every spec is compared, or exclude the folder with a "!" glob.`,
  },
  'yaml-syntax': {
    severity: 'error',
    title: 'YAML syntax error',
    message: (detail: string) => `YAML syntax error: ${detail}. Fix the YAML at this place.`,
  },
  'yaml-duplicate-key': {
    severity: 'error',
    title: 'Duplicate key in a YAML mapping',
    message: (key?: string, firstLine?: number) =>
      `${key === undefined ? 'this key' : `the key "${key}"`} appears twice in the same mapping${firstLine === undefined ? '' : ` (first on line ${firstLine})`}; YAML keeps only one. Remove or merge the duplicate.`,
  },
  'yaml-unknown-tag': {
    severity: 'error',
    title: 'YAML tag not allowed',
    message: (tag: string) =>
      `YAML tag ${tag || '(unknown)'} is not allowed; specs use plain YAML values only. Remove the tag.`,
  },
  'yaml-alias-limit': {
    severity: 'error',
    title: 'Too many YAML aliases',
    message: (max: number) =>
      `the file expands more than ${max} YAML aliases (*name), which looks like an alias bomb. Write the values out instead.`,
  },
  'yaml-multiple-documents': {
    severity: 'error',
    title: 'File holds more than one YAML document',
    message: () =>
      'a second YAML document starts here (after "---"); a spec file holds exactly one, and govspec would ignore the rest. Remove the "---" line, or move the second document to its own file.',
  },
  'yaml-too-deep': {
    severity: 'error',
    title: 'YAML nested too deeply',
    message: (max: number) =>
      `YAML is nested more than ${max} levels deep here; no spec needs that. Flatten it.`,
  },
});
