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
    expect(md).toContain('Overall risk (low, medium, high)');
    expect(md).not.toContain('govspec default');
    expect(md).toContain('May apply: confidential patient information is used for planning');
    expect(md).toContain('| R1. Secondary use resting on implied consent');
    expect(md).toContain('| eliminated | low | yes<br>Decided by Dr Ana Caldi<br>on 1 October 2026 |');
    expect(md).toContain(
      '| Input digest | abcdef123456 (identifies exactly this spec, the organisation config and the templates it was built from) |',
    );
    expect(md).not.toContain('1234567890ab');
  });

  it('gives the spec status in words, as a reader says it', () => {
    const statusOf = (status: 'build' | 'retiring' | 'live') => {
      const run = analyse([spec((s) => void (s.status = status))], {});
      const i = run.estate.integrations[0]!;
      const doc = dpiaDocument(i, run.analysis.privacy!.integrations[i.id]!, run.estate.config, build, {
        source: integrationDiagram(i, run.estate.config),
      });
      return renderMarkdown(doc, templates)!.match(/^\| Spec status \| (.*) \|$/m)?.[1];
    };
    expect(statusOf('build')).toBe('in build');
    expect(statusOf('retiring')).toBe('being retired');
    expect(statusOf('live')).toBe('live');
  });

  it('states the direct-care opt-out position with its source, and the Schedule 1 condition the Art. 9 condition needs', () => {
    const run = analyse([spec((s) => (s.lawfulBasis!.article9 = '9(2)(i)'))]);
    const i = run.estate.integrations[0]!;
    const md = renderMarkdown(
      dpiaDocument(i, run.analysis.privacy!.integrations[i.id]!, run.estate.config, build, { source: '' }),
      templates,
    )!;
    expect(md).toContain(
      'The national data opt-out does not apply: it covers the use of confidential patient information for purposes beyond the individual’s care and treatment (research and planning), not direct care.<br>Source: https://digital.nhs.uk/services/national-data-opt-out/operational-policy-guidance-document/what-are-national-data-opt-outs',
    );
    expect(md).toContain('| DPA 2018 Schedule 1 condition | DPA 2018 Sch.1 Pt.1 para 3 (public health)');
    expect(md).not.toContain('UNCONFIRMED');
  });

  it('says no Art. 9 condition is needed when there is no special category data', () => {
    const run = analyse([
      spec(
        (s) => delete s.lawfulBasis!.article9,
        (s) => (s.data!.items = [{ name: 'NHS number', class: 'identifier' }]),
      ),
    ]);
    const i = run.estate.integrations[0]!;
    const md = renderMarkdown(
      dpiaDocument(i, run.analysis.privacy!.integrations[i.id]!, run.estate.config, build, { source: '' }),
      templates,
    )!;
    expect(md).toContain(
      '| UK GDPR Art. 9 condition | Art. 9 condition not required: no special category data |',
    );
    expect(md).toContain(
      'Special category data: none. Art. 9 condition not required: no special category data.',
    );
    expect(md).not.toMatch(/Art\. 9 condition \| not recorded/);
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
    const changes = control['Changes since the previous version'] as string[];
    expect(changes[0]).toBe('Spec version 1.4.0 to 2.0.0.');
    expect(changes[1]).toMatch(/^Risks newly raised: .*Secondary use resting on implied consent/);
    expect(changes[1]).not.toContain('Free text beyond need');
    expect(changes[2]).toBe(
      'Risks no longer raised: Message log keeps identifiable data longer than needed.',
    );
    expect(changes.join(' ')).not.toMatch(/privacy-[a-z]+-/);
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
    const row = md.split('\n').find((l) => l.startsWith('| planning-extract |'))!;
    expect(row).toContain('Secondary use resting on implied consent');
    expect(row).not.toMatch(/privacy-[a-z]+-/);
    expect(md).toContain('they are not an official NHS register format.');
    expect(md).not.toContain('UNCONFIRMED');
  });
});
