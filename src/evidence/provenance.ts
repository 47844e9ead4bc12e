import type { DsptEdition } from '../catalogue/dspt-types.js';
import type { BuildInfo } from '../emit/types.js';
import type { Estate } from '../model/estate.js';

export const provenanceName = 'provenance.json';
export const provenanceFormat = 'govspec-evidence-provenance/1';

/**
 * What the pack was built from, for an auditor to trace every statement back to a commit and a
 * spec version. Unknown values are null, never guessed; nothing here comes from the clock.
 */
export function provenance(estate: Estate, edition: DsptEdition, build: BuildInfo): string {
  const org = estate.config.organisation;
  const data = {
    format: provenanceFormat,
    organisation: { name: org.name, ods: org.ods },
    dspt: { edition: edition.id, title: edition.title },
    git: { commit: build.commit ?? null, dirty: build.dirty },
    buildDate: build.date ?? null,
    buildTimestamp: build.timestamp ? build.timestamp.toISOString() : null,
    dateSource: 'SOURCE_DATE_EPOCH when set, otherwise the git commit time',
    govspecVersion: build.govspecVersion,
    config: estate.config.file,
    specs: estate.integrations.map((i) => ({ id: i.id, version: i.version, status: i.status, file: i.file })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
