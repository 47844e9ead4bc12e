import type { Diagnostic } from '../core/diagnostics.js';
import { dateWords } from '../core/formats.js';
import { aspectById, isGovernance } from '../diff/aspects.js';
import { runGit } from '../diff/git.js';
import { GitHost } from '../diff/git-host.js';
import { diffEstates } from '../diff/model-diff.js';
import type { Repo } from '../diff/repo.js';
import { commitInfo, openRepo, resolveCommit } from '../diff/repo.js';
import { compileAt } from '../diff/revision.js';
import type { FieldChange, FindingChange, IntegrationDiff } from '../diff/types.js';
import { defaultLimits, parseYaml } from '../load/parse-yaml.js';
import type { Integration } from '../model/estate.js';
import { compile } from '../pipeline/compile.js';
import type { CompileResult } from '../pipeline/compile.js';
import { committedFiles } from '../pipeline/committed.js';
import { OverlayHost } from '../diff/overlay-host.js';
import { isDocumentDate } from '../pipeline/provenance.js';
import type { SpecChange } from '../rules/changes.js';
import type { PreviousVersion } from '../rules/privacy/types.js';

/** How far back the history of one spec is read to find its previous version. */
const maxCommitsPerSpec = 200;

/**
 * "The previous version" of each spec, from git: the version approved before the current one.
 * It is the oldest commit of the latest run of commits whose spec has a version other than the
 * current one (where that version was introduced: a later commit at the same version can only be
 * one a gate refused, since every governance change raises the version), or the commit `--base`
 * names. The change is what `govspec diff` reports between that commit and the working tree, in
 * governance terms. Outside a repository, in a shallow clone, or with no earlier version, the
 * history recorded in the previous output stands.
 */
export function changeHistory(
  root: string,
  configFile: string,
  base: string | undefined,
): { amend: (compiled: CompileResult, asOf: string) => void; diagnostics: Diagnostic[] } {
  const [repo, notRepo] = openRepo(root);
  // Outside a repository or before its first commit there is no history to compare with; a
  // --base there is a mistake.
  if (!repo) return { amend: () => undefined, diagnostics: base === undefined ? [] : notRepo };
  if (base === undefined && !runGit(repo.top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).ok)
    return { amend: () => undefined, diagnostics: [] };
  let baseSha: string | undefined;
  if (base !== undefined) {
    const [sha, diagnostics] = resolveCommit(repo, '--base', base);
    if (!sha) return { amend: () => undefined, diagnostics };
    baseSha = sha;
  }
  return {
    diagnostics: [],
    amend: (compiled, asOf) => amendHistory(repo, configFile, compiled, asOf, baseSha),
  };
}

function amendHistory(
  repo: Repo,
  configFile: string,
  head: CompileResult,
  asOf: string,
  baseSha: string | undefined,
): void {
  // A shallow clone cannot tell the previous versions: say nothing rather than "no change".
  if (!head.estate || (repo.shallow && !baseSha)) return;
  const privacy = head.analysis.privacy;
  const changes: SpecChange[] = [];
  head.analysis.changes = changes;
  const previous = baseSha ? undefined : previousVersions(repo, head.estate.integrations);
  for (const { integrations, before: base, label } of baseEstates(
    repo,
    configFile,
    head,
    asOf,
    baseSha,
    previous,
  )) {
    const body = diffEstates(
      { estate: base.estate!, analysis: base.analysis, sources: base.sources },
      { estate: head.estate, analysis: head.analysis, sources: head.sources },
    );
    for (const i of integrations) {
      const diff = body.integrations.find((d) => d.id === i.id);
      const before = base.estate!.integrations.find((b) => b.id === i.id);
      if (!before) continue;
      const at = label(i);
      changes.push({
        integration: i.id,
        title: i.title,
        before: { version: before.version, base: at },
        version: i.version,
        clinical: diff ? diff.fields.filter(reviewedByCso).map(fieldLine) : [],
        hazards: diff ? findingLines('Hazard', diff.hazards) : [],
      });
      const entry = privacy?.integrations[i.id];
      if (!entry?.personalData) continue;
      const risks = base.analysis.privacy?.integrations[i.id]?.risks.map((r) => r.id) ?? [];
      entry.history = { previous: previousVersion(before.version, risks, at, diff) };
    }
  }
  changes.sort((a, b) => (a.integration < b.integration ? -1 : a.integration > b.integration ? 1 : 0));
}

/** The estate the head is compared with, for which integrations, and how each one's previous version is named. */
interface BaseEstate {
  integrations: readonly Integration[];
  before: CompileResult;
  label: (i: Integration) => string;
}

const commitLabel = (sha: string, date: string | undefined) =>
  `commit ${sha.slice(0, 12)}${date ? ` of ${dateWords(date)}` : ''}`;

/**
 * With `--base`, the whole estate at that commit (what `govspec diff` compares). Otherwise one
 * estate in which each spec is as it was at its own previous version and everything else (the
 * config, templates, documents) is as it is now: one compile however many commits the previous
 * versions come from, and a summary that names what changed in the spec itself.
 */
function baseEstates(
  repo: Repo,
  configFile: string,
  head: CompileResult,
  asOf: string,
  baseSha: string | undefined,
  previous: ReadonlyMap<string, PreviousSpec> | undefined,
): BaseEstate[] {
  const integrations = head.estate?.integrations ?? [];
  if (baseSha) {
    const before = compileAt(new GitHost(repo, baseSha), configFile, asOf);
    if (!before?.estate) return [];
    const label = commitLabel(baseSha, commitInfo(repo, baseSha).date);
    return [{ integrations, before, label: () => label }];
  }
  const under = head.loaded?.host;
  if (!under || !previous || previous.size === 0) return [];
  const files = new Map<string, Uint8Array>();
  const changed = integrations.filter((i) => previous.has(i.id));
  for (const i of changed) files.set(i.file, previous.get(i.id)!.bytes);
  const before = compile({
    host: new OverlayHost(under, files),
    configFile,
    asOf,
    readCommitted: committedFiles(under),
  });
  if (!before.estate) return [];
  return [
    {
      integrations: changed,
      before,
      label: (i) => {
        const p = previous.get(i.id)!;
        return commitLabel(p.sha, p.date);
      },
    },
  ];
}

function reviewedByCso(f: FieldChange): boolean {
  const aspect = aspectById(f.aspect);
  return aspect.roles.includes('cso') && f.aspect !== 'hazard-decisions';
}

function previousVersion(
  version: string,
  risks: string[],
  base: string,
  diff: IntegrationDiff | undefined,
): PreviousVersion {
  return { version, risks, base, changes: diff ? changeLines(diff) : [] };
}

/** What changed, in the words `govspec diff` uses: fields by kind of fact, then findings. */
export function changeLines(diff: IntegrationDiff): string[] {
  const lines = diff.fields
    .filter((f) => f.aspect !== 'hazard-decisions' && f.aspect !== 'privacy-decisions')
    .filter((f) => isGovernance(aspectById(f.aspect)))
    .map(fieldLine);
  lines.push(...findingLines('Privacy risk', diff.privacy), ...findingLines('Hazard', diff.hazards));
  return lines;
}

function fieldLine(f: FieldChange): string {
  const what = `${aspectById(f.aspect).title}: ${plainField(f.field)}`;
  if (f.before === undefined) return `${what} added (${f.after ?? ''}).`;
  if (f.after === undefined) return `${what} removed (was ${f.before}).`;
  return `${what} changed from ${f.before} to ${f.after}.`;
}

/**
 * A field path as `govspec diff` names it (`data.items[Ethnic group].category`), in the words a
 * signed document uses: `data items "Ethnic group", category`. Keys become lower-case words, a
 * named entry is quoted, an unnamed one is numbered.
 */
export function plainField(path: string): string {
  const parts: string[] = [];
  for (const m of path.matchAll(/([^.[\]]*)(?:\[([^\]]*)\])?\.?/g)) {
    const [whole, key = '', entry] = m;
    if (!whole) continue;
    const words = key
      .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
      .replace(/([0-9])([A-Za-z])/g, '$1 $2')
      .toLowerCase();
    if (entry === undefined) parts.push(words);
    else {
      const numbered = /^#(\d+)$/.exec(entry);
      const named = numbered ? `entry ${numbered[1]}` : `"${entry.replace(/#(\d+)$/, ' ($1)')}"`;
      parts.push(words ? `${words} ${named}` : named);
    }
  }
  // Consecutive plain keys read as one phrase; a named entry closes a phrase.
  return parts.filter(Boolean).join(' ').replace(/" /g, '", ');
}

const findingWords: Record<FindingChange['kind'], string> = {
  raised: 'newly raised',
  reopened: 'reopened',
  closed: 'closed',
  're-rated': 're-rated',
  decided: 'decided',
  changed: 'changed',
  dropped: 'no longer raised',
};

function findingLines(what: string, list: readonly FindingChange[]): string[] {
  return list.map((c) => {
    const detail =
      c.before && c.after
        ? `, was ${c.before}, now ${c.after}`
        : c.after
          ? `, now ${c.after}`
          : c.before
            ? `, was ${c.before}`
            : '';
    return `${what} ${findingWords[c.kind]}: ${c.title}${detail}.`;
  });
}

/** How many spec paths go into one `git log` (an argument list has a limit). */
const pathsPerLog = 400;

/** A spec's previous version: the commit where it was introduced, its date, and the spec's bytes there. */
interface PreviousSpec {
  sha: string;
  /** Commit date, YYYY-MM-DD, when git gives one a document may show. */
  date?: string;
  bytes: Uint8Array;
}

/**
 * For each spec, its previous version: walking the spec file's history back from HEAD, past the
 * commits at the current version, to the last of the run at the version before it. A spec whose
 * history has no other version has no entry. The whole estate costs a few git runs (one log per
 * few hundred specs, then two object reads per step back through the history), not several per
 * spec.
 */
function previousVersions(repo: Repo, integrations: readonly Integration[]): Map<string, PreviousSpec> {
  const pathOf = new Map<string, Integration>();
  // One revision:path per line is what git reads below: a name with a line break cannot be asked.
  for (const i of integrations) {
    const path = `${repo.prefix}${i.file}`;
    if (!/[\r\n]/.test(path)) pathOf.set(path, i);
  }
  const { paths: history, dates } = commitsTouching(repo, [...pathOf.keys()]);
  type Found = { sha: string; version: string; bytes: Uint8Array };
  type Walk = { path: string; shas: string[]; at: number; found?: Found };
  let walks: Walk[] = [...history].map(([path, shas]) => ({ path, shas, at: 0 }));
  const result = new Map<string, PreviousSpec>();
  while (walks.length > 0) {
    const step = walks.filter((w) => w.at < w.shas.length && w.at < maxCommitsPerSpec);
    const versions = versionsAt(
      repo,
      step.map((w) => `${w.shas[w.at]}:${w.path}`),
    );
    const next: Walk[] = [];
    step.forEach((w, n) => {
      const read = versions[n];
      const sha = w.shas[w.at]!;
      const current = pathOf.get(w.path)!.version;
      w.at += 1;
      if (w.found) {
        if (read?.version !== w.found.version) return;
        w.found = { sha, version: read.version, bytes: read.bytes };
      } else if (read !== undefined && read.version !== current)
        w.found = { sha, version: read.version, bytes: read.bytes };
      if (w.at < w.shas.length && w.at < maxCommitsPerSpec) next.push(w);
    });
    for (const w of walks) {
      if (!w.found) continue;
      const date = dates.get(w.found.sha);
      result.set(pathOf.get(w.path)!.id, {
        sha: w.found.sha,
        bytes: w.found.bytes,
        ...(date ? { date } : {}),
      });
    }
    walks = next;
  }
  return result;
}

/** The commits (newest first) that changed each path, from HEAD, and the date of each commit. */
function commitsTouching(
  repo: Repo,
  paths: readonly string[],
): { paths: Map<string, string[]>; dates: Map<string, string> } {
  const out = new Map<string, string[]>();
  const dates = new Map<string, string>();
  const wanted = new Set(paths);
  for (let n = 0; n < paths.length; n += pathsPerLog) {
    const run = runGit(repo.top, [
      '-c',
      'core.quotePath=false',
      'log',
      '--format=%x01%H %ct',
      '--name-only',
      '--no-renames',
      '--end-of-options',
      'HEAD',
      '--',
      ...paths.slice(n, n + pathsPerLog).map((p) => `:(literal)${p}`),
    ]);
    if (!run.ok) continue;
    let sha = '';
    for (const line of run.stdout.toString('utf8').split('\n')) {
      if (line.startsWith('\u0001')) {
        const [commit = '', seconds] = line.slice(1).split(' ');
        sha = commit;
        const date = new Date(Number(seconds) * 1000);
        if (isDocumentDate(date)) dates.set(sha, date.toISOString().slice(0, 10));
      } else if (sha && wanted.has(line)) {
        const list = out.get(line) ?? [];
        if (list[list.length - 1] !== sha) list.push(sha);
        out.set(line, list);
      }
    }
  }
  return { paths: out, dates };
}

/**
 * The spec version in each `revision:path` object, in two git runs: sizes first, so a file too
 * large to be a spec (the loader refuses it too) is never read.
 */
function versionsAt(
  repo: Repo,
  objects: readonly string[],
): Array<{ version: string; bytes: Uint8Array } | undefined> {
  if (objects.length === 0) return [];
  const check = runGit(repo.top, ['cat-file', '--batch-check'], objects.join('\n') + '\n');
  if (!check.ok) return objects.map(() => undefined);
  const sizes = check.stdout
    .toString('utf8')
    .split('\n')
    .slice(0, objects.length)
    .map((line) => {
      const m = /^[0-9a-f]+ blob (\d+)$/.exec(line);
      return m ? Number(m[1]) : undefined;
    });
  const readable = objects.filter((_, n) => sizes[n] !== undefined && sizes[n]! <= defaultLimits.maxBytes);
  const read = runGit(repo.top, ['cat-file', '--batch'], readable.join('\n') + '\n');
  const blobs = new Map<string, Buffer>();
  if (read.ok) {
    const buf = read.stdout;
    let pos = 0;
    for (const object of readable) {
      const eol = buf.indexOf(0x0a, pos);
      if (eol < 0) break;
      const m = /^[0-9a-f]+ blob (\d+)$/.exec(buf.subarray(pos, eol).toString('utf8'));
      if (!m) {
        pos = eol + 1;
        continue;
      }
      const size = Number(m[1]);
      blobs.set(object, buf.subarray(eol + 1, eol + 1 + size));
      pos = eol + 1 + size + 1;
    }
  }
  return objects.map((object) => {
    const blob = blobs.get(object);
    const version = blob ? versionOf(object, blob) : undefined;
    return blob && version !== undefined ? { version, bytes: new Uint8Array(blob) } : undefined;
  });
}

function versionOf(object: string, blob: Buffer): string | undefined {
  const [doc] = parseYaml(object.slice(object.indexOf(':') + 1), new Uint8Array(blob));
  const data = doc?.data;
  const version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  return typeof version === 'string' ? version : undefined;
}
