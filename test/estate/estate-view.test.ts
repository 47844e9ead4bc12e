import { describe, expect, test } from 'vitest';
import { estateView } from '../../src/emit/estate/estate-view.js';
import { sampleEstate } from './fixtures.js';

describe('estate view', () => {
  const view = estateView(sampleEstate(), '2026-11-25', 'abcdef0123456789');

  test('blanks are counted per column over integrations in or entering production', () => {
    expect(view.counted.map((r) => r.integration.id)).not.toContain('retired-feed');
    expect(Object.fromEntries(view.columns.map((c) => [c.column, c.missing]))).toEqual({
      owner: 2,
      sla: 1,
      runbook: 2,
      monitoring: 1,
      latency: 1,
      review: 0,
    });
  });

  test('blanks per owner team, most blanks first; nobody-owns is its own group', () => {
    expect(view.teams.map((t) => [t.team, t.integrations, t.total])).toEqual([
      ['(no owner)', 2, 4],
      ['Integration Services', 3, 2],
      ['<b>Team</b> & Co', 1, 1],
    ]);
  });

  test('engines: channels per engine and how many nobody owns, retired left out', () => {
    expect(view.engines).toEqual([
      { kind: 'mirth', channels: 4, live: 4, withoutOwner: 1 },
      { kind: 'cloverleaf', channels: 1, live: 1, withoutOwner: 1 },
      { kind: 'rhapsody', channels: 1, live: 0, withoutOwner: 0 },
    ]);
  });

  test('integrations nobody owns get an end-of-life date: the spec plan, else as-of plus notice period', () => {
    const eol = Object.fromEntries(
      view.rows.filter((r) => r.endOfLife).map((r) => [r.integration.id, r.endOfLife]),
    );
    expect(eol).toEqual({
      'orphan-admin': { date: '2027-01-31', proposed: false },
      'orphan-direct-care': { date: '2027-05-25', proposed: true },
    });
    const longer = estateView(sampleEstate('P1Y'), '2026-11-25', undefined);
    expect(longer.rows.find((r) => r.integration.id === 'orphan-direct-care')!.endOfLife!.date).toBe(
      '2027-11-25',
    );
    expect(longer.commit).toBe('not recorded');
    expect(estateView(sampleEstate(), '', undefined).rows.every((r) => !r.endOfLife?.proposed)).toBe(true);
  });

  test('roadmap: live + direct care + no owner first, then live direct care, live, then being built', () => {
    expect(view.roadmap.map((i) => [i.rank, i.priority, i.row.integration.id])).toEqual([
      [1, 1, 'orphan-direct-care'],
      [2, 2, 'hostile-title'],
      [3, 3, 'orphan-admin'],
      [4, 3, 'overdue-review'],
      [5, 4, 'being-built'],
    ]);
    expect(view.roadmap[0]!.actions).toEqual([
      'Name an owner, or switch it off by 25 May 2027 (proposed)',
      'Agree an SLA: support hours, response and restore times',
      'Set up a monitoring view and alerts',
    ]);
    expect(view.roadmap[0]!.reasons).toEqual(['live', 'direct care', 'no owner']);
    expect(view.roadmap[3]!.actions).toEqual(['Review it: it was due on 10 January 2025']);
  });
});
