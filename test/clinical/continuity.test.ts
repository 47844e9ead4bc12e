import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { WrittenHazardDecision, WrittenSpec } from '../../src/model/written.js';
import { hazardsJsonPath, parseLog, serialiseLog } from '../../src/rules/clinical/log-file.js';
import { analyse, controlledSpec, DELETE, fixture, lineOf, patch } from './helpers.js';

const signed = { decidedBy: 'Dr Jane Okafor', decidedOn: '2026-04-01' };

function spec(changes: unknown, hazards: WrittenHazardDecision[] = []): WrittenSpec {
  return patch(controlledSpec('pas-adt'), { ...(changes as object), hazards });
}

/** Build once and return the committed hazards.json text, as the writer would have stored it. */
function committed(s: WrittenSpec[], asOf = '2026-03-01'): string {
  const { analysis } = analyse(fixture(s), { asOf });
  return serialiseLog(analysis.hazards!);
}

const timeZones = { protocol: { timezone: 'local-no-offset' } };
const timeZonesAndTruncation = {
  ...timeZones,
  data: { items: [{ name: 'Comment', class: 'health', maxLength: 80 }] },
};

describe('stable hazard ids', () => {
  it('ids and numbers come from the integration and the rule, not from order or content', () => {
    const a = analyse(fixture([spec(timeZonesAndTruncation)])).analysis.hazards!.hazards;
    expect(a.map((h) => [h.id, h.number])).toEqual([
      ['pas-adt/lossy-conversion', 'pas-adt/H09'],
      ['pas-adt/time-zone-ambiguity', 'pas-adt/H10'],
    ]);
    // Other hazards appearing, text edits and another spec in the estate do not move them.
    const edited = spec({
      ...timeZonesAndTruncation,
      title: 'Renamed',
      owner: DELETE,
      description: 'More words',
    });
    const b = analyse(fixture([patch(controlledSpec('aaa-first'), { owner: DELETE }), edited])).analysis
      .hazards!.hazards;
    const ids = new Map(b.map((h) => [h.id, h.number]));
    expect(ids.get('pas-adt/time-zone-ambiguity')).toBe('pas-adt/H10');
    expect(ids.get('pas-adt/lossy-conversion')).toBe('pas-adt/H09');
    expect(ids.get('pas-adt/silent-failure')).toBe('pas-adt/H05');
  });

  it('rebuilding with the committed log as previous gives byte-identical hazards.json and keeps the raised date', () => {
    const first = committed([spec(timeZones)], '2026-03-01');
    const { analysis, diagnostics } = analyse(fixture([spec(timeZones)]), {
      previous: { [hazardsJsonPath]: first },
      asOf: '2026-06-30',
    });
    expect(diagnostics).toEqual([]);
    expect(serialiseLog(analysis.hazards!)).toBe(first);
    expect(analysis.hazards!.hazards[0]!.raised).toBe('2026-03-01');
  });

  it('the committed log parses back to its ids', () => {
    const parsed = parseLog(new TextEncoder().encode(committed([spec(timeZonesAndTruncation)])));
    expect(Array.isArray(parsed) && parsed.map((h) => h.id)).toEqual([
      'pas-adt/lossy-conversion',
      'pas-adt/time-zone-ambiguity',
    ]);
  });
});

describe('hazards never disappear', () => {
  it('a hazard no longer derived and not closed fails with its id and the spec file:line', () => {
    const previous = {
      [hazardsJsonPath]: committed([
        spec(timeZones, [
          { derived: 'time-zone-ambiguity', decision: 'accepted', rationale: 'Low risk', ...signed },
        ]),
      ]),
    };
    // The spec now sends UTC, so the rule no longer fires, and the decision was deleted too.
    const f = fixture([spec({ protocol: { timezone: 'utc' } })]);
    const { diagnostics } = analyse(f, { previous });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-not-closed']);
    const d = diagnostics[0]!;
    expect(d.severity).toBe('error');
    expect(d.message).toContain('pas-adt/H10');
    expect(d.message).toContain('pas-adt/time-zone-ambiguity');
    expect(d.message).toContain('- derived: time-zone-ambiguity');
    expect(d.location).toMatchObject({
      file: 'specs/pas-adt.yaml',
      line: lineOf(f.texts.get('specs/pas-adt.yaml')!, 'id: pas-adt'),
    });
  });

  it('a remaining decision block that is not closed is where the error points', () => {
    const decision: WrittenHazardDecision = {
      derived: 'time-zone-ambiguity',
      decision: 'accepted',
      rationale: 'Low risk',
      ...signed,
    };
    const previous = { [hazardsJsonPath]: committed([spec(timeZones, [decision])]) };
    const f = fixture([spec({ protocol: { timezone: 'utc' } }, [decision])]);
    const { diagnostics } = analyse(f, { previous });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-not-closed']);
    expect(diagnostics[0]!.location?.line).toBe(
      lineOf(f.texts.get('specs/pas-adt.yaml')!, 'derived: time-zone-ambiguity'),
    );
  });

  it('closing it in the spec keeps it in the log, closed, with its number and original rating', () => {
    const previous = { [hazardsJsonPath]: committed([spec(timeZones)]) };
    const closed: WrittenHazardDecision = {
      derived: 'time-zone-ambiguity',
      status: 'closed',
      closure: 'Feed now sends UTC (change 2026-14).',
      ...signed,
    };
    const { diagnostics, analysis } = analyse(fixture([spec({ protocol: { timezone: 'utc' } }, [closed])]), {
      previous,
    });
    expect(diagnostics).toEqual([]);
    const h = analysis.hazards!.hazards.find((x) => x.id === 'pas-adt/time-zone-ambiguity')!;
    expect(h).toMatchObject({
      status: 'closed',
      derivedNow: false,
      number: 'pas-adt/H10',
      closure: 'Feed now sends UTC (change 2026-14).',
    });
    expect(h.initial.rating).toBe(2);
    expect(h.raised).toBe('2026-03-01');
  });

  it('removing a recorded decision while the hazard is still derived fails', () => {
    const previous = {
      [hazardsJsonPath]: committed([
        spec(timeZones, [
          { derived: 'time-zone-ambiguity', decision: 'accepted', rationale: 'Low', ...signed },
        ]),
      ]),
    };
    const { diagnostics } = analyse(fixture([spec(timeZones)]), { previous });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-decision-removed']);
    expect(diagnostics[0]!.message).toContain('pas-adt/H10');
    expect(diagnostics[0]!.message).toContain('Dr Jane Okafor');
    expect(diagnostics[0]!.location?.file).toBe('specs/pas-adt.yaml');
  });

  it('deleting a whole spec with logged hazards fails naming the old file', () => {
    const previous = {
      [hazardsJsonPath]: committed([spec(timeZones), patch(controlledSpec('other-feed'), {})]),
    };
    const { diagnostics } = analyse(fixture([controlledSpec('other-feed')]), { previous });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-integration-removed']);
    expect(diagnostics[0]!.location).toMatchObject({ file: 'specs/pas-adt.yaml', line: 1 });
  });

  it('removing a local hazard fails too', () => {
    const local: WrittenHazardDecision = {
      local: {
        id: 'printer',
        title: 'Printer',
        harm: 'Wrong label',
        initial: { likelihood: 'low', severity: 'minor' },
      },
    };
    const previous = { [hazardsJsonPath]: committed([spec({}, [local])]) };
    const { diagnostics } = analyse(fixture([spec({})]), { previous });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-not-closed']);
    expect(diagnostics[0]!.message).toContain('pas-adt/L-printer');
    expect(diagnostics[0]!.message).toContain('keep the local hazard "printer"');
  });

  it('a committed log that cannot be read is a warning, not a crash', () => {
    const { diagnostics } = analyse(fixture([spec({})]), {
      previous: { [hazardsJsonPath]: '{"format":"x"' },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-log-unreadable']);
  });
});

describe('continuity binds only what was committed', () => {
  const logPath = `generated/${hazardsJsonPath}`;
  const gone = spec(timeZones);
  const log = committed([gone, patch(controlledSpec('other-feed'), {})]);
  const remaining = () => fixture([controlledSpec('other-feed')]);
  const specAt = (status: string) => stringify({ ...gone, status }, { lineWidth: 0 });

  it('a log only built locally, outside a repository or never committed, binds nothing', () => {
    const { diagnostics } = analyse(remaining(), { previous: { [hazardsJsonPath]: log }, committed: {} });
    expect(diagnostics).toEqual([]);
  });

  it('removing a spec committed in service is an error naming its file', () => {
    const { diagnostics } = analyse(remaining(), {
      committed: { [logPath]: log, 'specs/pas-adt.yaml': specAt('live') },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-integration-removed']);
    expect(diagnostics[0]!.location).toMatchObject({ file: 'specs/pas-adt.yaml', line: 1 });
  });

  it('removing a spec committed only as proposed, or whose file never reached a commit, is not', () => {
    for (const committedFiles of <Array<Record<string, string>>>[
      { [logPath]: log, 'specs/pas-adt.yaml': specAt('proposed') },
      { [logPath]: log },
    ]) {
      const { diagnostics } = analyse(remaining(), { committed: committedFiles });
      expect(diagnostics).toEqual([]);
    }
  });

  it('a committed spec that cannot be read is taken as in service', () => {
    const { diagnostics } = analyse(remaining(), {
      committed: { [logPath]: log, 'specs/pas-adt.yaml': 'status: [live\n' },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-integration-removed']);
  });

  it('a hazard in the committed log that is no longer derived must still be closed', () => {
    const withDecision = spec(timeZones, [
      { derived: 'time-zone-ambiguity', decision: 'accepted', rationale: 'Low risk', ...signed },
    ]);
    const { diagnostics } = analyse(fixture([spec({ protocol: { timezone: 'utc' } })]), {
      committed: { [logPath]: committed([withDecision]) },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['hazard-not-closed']);
  });

  it('a hazard only in the last local build, closed in the spec, keeps its number and raises nothing', () => {
    const local = committed([spec(timeZones)]);
    const closing = spec({ protocol: { timezone: 'utc' } }, [
      { derived: 'time-zone-ambiguity', status: 'closed', closure: 'Now sends UTC', ...signed },
    ]);
    const { analysis, diagnostics } = analyse(fixture([closing]), {
      previous: { [hazardsJsonPath]: local },
      committed: {},
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kept = analysis.hazards!.hazards.find((h) => h.id === 'pas-adt/time-zone-ambiguity');
    expect(kept?.status).toBe('closed');
    expect(kept?.number).toBe('pas-adt/H10');
  });
});
