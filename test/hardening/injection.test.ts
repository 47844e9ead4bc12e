import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exampleRepo, runCli } from './example-repo.js';

/** Spec text that tries to become Markdown, HTML, Mermaid, a spreadsheet formula or a link. */
const hostile = `<script>alert(1)</script> | =HYPERLINK("http://x","click") [link](javascript:alert(1)) "]; click A "javascript:alert(2)" <img src=x onerror=alert(3)>`;

function files(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    return statSync(join(dir, r)).isDirectory() ? files(dir, r) : [r];
  });
}

/**
 * Every emitter, one guard: build the example estate with one hostile spec and look at every
 * generated file in the form its reader gets it.
 */
describe('injection through spec text, across every emitter', () => {
  it('never lets spec text become markup, a link, a diagram statement or a formula', () => {
    const dir = exampleRepo();
    try {
      const source = readFileSync(join(dir, 'specs/shared-care/discharge-summary-to-gp.yaml'), 'utf8');
      const spec = source
        .replace(/^id: .*$/m, 'id: hostile-injection')
        .replace(/^status: .*$/m, 'status: proposed') // no CSO decisions yet: the gate only warns
        .replace(/^title: .*$/m, `title: '${hostile.replace(/'/g, "''")}'`)
        .replace(/^description: .*$/m, `description: '${hostile.replace(/'/g, "''")}'`)
        .replace(
          /^source: \{ system: [^,]+,/m,
          `source: { system: '=HYPERLINK("http://x","c") <script>alert(4)</script>',`,
        )
        .replace(
          /^target: \{ system: [^,]+,/m,
          `target: { system: '=HYPERLINK("http://x","c") <script>alert(5)</script>',`,
        )
        .replace(/^(hazards|privacyRisks):[\s\S]*?(?=^\S)/gm, '');
      writeFileSync(join(dir, 'specs/hostile.yaml'), spec);
      const built = runCli(dir, ['build', '--quiet']);
      expect(built.status, built.stderr).toBe(0);
      const out = join(dir, 'generated');
      const checked: string[] = [];
      for (const file of files(out)) {
        const bytes = readFileSync(join(out, file));
        const texts = /\.(docx|xlsx)$/.test(file)
          ? Object.entries(unzipSync(bytes))
              .filter(([name]) => name.endsWith('.xml'))
              .map(([name, content]) => [`${file}!${name}`, strFromU8(content)] as const)
          : /\.(png)$/.test(file)
            ? []
            : [[file, bytes.toString('utf8')] as const];
        for (const [where, text] of texts) {
          if (!text.includes('alert(')) continue;
          checked.push(where);
          // JSON is data for other tools: the text stays exactly as written, and still parses.
          if (where.endsWith('.json')) {
            expect(() => JSON.parse(text), where).not.toThrow();
            continue;
          }
          // CSV is plain data (HTML in a cell is inert); what matters there is the formula guard.
          if (where.endsWith('.csv')) {
            expect(text, where).not.toMatch(/(^|,)"?[=+@-]/m);
            continue;
          }
          expect(text, where).not.toContain('<script>alert');
          expect(text, where).not.toContain('<img src=x');
          if (where.endsWith('.mmd')) expect(text, where).not.toMatch(/^\s*click\s/m);
          if (/\.xlsx!xl\/worksheets\//.test(where)) expect(text, where).not.toContain('<f>');
          if (where.endsWith('.md')) {
            // Markdown is where brackets make links; an escaped \] does not.
            expect(text, where).not.toMatch(/(?<!\\)\]\(javascript:/);
            // Inside a table row the payload's pipe must not add a column.
            for (const line of text.split('\n').filter((l) => l.startsWith('|') && l.includes('alert('))) {
              expect(line, where).not.toMatch(/[^\\&]\| =HYPERLINK/);
            }
          }
        }
      }
      // The payload reached every kind of artefact the estate produces.
      for (const kind of ['.md', '.html', '.mmd', '.csv', '.json', '.xlsx!', '.docx!']) {
        expect(
          checked.some((w) => w.includes(kind)),
          `no ${kind} carried the spec text`,
        ).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
