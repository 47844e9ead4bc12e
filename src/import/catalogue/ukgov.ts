import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { importCodes } from '../codes.js';
import { redactUrl } from '../secrets/redact.js';
import { parseCsv, records } from './csv.js';
import type { CatalogueEntry } from './entry.js';

/**
 * A CSV register with the UK Government API Catalogue's columns (url, name, description,
 * documentation, maintainer, provider, startDate, endDate). Provider names come from an
 * organisation.csv beside it when there is one.
 */
export function readCsvCatalogue(
  path: string,
  display: string,
  text: string,
  providers: string[],
): [CatalogueEntry[], Diagnostic[]] {
  const parsed = parseCsv(text);
  if (parsed.error)
    return [
      [],
      [
        importCodes['import-csv-malformed'].at(
          { file: display, line: parsed.error.line, column: 1 },
          parsed.error.message,
        ),
      ],
    ];
  const header = parsed.rows[0]?.cells.map((c) => c.trim()) ?? [];
  if (!header.includes('url') || !header.includes('name')) {
    return [[], [importCodes['import-catalogue-unknown-format'].at({ file: display, line: 1, column: 1 })]];
  }
  const orgNames = organisations(join(dirname(path), 'organisation.csv'));
  const wanted = new Set(providers.map((p) => p.toLowerCase()));
  const entries: CatalogueEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { line, record } of records(parsed)) {
    const get = (k: string) => record.get(k)?.trim() || undefined;
    const provider = get('provider');
    if (wanted.size > 0 && !wanted.has((provider ?? '').toLowerCase())) continue;
    const url = get('url');
    const name = get('name');
    if (!name) {
      diagnostics.push(
        importCodes['import-catalogue-invalid-entry'].at(
          { file: display, line, column: 1 },
          'the row has no name',
        ),
      );
      continue;
    }
    // several APIs can share a base URL (HMRC lists dozens under one), so the key is URL and name
    const safeUrl = url ? redactUrl(url) : undefined;
    const entry: CatalogueEntry = {
      catalogue: 'API catalogue CSV',
      key: `catalogue:csv:${safeUrl ?? ''}#${name}`,
      file: display,
      line,
      name,
      facts: [],
    };
    if (safeUrl) entry.url = safeUrl;
    const description = get('description');
    if (description) entry.description = description.replace(/\\n/g, '\n');
    const documentation = get('documentation');
    if (documentation) entry.documentation = redactUrl(documentation);
    const maintainer = get('maintainer');
    if (maintainer) entry.ownerTeam = maintainer;
    const organisation = provider ? (orgNames.get(provider) ?? provider) : undefined;
    if (organisation) entry.organisation = organisation;
    const endDate = get('endDate');
    if (endDate) entry.endDate = endDate;
    entry.type = /fhir/i.test(`${name} ${description ?? ''}`)
      ? 'REST/FHIR'
      : /\bsoap\b/i.test(`${name} ${description ?? ''}`)
        ? 'SOAP'
        : 'REST';
    entry.facts = [
      ['name', name],
      ['url', safeUrl ?? ''],
      ['provider', provider ?? ''],
      ['dateUpdated', get('dateUpdated') ?? ''],
      ['endDate', endDate ?? ''],
    ];
    entries.push(entry);
  }
  return [entries, diagnostics];
}

function organisations(path: string): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(path)) return names;
  try {
    for (const { record } of records(parseCsv(readFileSync(path, 'utf8')))) {
      const id = record.get('id')?.trim();
      const name = record.get('name')?.trim();
      if (id && name) names.set(id, name);
    }
  } catch {
    // an unreadable organisation list only loses the long names
  }
  return names;
}
