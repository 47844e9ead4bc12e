import { defineCodes } from '../core/codes.js';

/** Problems the build itself meets, before any artefact is made. */
export const pipelineCodes = defineCodes({
  'build-date-out-of-range': {
    severity: 'error',
    title: 'The build date is outside the years documents can carry',
    message: (source: string, year: string) =>
      `the build date from ${source} is in the year ${year}, outside 1970 to 9999, so no document could show it. Nothing was generated. Set SOURCE_DATE_EPOCH to the build time in seconds since 1970 (for example the commit time), or correct the commit date.`,
  },
});
