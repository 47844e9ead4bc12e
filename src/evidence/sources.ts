import { isSafeRepoPath, isUrl } from '../core/formats.js';
import type { Host, ReadResult } from '../core/host.js';
import { bidiControls, c1Controls, codePoint, lineSeparators } from '../core/unsafe-chars.js';
import type { Estate, Integration } from '../model/estate.js';
import { sourceFolder } from '../emit/evidence/resolve.js';
import { unsafeName } from './zip-reader.js';

/** Largest repository file the pack carries: far above any runbook or spec. */
export const maxSourceBytes = 16 * 1024 * 1024;

/** Why a file was carried: what cites it, in words, and who (an integration id or 'organisation'). */
export interface SourceCitation {
  path: string;
  label: string;
  subject: string;
}

export interface CarriedSource {
  /** Path inside the pack. */
  path: string;
  /** Path in the repository. */
  source: string;
  label: string;
  content: Uint8Array;
}

/** A cited file the pack could not carry, with the reason in words. */
export interface MissingSource {
  source: string;
  label: string;
  subjects: string[];
  reason: string;
}

export interface Sources {
  carried: CarriedSource[];
  missing: MissingSource[];
}

/**
 * Every repository file the artefacts rest on: the config, each spec, and the documents specs cite
 * as evidence (runbooks, monitoring views, downtime procedures, hazard-control evidence, privacy
 * notices and rights procedures). URLs are not files and are left to the artefacts that show them.
 */
export function citedSources(estate: Estate): SourceCitation[] {
  const out: SourceCitation[] = [
    { path: estate.config.file, label: 'govspec configuration', subject: 'organisation' },
  ];
  for (const i of estate.integrations) {
    out.push({ path: i.file, label: 'integration spec', subject: i.id });
    for (const [path, label] of documentsOf(i)) if (!isUrl(path)) out.push({ path, label, subject: i.id });
  }
  return out;
}

function documentsOf(i: Integration): Array<[string, string]> {
  const all: Array<[string | undefined, string]> = [
    [i.runbook, 'runbook'],
    [i.monitoring?.view, 'monitoring view'],
    [i.runtime?.downtime?.procedure, 'downtime procedure'],
    ...i.hazards.flatMap((h) =>
      (h.controls ?? []).map((c): [string | undefined, string] => [
        c.evidence,
        'evidence for a hazard control',
      ]),
    ),
    [i.transparency?.notice, 'privacy notice'],
    [i.rights?.process, 'rights-request procedure'],
  ];
  return all.filter((d): d is [string, string] => typeof d[0] === 'string' && d[0].length > 0);
}

/**
 * Read every cited file through the host: a real file inside the repository (a link out of it is
 * refused), at most maxSourceBytes, under a name no zip tool can misread. What cannot be carried
 * is returned with the reason; nothing is left out silently.
 */
export function carrySources(host: Host, citations: readonly SourceCitation[]): Sources {
  const byPath = new Map<string, { labels: string[]; subjects: string[] }>();
  for (const c of citations) {
    const entry = byPath.get(c.path) ?? { labels: [], subjects: [] };
    if (!entry.labels.includes(c.label)) entry.labels.push(c.label);
    if (!entry.subjects.includes(c.subject)) entry.subjects.push(c.subject);
    byPath.set(c.path, entry);
  }
  const carried: CarriedSource[] = [];
  const missing: MissingSource[] = [];
  for (const source of [...byPath.keys()].sort()) {
    const { labels, subjects } = byPath.get(source)!;
    const label = labels.join(', ');
    const refused = nameProblem(source);
    if (refused) {
      missing.push({ source: shown(source), label, subjects, reason: refused });
      continue;
    }
    const read = host.readChecked?.(source, maxSourceBytes) ?? readPlain(host, source);
    if ('bytes' in read)
      carried.push({ path: `${sourceFolder}/${source}`, source, label, content: read.bytes });
    else missing.push({ source, label, subjects, reason: readReason(read.problem, read.detail) });
  }
  return { carried, missing };
}

function readPlain(host: Host, path: string): ReadResult {
  const bytes = host.readFile(path);
  return bytes ? { bytes } : { problem: 'missing', detail: 'no such file' };
}

/** Why a path may not become a name in the pack: outside the repository, or a name tools misread. */
function nameProblem(path: string): string | undefined {
  if (path.includes('\\')) return 'the path contains a backslash, which zip tools read differently';
  if (!isSafeRepoPath(path)) return 'the path leads outside the repository';
  const unsafe = unsafeName(path);
  if (unsafe) return unsafe.replace(/^its name/, 'the path');
  if (shown(path) !== path) return 'the path contains hidden control characters';
  if (path.endsWith('/')) return 'it is a folder, not a file';
  return undefined;
}

const hidden = new RegExp(
  `[\\u0000-\\u001f\\u007f]|${bidiControls.source}|${c1Controls.source}|${lineSeparators.source}`,
  'g',
);

/** A refused path as it may be printed: hidden characters shown as "[U+202E]". */
function shown(path: string): string {
  return path.replace(hidden, (c) => `[${codePoint(c)}]`);
}

function readReason(problem: string, detail: string): string {
  switch (problem) {
    case 'missing':
      return 'no such file in the repository';
    case 'outside':
      return 'it is a link that leads outside the repository, so govspec does not read it';
    case 'too-large':
      return `it is larger than ${maxSourceBytes / (1024 * 1024)} MB`;
    case 'not-a-file':
      return `it is not a regular file (${detail})`;
    default:
      return `it could not be read (${detail})`;
  }
}
