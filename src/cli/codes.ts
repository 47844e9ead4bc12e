import { defineCodes } from '../core/codes.js';

export const cliCodes = defineCodes({
  'config-not-found': {
    severity: 'error',
    title: 'No govspec.config.yaml found',
    message: (from: string) =>
      `no govspec.config.yaml in ${from} or any folder above it. Run \`govspec init\` to create one, or pass --config <file>.`,
  },
  'config-file-missing': {
    severity: 'error',
    title: 'The config file given with --config does not exist',
    message: (path: string) =>
      `${path} does not exist. Check the --config path, or run \`govspec init\` to create a config.`,
  },
  'config-invalid-path': {
    severity: 'error',
    title: 'Config path escapes the repository',
    message: (value: string) =>
      `"${value}" must be a path inside the folder that holds govspec.config.yaml: no "..", no absolute paths.`,
  },
  'config-rule-off-without-reason': {
    severity: 'error',
    title: 'A rule is turned off with no reason',
    message: (code: string) =>
      `rule ${code} is turned off without a reason. Add reason: "..." so reviewers know why.`,
  },
  'config-unknown-code': {
    severity: 'error',
    title: 'Config names an unknown diagnostic code',
    message: (code: string, suggestion: string | undefined) =>
      `"${code}" is not a govspec diagnostic code.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Run \`govspec explain --list\` for all codes.`,
  },
  'config-code-not-configurable': {
    severity: 'error',
    title: 'Config changes the severity of a structural check',
    message: (code: string) =>
      `${code} guards the structure of specs and cannot be turned down. Fix the specs instead.`,
  },
  'config-no-specs': {
    severity: 'warning',
    title: 'No spec files found',
    message: (globs: string) =>
      `no spec files match ${globs}. Check the specs globs in govspec.config.yaml, or run \`govspec new <id>\`.`,
  },
  'check-stale': {
    severity: 'error',
    title: 'Generated files are out of date',
    message: (path: string, what: string) =>
      `${path} is ${what}. Run \`govspec build\` and commit the generated folder.`,
  },
  'write-path-outside': {
    severity: 'error',
    title: 'Refused to write outside the output folder',
    message: (path: string) =>
      `refused to write "${path}": it is outside the output folder. This is a govspec bug; please report it.`,
  },
  'write-failed': {
    severity: 'error',
    title: 'Could not write the output folder',
    message: (reason: string) =>
      `could not write the output (${reason}). The previous output is untouched. Check permissions and disk space.`,
  },
  'build-not-run': {
    severity: 'info',
    title: 'Nothing generated because of errors',
    message: () =>
      'nothing was generated because the specs have errors; the previous output is untouched. Fix the errors above and build again.',
  },
});
