import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { WrittenHazardDecision, WrittenSpec } from '../../src/model/written.js';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { hazardColumns } from '../../src/emit/clinical/xlsx-hazard-sheet.js';
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

const formulaTitle = '=HYPERLINK("http://x","click")';

const decision: WrittenHazardDecision = {
  derived: 'silent-failure',
  decision: 'accepted',
  residual: { likelihood: 'medium', severity: 'major' },
  controls: [
    { kind: 'design', text: '+Alert when no messages for 30 minutes', evidence: 'docs/runbooks/feed.md' },
    { kind: 'business-process', text: '@Daily count check by the service desk' },
  ],
  rationale: '-Monitoring is being procured; manual checks meanwhile.',
  decidedBy: 'Dr Jane Okafor',
  decidedOn: '2026-04-01',
};

function estate(config = baseConfig()) {
  const hostile: WrittenSpec = patch(controlledSpec('hostile-feed'), {
    title: formulaTitle,
    owner: DELETE,
    monitoring: DELETE,
    hazards: [
      decision,
      {
        local: {
          id: 'pipe-title',
          title: 'Table | breaker <script>alert(1)</script> [link](http://evil)',
          harm: '\tTabbed harm\r\nwith a second line',
          initial: { likelihood: 'low', severity: 'minor' },
        },
      },
    ],
  });
  const other = patch(controlledSpec('nightly-results'), {
    latency: { contract: 'nightly' },
    title: 'Nightly results',
  });
  const f = fixture([hostile, other], config);
  const { analysis, diagnostics } = analyse(f, { files: ['docs/runbooks/feed.md'] });
  return { f, analysis, diagnostics };
}

describe('hazard-log.xlsx', () => {
  it('is byte-identical across two builds', async () => {
    const { f, analysis } = estate();
    const a = (await emitClinical(f, analysis)).files.get('clinical-safety/hazard-log.xlsx');
    const b = (await emitClinical(f, analysis)).files.get('clinical-safety/hazard-log.xlsx');
    expect(a).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array))).toBe(true);
  });

  it('reopens in exceljs with the expected sheets and cell values', async () => {
    const { f, analysis } = estate();
    const { files, diagnostics } = await emitClinical(f, analysis);
    expect(diagnostics).toEqual([]);
    const wb = await openWorkbook(files.get('clinical-safety/hazard-log.xlsx') as Uint8Array);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Document control',
      'Hazard log',
      'Decisions',
      'Risk matrix',
      'Integrations',
      'Suggested controls',
      'govspec build',
    ]);
    expect(wb.getWorksheet('govspec build')!.state).toBe('veryHidden');

    const log = wb.getWorksheet('Hazard log')!;
    expect((log.getRow(1).values as unknown[]).slice(1)).toEqual(hazardColumns);
    expect(log.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(log.autoFilter).toBeTruthy();
    expect(log.pageSetup.orientation).toBe('landscape');
    const col = (name: string) => hazardColumns.indexOf(name) + 1;
    const rows = new Map<string, number>();
    log.eachRow((r, n) => rows.set(String(r.getCell(1).value), n));
    const silent = log.getRow(rows.get('hostile-feed/H05')!);
    expect(silent.getCell(col('Hazard name')).value).toBe(
      'Integration fails silently (no owner or no monitoring)',
    );
    expect(silent.getCell(col('Initial likelihood')).value).toBe('High');
    expect(silent.getCell(col('Initial consequence')).value).toBe('Major');
    expect(silent.getCell(col('Initial rating')).value).toBe(4);
    expect(silent.getCell(col('Residual rating')).value).toBe(3);
    expect(silent.getCell(col('Status')).value).toBe('Open');
    expect(silent.getCell(col('Design controls')).value).toBe(
      '• +Alert when no messages for 30 minutes (evidence: docs/runbooks/feed.md)',
    );
    expect(silent.getCell(col('Business process controls')).value).toBe(
      '• @Daily count check by the service desk',
    );
    expect(String(silent.getCell(col('Decision and rationale')).value)).toContain(
      'Rationale: -Monitoring is being procured',
    );
    expect(silent.getCell(col('Owner')).value).toBe('Dr Jane Okafor');
    expect(silent.getCell(col('Last reviewed')).value).toBe('2026-04-01');
    expect(String(silent.getCell(col('Source')).value)).toMatch(
      /^specs\/hostile-feed\.yaml:\d+\nRule silent-failure$/,
    );
    const fill = silent.getCell(col('Initial rating')).fill as { fgColor?: { argb?: string } };
    expect(fill.fgColor?.argb).toBe('FFF8CBAD');
    expect(log.getRow(rows.get('nightly-results/H04')!).getCell(col('Initial rating')).value).toBe(3);

    const matrix = wb.getWorksheet('Risk matrix')!;
    const cells: unknown[] = [];
    matrix.eachRow((r) => r.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('DCB 0129 / DCB 0160 Implementation Guidance example risk matrix');
    expect(cells).toContain('Unacceptable level of risk');

    const control = wb.getWorksheet('Document control')!;
    const pairs = new Map<string, string>();
    control.eachRow((r) => pairs.set(String(r.getCell(1).value), String(r.getCell(2).value)));
    expect(pairs.get('Organisation')).toBe('Example NHS Trust (RXX)');
    expect(pairs.get('Clinical Safety Officer')).toBe('Dr Jane Okafor');
    expect(pairs.get('Input digest')).toBe('0123456789ab');
    expect(pairs.get('Build date')).toBe('1 May 2026');
    expect(pairs.get('Risk matrix used')).toContain(
      'DCB 0129 / DCB 0160 Implementation Guidance example risk matrix',
    );

    const integrations = wb.getWorksheet('Integrations')!;
    expect(integrations.getRow(2).getCell(1).value).toBe('hostile-feed');
    expect(integrations.getRow(2).getCell(5).value).toBe(2);
  });

  it('writes a formula-looking title as a text cell, never a formula', async () => {
    const { f, analysis } = estate();
    const bytes = (await emitClinical(f, analysis)).files.get(
      'clinical-safety/hazard-log.xlsx',
    ) as Uint8Array;
    const wb = await openWorkbook(bytes);
    const log = wb.getWorksheet('Hazard log')!;
    const cell = log.getRow(2).getCell(hazardColumns.indexOf('Integration') + 1);
    expect(cell.value).toBe(`${formulaTitle} (hostile-feed)`);
    expect(cell.formula).toBeUndefined();
    const integrations = wb.getWorksheet('Integrations')!;
    expect(integrations.getRow(2).getCell(2).value).toBe(formulaTitle);
    expect(integrations.getRow(2).getCell(2).type).toBe(3); // ValueType.String
    // No sheet in the package holds a formula at all.
    const zip = unzipSync(bytes);
    for (const [path, data] of Object.entries(zip)) {
      if (path.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
    }
  });

  it('names a local matrix in document control', async () => {
    const ratings = {
      'very-high': [5, 5, 5, 5, 5],
      high: [4, 4, 5, 5, 5],
      medium: [3, 3, 4, 4, 5],
      low: [2, 2, 3, 3, 4],
      'very-low': [1, 1, 2, 2, 3],
    };
    const { f, analysis } = estate(
      baseConfig({ clinicalSafety: { matrix: { name: 'Trust CRMP matrix v3', ratings: ratings as never } } }),
    );
    const wb = await openWorkbook(
      (await emitClinical(f, analysis)).files.get('clinical-safety/hazard-log.xlsx') as Uint8Array,
    );
    const pairs = new Map<string, string>();
    wb.getWorksheet('Document control')!.eachRow((r) =>
      pairs.set(String(r.getCell(1).value), String(r.getCell(2).value)),
    );
    expect(pairs.get('Risk matrix used')).toMatch(
      /^Trust CRMP matrix v3\nLocal matrix from the organisation's Clinical Risk Management Plan/,
    );
  });
});

describe('Markdown artefacts', () => {
  it('escape spec text so tables and HTML cannot be broken', async () => {
    const { f, analysis } = estate();
    const { files } = await emitClinical(f, analysis);
    const page = text(files.get('clinical-safety/integrations/hostile-feed.md'));
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    expect(page).toContain('Table &#124; breaker');
    // Every table row keeps its column count.
    for (const line of page
      .split('\n')
      .filter((l) => l.startsWith('| hostile') || l.startsWith('| [hostile'))) {
      expect(line.replace(/\\\|/g, '').split('|').length).toBe(8);
    }
    const log = text(files.get('clinical-safety/hazard-log.md'));
    expect(log).toContain(
      '| hostile-feed/H05 | Integration fails silently (no owner or no monitoring) | 4 (High / Major) | 3 (Medium / Major) | Open | Accepted (decided by Dr Jane Okafor, 1 April 2026) |',
    );
    expect(log).toContain('[hostile-feed](integrations/hostile-feed.md)');
  });

  it('link each hazard to its spec line, relative to the page', async () => {
    const { f, analysis } = estate();
    const page = text(
      (await emitClinical(f, analysis)).files.get('clinical-safety/integrations/nightly-results.md'),
    );
    expect(page).toMatch(
      /\[specs\/nightly-results\.yaml:\d+\]\(\.\.\/\.\.\/\.\.\/specs\/nightly-results\.yaml#L\d+\)/,
    );
    expect(page).toContain('## nightly-results/H04: Out-of-date data shown for direct care');
  });

  it('hazards.json round-trips the log', async () => {
    const { f, analysis } = estate();
    const json = JSON.parse(
      text((await emitClinical(f, analysis)).files.get('clinical-safety/hazards.json')),
    ) as { hazards: Array<{ id: string }> };
    expect(json.hazards.map((h) => h.id)).toEqual(analysis.hazards!.hazards.map((h) => h.id));
  });

  it('a broken organisation template is a diagnostic with its file, not a crash', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'govspec-templates-'));
    mkdirSync(join(dir, 'clinical'));
    writeFileSync(join(dir, 'clinical', 'hazard-log.hbs'), '# Log\n\n{{#each hazards}\n');
    const { f, analysis } = estate();
    const { files, diagnostics } = await emitClinical(f, analysis, { templatesDir: dir });
    expect(files.has('clinical-safety/hazard-log.md')).toBe(false);
    expect(diagnostics.map((d) => d.code)).toContain('template-error');
    expect(diagnostics.find((d) => d.code === 'template-error')!.location?.file).toBe(
      join(dir, 'clinical', 'hazard-log.hbs'),
    );
  });
});

describe('Clinical Safety Case Report', () => {
  const roles = [
    ['manufacturer', 'DCB0129 v4.2', 'DCB0160 v3.2', 'release for deployment'],
    ['deploying-organisation', 'DCB0160 v3.2', 'DCB0129 v4.2', 'deployment and use'],
  ] as const;

  it.each(roles)('is worded for a %s', async (role, has, hasNot, safeFor) => {
    const { f, analysis } = estate(
      baseConfig({
        organisation: { name: 'Example NHS Trust', ods: 'RXX', role, cso: { name: 'Dr Jane Okafor' } },
      }),
    );
    const { files } = await emitClinical(f, analysis);
    const report = text(files.get('clinical-safety/safety-case-report.md'));
    expect(report).toContain(has);
    expect(report).not.toContain(hasNot);
    expect(report).toContain(`acceptably safe for ${safeFor}`);
    const doc = strFromU8(
      unzipSync(files.get('clinical-safety/safety-case-report.docx') as Uint8Array)['word/document.xml']!,
    );
    expect(doc).toContain(has);
    expect(doc).toContain('Clinical Safety Officer');
  });

  it('for both roles names both standards, and lists open hazards, controls, evidence and gate issues', async () => {
    const { f, analysis } = estate(
      baseConfig({
        organisation: {
          name: 'Example NHS Trust',
          ods: 'RXX',
          role: 'both',
          cso: { name: 'Dr Jane Okafor' },
        },
      }),
    );
    const { files } = await emitClinical(f, analysis);
    const report = text(files.get('clinical-safety/safety-case-report.md'));
    expect(report).toContain('DCB0129 v4.2');
    expect(report).toContain('DCB0160 v3.2');
    expect(report).toContain(
      '| hostile-feed/H05 | Design | \\+Alert when no messages for 30 minutes | not stated | docs/runbooks/feed.md |',
    );
    expect(report).toContain(
      '- nightly-results/H04: Out-of-date data shown for direct care (initial rating 3)',
    );
    expect(report).toContain('| Clinical Safety Officer | Dr Jane Okafor |');
    expect(report).toContain('| Clinical Safety Officer | | | |');
  });

  it('the docx is byte-identical across builds', async () => {
    const { f, analysis } = estate();
    const a = (await emitClinical(f, analysis)).files.get(
      'clinical-safety/safety-case-report.docx',
    ) as Uint8Array;
    const b = (await emitClinical(f, analysis)).files.get(
      'clinical-safety/safety-case-report.docx',
    ) as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('template overrides', () => {
  it('use the organisation template when config names a folder, with spec text still escaped', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'govspec-templates-'));
    mkdirSync(join(dir, 'clinical'));
    writeFileSync(
      join(dir, 'clinical', 'integration.hbs'),
      'LOCAL {{title}}\n{{#each hazards}}- {{number}}: {{title}}\n{{/each}}',
    );
    const { f, analysis } = estate();
    const { files, diagnostics } = await emitClinical(f, analysis, { templatesDir: dir });
    expect(diagnostics).toEqual([]);
    const page = text(files.get('clinical-safety/integrations/hostile-feed.md'));
    expect(page.startsWith('LOCAL \\=HYPERLINK("http://x","click")\n')).toBe(true);
    expect(page).toContain('- hostile-feed/H05: Integration fails silently');
    // Templates not overridden still come from govspec.
    expect(text(files.get('clinical-safety/hazard-log.md'))).toMatch(/^# Clinical hazard log: /);
  });

  it('integration pages carry no build date or commit, so unrelated builds do not change them', async () => {
    const { f, analysis } = estate();
    const a = await emitClinical(f, analysis, { build: { commit: 'a'.repeat(40), date: '2026-01-01' } });
    const b = await emitClinical(f, analysis, { build: { commit: 'b'.repeat(40), date: '2026-02-02' } });
    expect(a.files.get('clinical-safety/integrations/hostile-feed.md')).toBe(
      b.files.get('clinical-safety/integrations/hostile-feed.md'),
    );
    expect(a.files.get('clinical-safety/hazard-log.md')).not.toBe(
      b.files.get('clinical-safety/hazard-log.md'),
    );
  });
});
