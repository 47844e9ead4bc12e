import { defineCodes } from '../core/codes.js';

/** Problems with govspec.config.yaml itself (exit code 2), including its DSPT settings. */
export const configCodes = defineCodes({
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
  'config-output-unsafe': {
    severity: 'error',
    title: 'Output folder cannot be used',
    message: (value: string, reason: string) =>
      `output "${value}" cannot be used: ${reason}. govspec replaces the whole output folder on every build, so it must be a folder of its own inside the repository, such as generated.`,
  },
  'config-templates-unusable': {
    severity: 'error',
    title: 'Templates setting is not a folder in the repository',
    message: (value: string, reason: string) =>
      `templates "${value}" cannot be used: ${reason}. Point templates at a folder inside the repository that holds your .hbs overrides, or remove the setting to use the built-in templates.`,
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
  'evidence-edition-unknown': {
    severity: 'error',
    title: 'DSPT edition is not one govspec knows',
    message: (edition: string, known: string) =>
      `DSPT edition '${edition}' is not known. Set dspt.edition to one of: ${known}.`,
  },
  'evidence-outcome-unknown': {
    severity: 'error',
    title: 'Outcome id is not in the DSPT edition',
    message: (outcome: string, edition: string) =>
      `outcome '${outcome}' is not a contributing outcome of ${edition}. Use an outcome id of that edition, such as E4.a, or remove it.`,
  },
  'evidence-audit-choice-count': {
    severity: 'warning',
    title: 'Number of outcomes chosen for audit does not match the edition',
    message: (edition: string, expected: number, actual: number) =>
      `${edition} asks the organisation to choose ${expected} outcome(s) for independent audit; dspt.auditChoice lists ${actual}. Adjust the list.`,
  },
});
