import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/estate.js';

/**
 * People read the generated documents, not the spec: a duration written PT30M or P8Y in a spec is
 * shown in words in every document of the example estate (Markdown, HTML, Word and Excel). Data
 * files for other tools (JSON, CSV, Mermaid sources) keep the codes.
 */
const iso = /\bP(?:\d+[YMWD])*(?:T\d+[HMS])*\b/g;
const isDuration = (m: string) => /\d/.test(m) && m !== 'P';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function readable(file: string): string | undefined {
  if (/\.(md|html)$/.test(file)) return readFileSync(file, 'utf8');
  if (!/\.(docx|xlsx)$/.test(file)) return undefined;
  const zip = unzipSync(readFileSync(file));
  return Object.entries(zip)
    .filter(([name]) => /^(word\/document|xl\/sharedStrings|xl\/worksheets\/sheet\d+)\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes).replace(/<[^>]+>/g, ' '))
    .join('\n');
}

describe('durations in the generated documents', () => {
  const generated = join(repoRoot, 'generated');
  const documents = files(generated).filter((f) => readable(f) !== undefined);

  it('covers the clinical-safety, privacy, records and estate documents', () => {
    const names = documents.map((f) => f.slice(generated.length + 1));
    for (const expected of [
      'clinical-safety/hazard-log.xlsx',
      'clinical-safety/safety-case-report.docx',
      'records/retention-schedule.md',
      'estate.md',
    ])
      expect(names).toContain(expected);
  });

  it.each(documents.map((f) => [f.slice(generated.length + 1), f]))(
    '%s shows no ISO 8601 duration',
    (_name, file) => {
      const found = (readable(file)!.match(iso) ?? []).filter(isDuration);
      expect(found).toEqual([]);
    },
  );
});
