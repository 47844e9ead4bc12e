import * as Flags from '@oclif/core/flags';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { ExitCode } from '../cli/exit-codes.js';
import { openWorkspace } from '../cli/workspace.js';
import { hasErrors } from '../core/diagnostics.js';
import { renderDiffJson } from '../diff/render-json.js';
import { renderMarkdown } from '../diff/render-markdown.js';
import { renderCodeowners, renderHandles } from '../diff/render-reviewers.js';
import { openRepo } from '../diff/repo.js';
import { diffRevisions } from '../diff/revision.js';

export default class Diff extends BaseCommand {
  static override description =
    'The governance change between two git revisions: integrations added, retired or changed, the fields that moved, hazards and privacy risks raised or closed, and who must review each change. Reads revisions straight from git; never checks out or changes files. Exits 1 when a required decision is missing.';
  static override examples = [
    '<%= config.bin %> diff --base origin/main',
    '<%= config.bin %> diff --base origin/main --head feature/nightly-pharmacy --json',
    '<%= config.bin %> diff --base "$BASE_SHA" --reviewers codeowners',
    '<%= config.bin %> diff --base main --worktree',
  ];
  static override flags = {
    base: Flags.string({
      required: true,
      description: 'Revision the change will merge into (branch, tag or commit), e.g. origin/main.',
    }),
    head: Flags.string({ description: 'Revision with the change. Default: HEAD.', exclusive: ['worktree'] }),
    worktree: Flags.boolean({
      description: 'Compare the files on disk, uncommitted changes included, instead of a head commit.',
      default: false,
    }),
    'merge-base': Flags.boolean({
      description:
        'Compare with the common ancestor of --base and the head, as a pull request does (default). --no-merge-base compares with --base itself.',
      default: true,
      allowNo: true,
    }),
    json: Flags.boolean({ description: 'Print the change as JSON instead of Markdown.', default: false }),
    reviewers: Flags.string({
      options: ['codeowners', 'list'],
      description:
        'Print only who must review: "codeowners" gives CODEOWNERS lines per changed spec, "list" gives one handle per line for review-request APIs.',
      exclusive: ['json'],
    }),
    'as-of': asOfFlag,
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Diff);
    const asOf = this.checkAsOf(flags['as-of']);
    const [ws, wsDiags] = openWorkspace(flags.config);
    if (!ws) {
      this.printDiagnostics(wsDiags, flags.quiet);
      this.exit(ExitCode.usage);
    }
    const result = diffRevisions({
      root: ws.host.root,
      configFile: ws.configFile,
      base: flags.base,
      head: flags.head,
      worktree: flags.worktree ? ws.host : undefined,
      useMergeBase: flags['merge-base'],
      asOf,
    });
    const { diff } = result;
    if (!diff) {
      this.printDiagnostics(result.diagnostics, flags.quiet);
      this.exit(result.usage ? ExitCode.usage : ExitCode.errors);
    }
    if (flags.reviewers === 'codeowners') {
      const [repo] = openRepo(ws.host.root);
      this.print(renderCodeowners(diff, repo?.prefix ?? ''), 'text');
    } else if (flags.reviewers === 'list') {
      const { text, missing } = renderHandles(diff);
      this.print(text, 'text');
      if (!flags.quiet) for (const m of missing) this.logToStderr(`note: ${m}.`);
    } else if (flags.json) {
      this.print(renderDiffJson(diff), 'json');
    } else {
      this.print(renderMarkdown(diff), 'markdown');
    }
    if (!flags.json)
      this.printDiagnostics(result.diagnostics, flags.quiet || result.diagnostics.length === 0);
    if (flags.reviewers) return;
    if (hasErrors(result.diagnostics)) this.exit(ExitCode.errors);
  }
}
