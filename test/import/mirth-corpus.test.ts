import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMirth } from '../../src/import/mirth/import.js';
import { renderSummaryText } from '../../src/import/render-summary.js';
import type { ImportSummary } from '../../src/import/summary.js';
import { fixtures, readTree, repoRoot, tempDir } from './helpers.js';

const corpus = join(fixtures, 'mirth');
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.xml'))
  .sort();

/** Secret values in an export, found independently of the importer (plain text search). */
function secretValues(text: string): string[] {
  const values = new Set<string>();
  const add = (v: string | undefined) => {
    const t = v?.trim();
    if (t) values.add(t.replace(/&amp;/g, '&'));
  };
  for (const m of text.matchAll(/<password>([^<]*)<\/password>/g)) add(m[1]);
  for (const m of text.matchAll(/<property name="password">([^<]*)<\/property>/g)) add(m[1]);
  for (const m of text.matchAll(/<credentials[^>]*>([\s\S]*?)<\/credentials>/g)) {
    for (const e of m[1]!.matchAll(/<entry>\s*<string>[^<]*<\/string>\s*<string>([^<]*)<\/string>/g))
      add(e[1]);
  }
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^/\s:@<]+:([^@/\s<]+)@/gi)) add(m[1]);
  for (const m of text.matchAll(/[;?&](?:password|pwd|apikey|access_token)=([^;&<\s]+)/gi)) add(m[1]);
  return [...values];
}

describe('import mirth: every corpus export', () => {
  const { dir, done } = tempDir();
  let summary: ImportSummary;
  let written: Map<string, string>;
  beforeAll(() => {
    summary = importMirth([relative(repoRoot, corpus)], { outDir: join(dir, 'specs'), cwd: repoRoot });
    written = readTree(join(dir, 'specs'));
  });
  afterAll(done);

  it('reads all 21 files without an error and drafts one spec per channel', () => {
    expect(summary.files).toEqual({ read: 21, withErrors: 0 });
    expect(summary.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // 19 single-channel exports + 4 channels in the server backup; the code template list has none
    expect(
      summary.diagnostics
        .filter((d) => d.code === 'import-mirth-no-channels')
        .map((d) => d.location!.file.split('/').pop()),
    ).toEqual(['ngc-examples-code-template-bundle-list.xml']);
    expect(summary.found).toBe(23);
    expect(summary.specs).toHaveLength(23);
    expect(written.size).toBe(23);
    expect(summary.specs.every((s) => s.action === 'written')).toBe(true);
  });

  it('gives every spec a unique, file-safe id matching its file name', () => {
    const ids = summary.specs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of summary.specs) {
      expect(s.id).toMatch(/^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/);
      expect(written.get(`${s.id}.yaml`)).toContain(`id: ${s.id}\n`);
    }
  });

  it('starts every spec with the schema modeline', () => {
    for (const text of written.values()) {
      expect(text.split('\n')[0]).toMatch(
        /^# yaml-language-server: \$schema=\S*schemas\/integration\.schema\.json$/,
      );
    }
  });

  it.each(files)('%s: no credential value from the export appears in its specs or the summary', (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    const values = secretValues(text);
    // A value that also occurs in the export as ordinary text ("test" in "test alert", "password"
    // as a property name) cannot be told apart from it; every other value is checked.
    const elsewhere = values.reduce(
      (t, v) => t.split(`>${v}<`).join('><').split(`:${v}@`).join(':@').split(`=${v}`).join('='),
      text,
    );
    const distinctive = values.filter((v) => !elsewhere.includes(v));
    const display = `test/fixtures/import/mirth/${file}`;
    const specs = summary.specs
      .filter((s) => s.origin.startsWith(display))
      .map((s) => written.get(`${s.id}.yaml`)!);
    // an export without channels drafts nothing, and says so
    const empty = summary.diagnostics.some(
      (d) => d.code === 'import-mirth-no-channels' && d.location?.file === display,
    );
    expect(specs.length > 0 || empty).toBe(true);
    const output = renderSummaryText(summary) + JSON.stringify(summary);
    for (const v of distinctive) {
      for (const spec of specs) expect(spec).not.toContain(v);
      expect(output).not.toContain(v);
    }
  });

  it('checks the distinctive credential values of the corpus', () => {
    const all = files.flatMap((f) => {
      const text = readFileSync(join(corpus, f), 'utf8');
      const values = secretValues(text);
      const elsewhere = values.reduce(
        (t, v) => t.split(`>${v}<`).join('><').split(`:${v}@`).join(':@'),
        text,
      );
      return values.filter((v) => !elsewhere.includes(v));
    });
    // the corpus's stored values that the test above proves absent
    expect(all).toEqual(expect.arrayContaining(['user1234', 'REDACTED', '12345', '${tiroPassword}']));
  });

  it('found every stored credential of the corpus, and says where', () => {
    const stored = summary.secretsWithheld.filter((s) => s.stored);
    const where = stored.map((s) => `${s.file.split('/').pop()}:${s.line}:${s.path.split('/').pop()}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'cabolabs-4.4-B04-database-reader.xml:67:password',
        'cabolabs-4.4-C01-channel-reader-to-smtp-sender.xml:94:password',
        'marlycormar-hl7-file-reader-to-db-writer.xml:202:password',
        'marlycormar-secure-json-http-basic-auth-to-hl7.xml:18:string[2]',
        'mirthsync-server-backup-3.8.0.xml:195:password',
        'pheme-2.2.1-channel-reader-to-database-writer.xml:78:property[@name="password"]',
        'pheme-2.2.1-http-listener-to-file-writer.xml:189:property[@name="password"]',
      ]),
    );
    for (const s of stored) expect(s.channel).toBeTruthy();
    // Tiro keeps its credentials in the configuration map: references, not stored secrets
    const tiro = summary.secretsWithheld.filter(
      (s) => s.file.includes('tiro-') && s.kind === 'credential from the configuration map',
    );
    expect(tiro.length).toBe(2);
    expect(tiro.every((s) => !s.stored)).toBe(true);
  });

  it('reports no unknown connectors for the shipped connector types', () => {
    expect(summary.unknownConnectors).toEqual([]);
  });

  it('counts the blanks per field across the specs', () => {
    for (const field of ['owner', 'sla', 'runbook', 'monitoring', 'latency', 'consumers', 'lawfulBasis']) {
      expect(summary.blanksPerField[field]).toBe(23);
    }
    expect(summary.blanksPerField['source.system (placeholder)']).toBeGreaterThan(0);
  });

  it('writes the same bytes on a second import into an empty folder', () => {
    const again = tempDir();
    try {
      importMirth([relative(repoRoot, corpus)], { outDir: join(again.dir, 'specs'), cwd: repoRoot });
      const second = readTree(join(again.dir, 'specs'));
      expect([...second.keys()]).toEqual([...written.keys()]);
      for (const [k, v] of written) {
        // only the modeline differs: it points from each temporary folder to the schema
        expect(second.get(k)!.split('\n').slice(1)).toEqual(v.split('\n').slice(1));
      }
    } finally {
      again.done();
    }
  });
});
