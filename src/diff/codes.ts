import { defineCodes } from '../core/codes.js';

/**
 * Codes of `govspec diff`. The first group are usage problems (exit 2); the last three are the
 * pull-request gate: a governance decision the change needs and does not have (exit 1).
 */
export const diffCodes = defineCodes({
  'diff-commit-date-invalid': {
    severity: 'error',
    title: 'A commit date is outside the years govspec can use',
    message: (commit: string) =>
      `commit ${commit} is dated outside 1970 to 9999, so it cannot be the "as of" date for date-relative checks. Pass --as-of YYYY-MM-DD.`,
  },
  'diff-ref-invalid': {
    severity: 'error',
    title: 'Revision name refused',
    message: (flag: string, ref: string) =>
      `${flag} "${ref}" is not a revision name govspec accepts: it must not be empty, start with "-", or contain spaces or control characters. Pass a branch, tag or commit id, e.g. ${flag} origin/main.`,
  },
  'diff-ref-not-found': {
    severity: 'error',
    title: 'Revision not found',
    message: (flag: string, ref: string) =>
      `${flag} "${ref}" does not name a commit in this repository. Check the spelling, or fetch it first: git fetch origin ${ref}.`,
  },
  'diff-base-not-fetched': {
    severity: 'error',
    title: 'Revision missing from a shallow clone',
    message: (flag: string, ref: string) =>
      `${flag} "${ref}" is not in this clone, which is shallow (only recent history was fetched). Fetch it with \`git fetch --depth=50 origin ${ref}\`, or check out full history (actions/checkout with fetch-depth: 0; GitLab GIT_DEPTH: 0).`,
  },
  'diff-not-a-repository': {
    severity: 'error',
    title: 'Not inside a git repository',
    message: (root: string) =>
      `${root} is not inside a git repository, so there are no revisions to compare. Run govspec diff inside the repository that holds the specs.`,
  },
  'diff-git-failed': {
    severity: 'error',
    title: 'A git command failed',
    message: (command: string, detail: string) =>
      `\`git ${command}\` failed: ${detail}. Check that the repository is readable and not corrupt (git fsck).`,
  },
  'diff-no-merge-base': {
    severity: 'warning',
    title: 'No common ancestor: compared with the base itself',
    message: (base: string, shallow: boolean) =>
      `no common ancestor of ${base} and the head was found${shallow ? ' (the clone is shallow)' : ''}, so govspec compared with ${base} itself: changes made on ${base} since the branch started show as reverted. ${shallow ? 'Fetch full history (fetch-depth: 0) for an exact comparison.' : 'Check that --base names the branch this change will merge into.'}`,
  },
  'diff-head-invalid': {
    severity: 'error',
    title: 'The head revision does not validate',
    message: (head: string) =>
      `the specs at ${head} have errors (listed above), so the governance change cannot be worked out. Fix them (\`govspec validate\`) and run diff again.`,
  },
  'diff-head-no-config': {
    severity: 'error',
    title: 'No config at the head revision',
    message: (config: string, head: string) =>
      `${config} does not exist at ${head}. Commit it, or pass --config with the path it has at that revision.`,
  },
  'diff-base-invalid': {
    severity: 'warning',
    title: 'Some specs at the base revision did not validate',
    message: (base: string, count: number) =>
      `${count} spec file${count === 1 ? '' : 's'} at ${base} did not validate; their integrations are compared as if they were new. Nothing to fix in this change unless it touches them.`,
  },
  'diff-version-not-bumped': {
    severity: 'error',
    title: 'Changed spec keeps its version',
    message: (id: string, before: string, after: string) =>
      `${id} changes governance facts but its version went from ${before} to ${after}. Raise version (e.g. minor for a new data item or contract, major for a new purpose or partner) so artefacts and sign-offs can cite it.`,
  },
  'diff-hazard-undecided': {
    severity: 'error',
    title: 'New hazard without a CSO decision',
    message: (hazard: string, rating: number, entry: string) =>
      `this change raises hazard ${hazard} (initial risk ${rating}) and the spec records no Clinical Safety Officer decision for it. Ask the CSO to review, then add under hazards: "- ${entry.startsWith('local/') ? `local: { id: ${entry.slice(6)} ... }` : `derived: ${entry}`}" with decision, controls, residual, rationale, decidedBy and decidedOn.`,
  },
  'diff-hazard-dropped': {
    severity: 'error',
    title: 'Hazard dropped without closure',
    message: (hazard: string, how: string) =>
      `hazard ${hazard} was open at the base and ${how}. Hazards are never deleted: record decision: closed with a closure note (or keep the spec and set status: retired) so the hazard log keeps its history.`,
  },
});
