import { describe, expect, it } from 'vitest';
import { sources } from '../../src/catalogue/citations.js';
import { retentionCatalogue } from '../../src/catalogue/retention.js';

/**
 * Records Management Code facts corrected against the Code (Appendix II, 2021 updated 2023), each
 * pinned to the words it must carry and the source it must cite. Written out independently of the
 * catalogue: changing a period, trigger or source without changing this table fails.
 */
const appendixII =
  'https://digital.nhs.uk/data-and-information/information-governance/guidance/records-management-code-of-practice/appendix-ii';

const entry = (id: string) => {
  const e = retentionCatalogue.find((t) => t.id === id);
  if (!e) throw new Error(`no catalogue entry ${id}`);
  return e;
};

describe('retention reference facts', () => {
  it('cites the Code’s Appendix II for every corrected entry', () => {
    expect(sources.rmcAppendix2.url).toBe(appendixII);
    for (const id of ['adult-health', 'children', 'radiology', 'audit-trail'])
      expect(entry(id).sources, id).toContain(appendixII);
  });

  it('adult health records: 8 years from when support ended or the person was last seen, confirmed', () => {
    const adult = entry('adult-health');
    expect(adult.minimum).toMatchObject({ text: '8 years', comparable: 'P8Y', confidence: 'confirmed' });
    expect(adult.trigger.text).toContain('support ended or person last seen');
    expect(adult.trigger.confidence).toBe('confirmed');
    expect(adult.caveats).toEqual([]);
  });

  it('drops the caveats only the 2006 Code carried', () => {
    const all = JSON.stringify(retentionCatalogue);
    expect(all).not.toContain('8 years after death');
    expect(all).not.toContain('birth of the last child');
    expect(entry('children').caveats).toEqual([]);
    expect(entry('maternity').caveats).toEqual([]);
  });

  it('radiology images follow the adult and children’s record periods (X-rays and scans)', () => {
    const r = entry('radiology');
    expect(r.minimum.confidence).toBe('confirmed');
    expect(r.minimum.comparable).toBe('P8Y');
    expect(r.minimum.text).toContain('8 years for adults');
    expect(r.minimum.text).toContain('25th birthday, or 26th');
    expect(r.note).toContain('X-rays and scans');
    for (const id of ['adult-health', 'children']) expect(entry(id).note, id).toContain('X-rays and scans');
  });

  it('audit trails are kept for the retention period of the record they belong to', () => {
    const a = entry('audit-trail');
    expect(a.minimum.confidence).toBe('confirmed');
    expect(a.minimum.text).toBe('as the record the audit trail belongs to');
    expect(a.note).toContain(
      'electronic patient record systems: the system and its audit trails are kept for the retention period of the last entry',
    );
    expect(a.minimum.comparable).toBeUndefined();
  });
});
