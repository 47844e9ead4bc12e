import { defineCodes } from '../core/codes.js';

export const provenanceCodes = defineCodes({
  'build-shallow-history': {
    severity: 'info',
    title: 'The clone has no full git history',
    message: () =>
      'this clone of the repository is shallow, so the commit and date recorded for the inputs may be later than the ones that really last changed them, and the output may differ from a build of a full clone. Fetch the full history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0) and build again.',
  },
});
