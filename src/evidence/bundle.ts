import type { KeyObject } from 'node:crypto';
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

export interface BundleInput {
  estate: Estate;
  evidence: EvidenceMap;
  /** Every file the build produced, in memory. */
  files: readonly OutputFile[];
  build: BuildInfo;
  templates: TemplateEngine;
  /** Ed25519 private key: adds signature.json over the manifest. */
  signWith?: KeyObject;
}

export interface Bundle {
  bytes: Uint8Array;
  /** Paths inside the zip, sorted. */
  paths: string[];
  outcomes: BundledOutcome[];
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
  const outcomes = resolveCitations(evidence, input.files);
  const bySource = new Map(input.files.map((f) => [f.path, f]));
  const cited = new Map<string, { path: string; source: string; label: string }>();
  for (const o of outcomes) for (const f of o.files) if (!cited.has(f.path)) cited.set(f.path, f);

  const entries: Array<{ path: string; content: Uint8Array }> = [...cited.values()].map((f) => ({
    path: f.path,
    content: bytesOf(bySource.get(f.source)!.content),
  }));
  entries.push({ path: provenanceName, content: bytesOf(provenance(estate, evidence.edition, build)) });

  const listed = [
    { path: 'index.md', label: 'this index as Markdown' },
    { path: manifestName, label: 'size and SHA-256 of every file' },
    { path: provenanceName, label: 'organisation, edition, commit, build date and spec versions' },
    ...[...cited.values()]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => ({ path: f.path, label: f.label })),
  ];
  if (input.signWith)
    listed.splice(2, 0, { path: signatureName, label: 'Ed25519 signature over manifest.json' });
  const view = indexView(estate, evidence.edition, outcomes, build, listed);
  const markdown = renderIndexMarkdown(view, input.templates);
  if (markdown === undefined) return undefined;
  entries.push({ path: 'index.html', content: bytesOf(renderIndexHtml(view)) });
  entries.push({ path: 'index.md', content: bytesOf(markdown) });

  const manifest = bytesOf(makeManifest(entries));
  entries.push({ path: manifestName, content: manifest });
  if (input.signWith)
    entries.push({ path: signatureName, content: bytesOf(signManifest(manifest, input.signWith)) });

  const bytes = deterministicZip(entries, build.timestamp);
  return { bytes, paths: entries.map((e) => e.path).sort(), outcomes };
}
