import { defineCodes } from '../core/codes.js';

export const cliCodes = defineCodes({
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
