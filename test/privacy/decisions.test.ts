import { describe, expect, it } from 'vitest';
import { formatNote } from '../../src/rules/privacy/history.js';
import { analyse, codes, spec } from './helpers.js';

const yamlSpec = `govspec: 1
id: gp-discharge
version: 2.1.0
title: Discharge summaries to GP practices
status: live
source: { system: EPR, org: RXX }
target: { system: GP clinical system, org: Y01234, orgName: GP practices }
engine: { kind: rhapsody }
protocol: { standard: fhir, version: R4 }
transport:
  kind: mesh
  network: hscn
  encryption: none
data:
  subjects: [patients]
  items:
    - { name: NHS number, class: identifier }
    - { name: Discharge narrative, class: health, freeText: true }
purpose: direct-care
lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: implied-consent }
retention: { messageLog: P30D, messageLogPurge: automatic }
privacyRisks:
  - derived: privacy-free-text
    measures: [Narrative limited to the discharge template headings]
    effect: reduced
    residual: low
    approved: true
    decidedBy: Dr Ana Caldi
    decidedOn: 2026-03-01
  - derived: privacy-transfer-outside-uk
    effect: accepted
    residual: low
  - local: { id: gp-misfiling, title: Summary filed in the wrong GP record, likelihood: remote, severity: significant }
    effect: reduced
    residual: high
    approved: true
  - rationale: nothing named
`;

describe('IG decisions', () => {
  const run = analyse([yamlSpec]);
  const privacy = run.analysis.privacy!.integrations['gp-discharge']!;

  it('reports each undecided risk at the key that raised it, under the rule code', () => {
    const d = run.diagnostics.find((x) => x.code === 'privacy-external-unprotected')!;
    expect(d.location).toMatchObject({ file: 'specs/spec-0.yaml', line: 13, column: 3 });
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('Y01234');
    expect(d.message).toContain('privacyRisks');
  });

  it('silences a risk with a complete decision and attaches the decision', () => {
    expect(codes(run)).not.toContain('privacy-free-text');
    const risk = privacy.risks.find((r) => r.id === 'privacy-free-text')!;
    expect(risk.decision).toMatchObject({
      effect: 'reduced',
      residual: 'low',
      approved: true,
      decidedBy: 'Dr Ana Caldi',
      complete: true,
    });
    expect(risk.decision!.location).toMatchObject({ line: 23, column: 5 });
  });

  it('reports a decision for a risk that is not raised, at its derived key', () => {
    const d = run.diagnostics.find((x) => x.code === 'privacy-decision-unmatched')!;
    expect(d.location).toMatchObject({ line: 30, column: 5 });
    expect(d.message).toContain('privacy-transfer-outside-uk');
  });

  it('adds local risks with the govspec default overall rating', () => {
    const local = privacy.risks.find((r) => r.id === 'gp-misfiling')!;
    expect(local).toMatchObject({
      kind: 'local',
      likelihood: 'remote',
      severity: 'significant',
      overall: 'low',
    });
  });

  it('asks for ICO prior consultation when a residual risk is high', () => {
    const d = run.diagnostics.find((x) => x.code === 'privacy-residual-high')!;
    expect(d.location).toMatchObject({ line: 35, column: 5 });
    expect(d.message).toContain('Art. 36');
  });

  it('rejects a decision that names no risk', () => {
    const d = run.diagnostics.find((x) => x.code === 'privacy-decision-no-subject')!;
    expect(d).toMatchObject({ severity: 'error', location: { line: 37, column: 5 } });
  });

  it('keeps an incomplete decision on the risk but still reports the risk', () => {
    const r = analyse([
      spec((s) => {
        s.transfers = [{ country: 'France' }];
        s.privacyRisks = [{ derived: 'privacy-transfer-outside-uk', measures: ['ask the supplier'] }];
      }),
    ]);
    expect(codes(r)).toEqual(['privacy-transfer-outside-uk']);
    expect(r.analysis.privacy!.integrations['pas-adt-to-epr']!.risks[0]!.decision).toMatchObject({
      complete: false,
    });
  });
});

describe('DPIA history across builds', () => {
  const path = 'privacy/pas-adt-to-epr.dpia.md';
  const history = (prev?: string, version = '1.0.0') =>
    analyse([spec((s) => (s.version = version))], prev ? { [path]: prev } : {}).analysis.privacy!
      .integrations['pas-adt-to-epr']!.history;

  it('knows nothing on the first build', () => {
    expect(history()).toEqual({});
  });

  it('takes the previous version and its risks when the version changed', () => {
    const prev = `# x\n${formatNote({ version: '0.9.0', risks: ['privacy-free-text'] })}\n`;
    expect(history(prev)).toEqual({ previous: { version: '0.9.0', risks: ['privacy-free-text'] } });
  });

  it('carries the earlier note forward while the version is unchanged, so rebuilding is a fixed point', () => {
    const prev = formatNote({
      version: '1.0.0',
      risks: [],
      previous: { version: '0.9.0', risks: ['privacy-free-text'] },
    });
    expect(history(prev)).toEqual({ previous: { version: '0.9.0', risks: ['privacy-free-text'] } });
    expect(history(formatNote({ version: '1.0.0', risks: [] }))).toEqual({});
  });

  it('ignores a damaged note', () => {
    expect(history('<!-- govspec-dpia {"version": 3} -->')).toEqual({});
    expect(history('<!-- govspec-dpia {not json} -->')).toEqual({});
  });
});
