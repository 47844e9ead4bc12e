import { describe, expect, it } from 'vitest';
import { retentionCatalogue } from '../../src/catalogue/retention.js';
import { confirmPhrase, toConfirmMark } from '../../src/catalogue/retention-types.js';
import { recordsEmitters } from '../../src/emit/records/index.js';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { baseSpec, build, emitAll, emitContext, text } from './estate-fixture.js';

/**
 * The Records Management Code facts still not settled by the Code's own text (domain reference,
 * section 4, less the corrections checked on 2026-12-01), written out here independently of the
 * catalogue so that quietly flipping a flag to 'confirmed' fails this test.
 */
const unconfirmedInReference: Array<[string, string]> = [
  ['gp-deregistered', 'its outcome'],
  ['gp-deregistered', 'from deregistration'],
  ['pathology', 'period not confirmed in the Code'],
  ['emergency-department', 'period not confirmed in the Code'],
  ['integration-message-log', 'no period found in the Code'],
  ['complaints', '10 years is commonly cited'],
  ['email', 'no separate period'],
];

const marked = (words: string) => new RegExp(`${escape(words)}[^|\\n]*${escape(toConfirmMark)}`);
function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('unconfirmed retention facts', () => {
  it('the catalogue flags every item the reference does not settle', () => {
    for (const [id, words] of unconfirmedInReference) {
      const entry = retentionCatalogue.find((t) => t.id === id);
      expect(entry, id).toBeDefined();
      const facts = [entry!.minimum, entry!.trigger, ...entry!.caveats];
      const fact = facts.find((f) => f.text.includes(words));
      expect(fact, `${id}: ${words}`).toBeDefined();
      expect(fact!.confidence, `${id}: ${words}`).toBe('unconfirmed');
    }
  });

  it('marks each unconfirmed fact once in the record-type table, and says to confirm it in the row status', async () => {
    const built = build({ 'specs/a.yaml': baseSpec });
    const files = await emitAll(recordsEmitters, emitContext(built));
    const md = text(files.find((f) => f.path.endsWith('.md')));
    const wb = await openWorkbook(files.find((f) => f.path.endsWith('.xlsx'))!.content as Uint8Array);
    const sheetText = (name: string) => {
      const lines: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(' | ')));
      return lines.join('\n');
    };
    const xlsxTypes = sheetText('Record types');
    for (const [id, words] of unconfirmedInReference) {
      const mdLine = md.split('\n').find((l) => l.startsWith(`| ${id} |`));
      expect(mdLine, `Markdown row for ${id}`).toBeDefined();
      expect(mdLine!.replace(/\\/g, '')).toMatch(marked(words));
      const xlsxLine = xlsxTypes.split('\n').find((l) => l.startsWith(`${id} |`));
      expect(xlsxLine, `Excel row for ${id}`).toMatch(marked(words));
    }
    // A schedule row resting on an unconfirmed fact says so once, in its status; its period cells stay plain.
    const rows = built.analysis.retention!.rows.filter((r) => r.needsConfirmation);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.statusText).toContain(confirmPhrase);
      expect(`${row.minimum} ${row.trigger}`).not.toContain(confirmPhrase);
      expect(`${row.minimum} ${row.trigger}`).not.toContain('UNCONFIRMED');
    }
    const csv = text(files.find((f) => f.path.endsWith('.csv')));
    const schedule = sheetText('Retention schedule');
    for (const format of [csv, schedule, md]) {
      const lines = format.split(/\r?\n/).filter((l) => l.includes('engine message store'));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        expect(l).toContain(confirmPhrase);
        expect(l.split(confirmPhrase)).toHaveLength(2);
      }
    }
    expect(md).not.toContain('UNCONFIRMED');
  });

  it('confirmed facts are not marked', async () => {
    const built = build({ 'specs/a.yaml': baseSpec });
    const md = text((await emitAll(recordsEmitters, emitContext(built))).find((f) => f.path.endsWith('.md')));
    for (const id of ['mental-health', 'adult-health', 'children', 'radiology', 'audit-trail']) {
      const line = md.split('\n').find((l) => l.startsWith(`| ${id} |`))!;
      expect(line, id).not.toContain(toConfirmMark);
    }
  });
});
