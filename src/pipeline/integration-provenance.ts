import { createHash } from 'node:crypto';
import type { Host } from '../core/host.js';
import type { BuildInfo } from '../emit/types.js';
import type { Integration } from '../model/estate.js';
import type { InputHistory } from './provenance.js';
import { govspecVersion, inputsDigest, newestCommit, resolveBuildInfo } from './provenance.js';

/**
 * The provenance of one integration's own files (its DPIA section, its diagram): the last commit
 * that changed its spec, the config or the templates, its date, and a digest of exactly those
 * inputs. A change to another spec changes none of them, so that spec's pull request rewrites
 * only its own files and the estate-wide ones.
 */
export function integrationProvenance(
  host: Host,
  history: InputHistory,
  shared: readonly string[],
  options: { env?: NodeJS.ProcessEnv; asOf?: string; fallbackAsOf: string },
): (integration: Integration) => { build: BuildInfo; asOf: string } {
  const sharedDigest = inputsDigest(host, shared);
  const sharedDirty = shared.some((f) => history.dirtyFiles.has(f));
  // Asked by every per-integration emitter: worked out once per integration.
  const known = new Map<Integration, { build: BuildInfo; asOf: string }>();
  return (i) => {
    const seen = known.get(i);
    if (seen) return seen;
    const bytes = host.readFile(i.file) ?? new Uint8Array();
    const digest = createHash('sha256')
      .update(`govspec ${govspecVersion}\0${sharedDigest}\0${i.file}\0${bytes.length}\0`)
      .update(bytes)
      .digest('hex');
    const dirty = sharedDirty || history.dirtyFiles.has(i.file);
    const build = resolveBuildInfo(digest, newestCommit(history, [i.file, ...shared]), dirty, options.env);
    const own = { build, asOf: options.asOf ?? build.date ?? options.fallbackAsOf };
    known.set(i, own);
    return own;
  };
}
