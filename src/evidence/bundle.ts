import type { KeyObject } from 'node:crypto';
import { posix } from 'node:path';
import { renderIndexHtml } from '../emit/evidence/index-html.js';
import { renderIndexMarkdown } from '../emit/evidence/index-markdown.js';
import { indexView } from '../emit/evidence/index-view.js';
import { deterministicZip } from '../emit/office/zip.js';
import type { TemplateEngine } from '../emit/templates.js';
import type { BuildInfo, OutputFile } from '../emit/types.js';
import type { Estate } from '../model/estate.js';
import type { EvidenceMap } from '../rules/evidence/index.js';
import { makeManifest, manifestName, signatureName } from './manifest.js';
import { provenance, provenanceName } from './provenance.js';
import type { BundledOutcome } from '../emit/evidence/resolve.js';
import { resolveCitations } from '../emit/evidence/resolve.js';
import { signManifest } from './signature.js';
import { applyDocuments } from './documents.js';
import { rewriteLinks, rewritesLinks } from './links.js';
import type { CarriedSource, MissingSource, Sources } from './sources.js';

export interface BundleInput {
  estate: Estate;
  evidence: EvidenceMap;
  /** Every file the build produced, in memory. */
  files: readonly OutputFile[];
  build: BuildInfo;
  templates: TemplateEngine;
  /** The output folder, relative to the repository: where the artefacts' links start from. */
  output: string;
  /** The repository files the artefacts rest on (specs, config, cited documents), read, and those that could not be. */
  sources: Sources;
  /** Ed25519 private key: adds signature.json over the manifest. */
  signWith?: KeyObject;
}

export interface Bundle {
  bytes: Uint8Array;
  /** Paths inside the zip, sorted. */
  paths: string[];
  outcomes: BundledOutcome[];
  /** Files the artefacts cite that the pack could not hold, with the reason: the pack lists them as gaps. */
  missing: MissingSource[];
}

const encoder = new TextEncoder();
const bytesOf = (c: Uint8Array | string): Uint8Array => (typeof c === 'string' ? encoder.encode(c) : c);

/**
 * The DSPT evidence pack: index.html and index.md, every artefact an outcome cites, provenance,
 * and a manifest of every file's SHA-256 (optionally signed). Pure: the same inputs give the same
 * bytes, because every date comes from the build and the zip is written deterministically.
 * Undefined when the index template cannot be rendered (the engine reported why).
 */
export function buildBundle(input: BundleInput): Bundle | undefined {
  const { estate, evidence, build } = input;
  const { carried, missing } = input.sources;
  const outcomes = applyDocuments(resolveCitations(evidence, input.files), carried, missing);
  const bySource = new Map(input.files.map((f) => [f.path, f]));
  const cited = new Map<string, { path: string; source: string; label: string }>();
  for (const o of outcomes)
    for (const f of o.files) if (!cited.has(f.path) && bySource.has(f.source)) cited.set(f.path, f);

  const entries = packedEntries(input, [...cited.values()], carried);
  entries.push({ path: provenanceName, content: bytesOf(provenance(estate, evidence.edition, build)) });

  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
  const listed = [
    { path: 'index.md', label: 'this index as Markdown' },
    { path: manifestName, label: 'size and SHA-256 of every file' },
    { path: provenanceName, label: 'organisation, edition, commit, build date and spec versions' },
    ...[...cited.values()].sort(byPath).map((f) => ({ path: f.path, label: f.label })),
    ...[...carried].sort(byPath).map((f) => ({ path: f.path, label: f.label })),
  ];
  if (input.signWith)
    listed.splice(2, 0, { path: signatureName, label: 'Ed25519 signature over manifest.json' });
  const view = indexView(estate, evidence.edition, outcomes, build, listed, missing);
  const markdown = renderIndexMarkdown(view, input.templates);
  if (markdown === undefined) return undefined;
  entries.push({ path: 'index.html', content: bytesOf(renderIndexHtml(view)) });
  entries.push({ path: 'index.md', content: bytesOf(markdown) });

  const manifest = bytesOf(makeManifest(entries));
  entries.push({ path: manifestName, content: manifest });
  if (input.signWith)
    entries.push({ path: signatureName, content: bytesOf(signManifest(manifest, input.signWith)) });

  const bytes = deterministicZip(entries, build.timestamp);
  return { bytes, paths: entries.map((e) => e.path).sort(), outcomes, missing };
}

/**
 * The cited artefacts and the carried repository files, with every relative link in a Markdown
 * or HTML file pointed at the pack's own copy (or made plain text when the pack has none).
 */
function packedEntries(
  input: BundleInput,
  artefacts: ReadonlyArray<{ path: string; source: string }>,
  carried: readonly CarriedSource[],
): Array<{ path: string; content: Uint8Array }> {
  const output = posix.normalize(input.output).replace(/\/+$/, '');
  const inPack = new Map<string, string>();
  for (const a of artefacts) inPack.set(`${output}/${a.source}`, a.path);
  for (const c of carried) inPack.set(c.source, c.path);
  const content = new Map(input.files.map((f) => [f.path, f.content]));
  const files = [
    ...artefacts.map((a) => ({
      path: a.path,
      origin: `${output}/${a.source}`,
      content: content.get(a.source)!,
    })),
    ...carried.map((c) => ({ path: c.path, origin: c.source, content: c.content })),
  ];
  return files.map((f) => {
    if (!rewritesLinks(f.path)) return { path: f.path, content: bytesOf(f.content) };
    const text = typeof f.content === 'string' ? f.content : textOf(f.content);
    if (text === undefined) return { path: f.path, content: f.content as Uint8Array };
    return { path: f.path, content: bytesOf(rewriteLinks(text, f, (p) => inPack.get(p))) };
  });
}

function textOf(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
