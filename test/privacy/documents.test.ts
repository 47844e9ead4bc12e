import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { integrationDiagram } from '../../src/emit/diagrams/flow-diagram.js';
import { readZip } from '../../src/emit/office/zip.js';
import { dpiaDocument } from '../../src/emit/privacy/dpia-view.js';
import { registerDocument } from '../../src/emit/privacy/register-view.js';
import { renderDocx } from '../../src/emit/privacy/render-docx.js';
import { renderMarkdown } from '../../src/emit/privacy/render-markdown.js';
import { createTemplateEngine } from '../../src/emit/templates.js';
import type { BuildInfo } from '../../src/emit/types.js';
import { formatNote } from '../../src/rules/privacy/history.js';
import { tinyPng } from '../office/helpers.js';
import { analyse, spec } from './helpers.js';

const build: BuildInfo = {
  date: '2026-11-20',
  timestamp: new Date('2026-11-20T10:00:00Z'),
  commit: '1234567890abcdef',
  inputs: 'abcdef1234567890abcdef1234567890',
  dirty: false,
  govspecVersion: '0.1.0',
};
const problems: Diagnostic[] = [];
const templates = createTemplateEngine(undefined, (d) => problems.push(d));

function planningFlow() {
  return spec((s) => {
    s.id = 'planning-extract';
    s.version = '2.0.0';
    s.title = 'ED attendances to planning';
    s.purpose = 'planning';
    s.target = { system: 'Warehouse', org: 'ZZI', orgName: 'Example ICB' };
    s.data!.items.push({ name: 'Triage notes', class: 'health', freeText: true });
    s.privacyRisks = [
      {
        derived: 'privacy-free-text',
        measures: ['Notes removed from the extract'],
        effect: 'eliminated',
        residual: 'low',
        approved: true,
        decidedBy: 'Dr Ana Caldi',
        decidedOn: '2026-10-01',
      },
    ];
  });
}

function dpia(previous: Record<string, string> = {}, png?: Uint8Array) {
  const run = analyse([planningFlow()], previous);
  const i = run.estate.integrations[0]!;
  const source = integrationDiagram(i, run.estate.config);
  return dpiaDocument(i, run.analysis.privacy!.integrations[i.id]!, run.estate.config, build, {
    source,
    ...(png ? { png } : {}),
  });
}

describe('DPIA section', () => {
  it('follows ICO steps 2 to 7 in numbered sections, in Markdown', () => {
    const md = renderMarkdown(dpia(), templates)!;
    expect(problems).toEqual([]);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Document control',
      '## 1 Description of the processing (ICO step 2)',
      '## 2 Consultation (ICO step 3)',
      '## 3 Necessity and proportionality (ICO step 4)',
      '## 4 Risks to individuals (ICO step 5)',
      '## 5 Measures to reduce risk (ICO step 6)',
      '## 6 Sign off and outcomes (ICO step 7)',
    ]);
    expect(md).toContain('```mermaid\nflowchart TB\n');
    expect(md).toContain(
      '| Dr Ana Caldi, Caldicott Guardian | Confidentiality and the common-law basis; secondary uses |',
    );
    expect(md).toContain('Overall risk (govspec default scoring, not ICO)');
    expect(md).toContain('May apply: confidential patient information is used for planning');
    expect(md).toContain('| R1. Secondary use resting on implied consent');
    expect(md).toContain('| eliminated | low | yes<br>Decided by Dr Ana Caldi<br>on 2026-10-01 |');
    expect(md).toContain(
      '| Input digest | abcdef123456 (identifies exactly this spec, the organisation config and the templates it was built from) |',
    );
    expect(md).not.toContain('1234567890ab');
  });

  it('marks the direct-care opt-out position and the unconfirmed Schedule 1 conditions as needing IG confirmation', () => {
    const run = analyse([spec((s) => (s.lawfulBasis!.article9 = '9(2)(i)'))]);
    const i = run.estate.integrations[0]!;
    const md = renderMarkdown(
      dpiaDocument(i, run.analysis.privacy!.integrations[i.id]!, run.estate.config, build, { source: '' }),
      templates,
    )!;
    expect(md).toContain(
      'That the opt-out does not apply to direct care is UNCONFIRMED in govspec reference data: IG to confirm',
    );
    expect(md).toContain(
      '| DPA 2018 Schedule 1 condition | DPA 2018 Sch.1 Pt.1 para 3 (UNCONFIRMED in govspec reference data: IG to confirm) |',
    );
  });

  it('says what changed since the previous version of the spec, and stays the same when rebuilt', () => {
    const first = dpia({
      'privacy/planning-extract.dpia.md': formatNote({
        version: '1.4.0',
        risks: ['privacy-message-log-retention', 'privacy-free-text'],
      }),
    });
    const control = Object.fromEntries(first.control);
    expect(control['Previous version of the spec']).toBe('1.4.0');
    expect(control['Changes since the previous version']).toEqual([
      'Spec version 1.4.0 to 2.0.0.',
      'Risks newly raised: privacy-secondary-implied-consent, privacy-opt-out-not-addressed, privacy-items-not-justified.',
      'Risks no longer raised: privacy-message-log-retention.',
    ]);
    const md = renderMarkdown(first, templates)!;
    const rebuilt = renderMarkdown(dpia({ 'privacy/planning-extract.dpia.md': md }), templates)!;
    expect(rebuilt).toBe(md);
  });

  it('in Word: title page, numbered headings, repeating header rows, page numbers, the organisation and the PNG diagram', async () => {
    const png = tinyPng(600, 400, [200, 200, 255]);
    const bytes = await renderDocx(dpia({}, png), build.timestamp);
    const again = await renderDocx(dpia({}, png), build.timestamp);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const parts = new Map(readZip(bytes).map((e) => [e.path, e.content]));
    const body = strFromU8(parts.get('word/document.xml')!);
    const footers = [...parts.keys()]
      .filter((p) => /^word\/footer\d+\.xml$/.test(p))
      .map((p) => strFromU8(parts.get(p)!));
    expect(body).toContain('DPIA data-flow section: ED attendances to planning');
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(6);
    expect(body).toContain('<w:numPr>');
    expect(body).toContain('<w:tblHeader/>');
    expect(
      footers.some(
        (f) => f.includes('PAGE') && f.includes('NUMPAGES') && f.includes('Example Acute Trust (RXX)'),
      ),
    ).toBe(true);
    expect([...parts.keys()].filter((p) => p.startsWith('word/media/') && p.endsWith('.png'))).toHaveLength(
      1,
    );
    // 600 x 400 device pixels at scale 2 is 300 x 200 CSS pixels: 2857500 x 1905000 EMU.
    expect(body).toContain('cx="2857500" cy="1905000"');
  });

  it('in Word without a rendering, points at the Mermaid source instead', async () => {
    const body = strFromU8(
      readZip(await renderDocx(dpia(), build.timestamp)).find((e) => e.path === 'word/document.xml')!.content,
    );
    expect(body).toContain(
      'The diagram was not rendered in this build. Its Mermaid source is privacy/diagrams/planning-extract.mmd',
    );
  });
});

describe('data-flow register', () => {
  it('lists every flow with personal data in ROPA-style columns and the risks by flow', () => {
    const run = analyse([planningFlow(), spec()]);
    const flows = [...run.estate.integrations];
    const doc = registerDocument(
      flows,
      { noPersonalData: [], retired: 0 },
      run.analysis.privacy!,
      run.estate.config,
      build,
      { source: 'flowchart LR\n' },
    );
    const md = renderMarkdown(doc, templates)!;
    expect(md).toContain(
      '| Flow | Source | Target | Controller / processor roles | Data classes | Purpose | Lawful basis |',
    );
    expect(md).toContain(
      '| Flow | Protocol and transport | Encryption | Frequency | Volume | Retention | National data opt-out | Transfers outside the UK |',
    );
    expect(md).toContain('| pas-adt-to-epr<br>v1.0.0 |');
    expect(md).toContain(
      '| planning-extract | 4 | 3 | 1 | privacy-secondary-implied-consent<br>privacy-opt-out-not-addressed<br>privacy-items-not-justified |',
    );
    expect(md).toContain(
      'not an official NHS template (UNCONFIRMED in govspec reference data: IG to confirm)',
    );
  });
});
