import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { WrittenHazardDecision } from '../../src/model/written.js';
import {
  analyse,
  baseConfig,
  controlledSpec,
  DELETE,
  emitClinical,
  fixture,
  patch,
  text,
} from './helpers.js';

const sections = [
  'Purpose',
  'System and scope',
  'Clinical risk management system and roles',
  'Hazard identification method',
  'Hazard log summary',
  'Test issues and evidence',
  'Outstanding issues',
  "Clinical Safety Officer's statement",
  'Quality assurance and approval',
  'Document version and history',
];

const goLive: WrittenHazardDecision = {
  derived: 'silent-failure',
  decision: 'mitigate',
  controls: [
    { kind: 'design', text: 'Silence alert on the engine', status: 'required-before-go-live' },
    { kind: 'test', text: 'Alert tested by stopping the feed' },
  ],
  residual: { likelihood: 'very-low', severity: 'major' },
  rationale: 'Assessed with the alert in place.',
  decidedBy: 'Dr Jane Okafor',
  decidedOn: '2026-04-01',
};

async function report(config = baseConfig(), hazards: WrittenHazardDecision[] = [goLive]) {
  const unowned = patch(controlledSpec('unowned-feed'), { owner: DELETE, hazards });
  const queried = patch(controlledSpec('record-view'), { interaction: { shape: 'record-view' } });
  const f = fixture([unowned, queried], config);
  const { analysis } = analyse(f);
  const { files } = await emitClinical(f, analysis);
  const docx = strFromU8(
    unzipSync(files.get('clinical-safety/safety-case-report.docx') as Uint8Array)['word/document.xml']!,
  );
  return { md: text(files.get('clinical-safety/safety-case-report.md')), docx };
}

describe('Clinical Safety Case Report sections', () => {
  it('has the sections of a CSO template, in order, in Markdown and Word', async () => {
    const { md, docx } = await report();
    const headings = md
      .split('\n')
      .filter((l) => /^## \d+ /.test(l))
      .map((l) => l.replace(/^## \d+ /, ''));
    expect(headings).toEqual(sections);
    for (const s of sections) expect(docx).toContain(s.replace("'", '&apos;'));
  });

  it('names the Clinical Risk Management Plan from config, or says it is not named', async () => {
    const plan = { title: 'Clinical Risk Management Plan', version: '3.1', reference: 'QMS-CS-001' };
    const named = await report(baseConfig({ clinicalSafety: { plan } }));
    expect(named.md).toContain(
      '| Clinical Risk Management Plan | Clinical Risk Management Plan, version 3.1, QMS-CS-001 |',
    );
    expect((await report()).md).toContain('not named in govspec.config.yaml (clinicalSafety.plan)');
  });

  it('derives outstanding issues from controls required before go-live, unowned live integrations and the gate', async () => {
    const { md } = await report();
    const outstanding = md.split('## 7 Outstanding issues')[1]!.split('## 8 ')[0]!;
    expect(outstanding).toContain('### 7.1 Controls required before go-live');
    expect(outstanding).toContain('- unowned-feed/H05: Silence alert on the engine');
    expect(outstanding).toContain('Live integrations nobody owns');
    expect(outstanding).toContain('- Controlled feed (unowned-feed)');
    // The record view raises undecided hazards (paging, withheld records, several matches).
    expect(outstanding).toMatch(/- record-view\/H14: .*\(initial rating 3\)/);
    expect(md).toMatch(
      /Section 7 lists \d+ outstanding issues\. Until they are resolved .* should not be signed/,
    );
  });

  it('says why a standing risk is not acceptable', async () => {
    const accepted4 = {
      ...goLive,
      decision: 'accepted' as const,
      residual: { likelihood: 'high' as const, severity: 'major' as const },
    };
    const { md } = await report(baseConfig(), [accepted4]);
    expect(md).toContain(
      '- unowned-feed/H05: Integration fails silently (no owner or no monitoring): rating 4, a residual 4 is accepted, which the Clinical Risk Management Plan does not allow',
    );
  });

  it('claims nothing it cannot show: derived hazards complement a workshop, the statement is a draft', async () => {
    const { md } = await report();
    expect(md).toContain('They complement, and never replace, a structured hazard identification workshop');
    expect(md).toContain('This report does not record whether such a workshop was held');
    expect(md).toContain('_Draft wording for the Clinical Safety Officer to check, amend and sign.');
    expect(md).not.toMatch(/have been carried out/);
    expect(md).toContain('checks that each evidence path exists in the repository');
  });

  it('lists tests without evidence and the status of each control', async () => {
    const { md } = await report();
    expect(md).toContain(
      '2 controls are recorded against hazards, 1 of them tests; 1 test cites no evidence.',
    );
    expect(md).toContain(
      '| unowned-feed/H05 | Design | Silence alert on the engine | Required before go-live | none given |',
    );
  });
});
