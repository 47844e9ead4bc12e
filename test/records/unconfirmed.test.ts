import { describe, expect, it } from 'vitest';
import { retentionCatalogue } from '../../src/catalogue/retention.js';
import { confirmPhrase } from '../../src/catalogue/retention-types.js';
import { recordsEmitters } from '../../src/emit/records/index.js';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { baseSpec, build, emitAll, emitContext, text } from './estate-fixture.js';

/**
 * Every item the reference research marks UNCONFIRMED for the Records Management Code (domain
 * reference, section 4), written out here independently of the catalogue so that quietly
 * flipping a flag to 'confirmed' fails this test. [catalogue id, the words that identify the item].
 */
const unconfirmedInReference: Array<[string, string]> = [
  ['adult-health', 'after the conclusion of treatment'],
  ['children', 'or 8 years after death'],
  ['maternity', 'after the birth of the last child'],
  ['gp-deregistered', 'its outcome'],
  ['pathology', 'period not confirmed in the Code'],
  ['radiology', 'period not confirmed in the Code'],
  ['emergency-department', 'period not confirmed in the Code'],
  ['audit-trail', 'period not confirmed in the Code'],
  ['integration-message-log', 'no period found in the Code'],
  ['complaints', '10 years is commonly cited'],
  ['email', 'no separate period'],
];

const marked = (words: string) => new RegExp(`${escape(words)}[^|\\n]*UNCONFIRMED: ${escape(confirmPhrase)}`);
function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('unconfirmed retention facts', () => {
  it('the catalogue flags every item the reference marks UNCONFIRMED', () => {
    for (const [id, words] of unconfirmedInReference) {
      const entry = retentionCatalogue.find((t) => t.id === id);
      expect(entry, id).toBeDefined();
      const facts = [entry!.minimum, entry!.trigger, ...entry!.caveats];
      const fact = facts.find((f) => f.text.includes(words));
      expect(fact, `${id}: ${words}`).toBeDefined();
      expect(fact!.confidence, `${id}: ${words}`).toBe('unconfirmed');
    }
  });

  it('every unconfirmed item is shown as needing confirmation in the Markdown, CSV and Excel outputs', async () => {
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
    // Every schedule row that relies on an unconfirmed fact says so, in all three formats.
    const csv = text(files.find((f) => f.path.endsWith('.csv')));
    const schedule = sheetText('Retention schedule');
    for (const row of built.analysis.retention!.rows.filter((r) => r.needsConfirmation)) {
      expect(`${row.minimum} ${row.trigger} ${row.statusText}`).toContain(confirmPhrase);
    }
    for (const format of [csv, schedule]) {
      const lines = format.split(/\r?\n/).filter((l) => l.includes('audit log'));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l).toContain(`UNCONFIRMED: ${confirmPhrase}`);
    }
  });

  it('confirmed facts are not marked', async () => {
    const built = build({ 'specs/a.yaml': baseSpec });
    const md = text((await emitAll(recordsEmitters, emitContext(built))).find((f) => f.path.endsWith('.md')));
    const mental = md.split('\n').find((l) => l.startsWith('| mental-health |'))!;
    expect(mental).not.toContain('UNCONFIRMED');
  });
});
