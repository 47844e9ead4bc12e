import { buildSheetName } from '../../src/emit/office/decision-sheet.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { hasCommand, libreOfficeConvert } from '../helpers/commands.js';
import { makeRepo, removeRepos, repoRoot, runCli } from '../helpers/estate.js';
import type { TempRepo } from '../helpers/estate.js';

/**
 * The hazard log workbook round trip through the real commands: build, fill in the Decisions
 * sheet (with exceljs, and through LibreOffice), import, read the specs' diff, build again.
 */

const fixtureDir = join(repoRoot, 'test', 'fixtures', 'decisions');
const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium', SOURCE_DATE_EPOCH: '1767225600' };
const lims = 'specs/lims-results-to-epr.yaml';
const pds = 'specs/pds-lookup.yaml';
const workbookPath = 'generated/clinical-safety/hazard-log.xlsx';

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The fixture built once per file; each test gets its own copy of it, generated/ included. */
let built: TempRepo | undefined;
function builtRepo(): TempRepo {
  if (!built) {
    built = makeRepo({ config: null, files: files(fixtureDir) });
    const run = runCli(['build'], built.root, env);
    expect(run.code, run.stderr).toBe(0);
  }
  const repo = makeRepo({ config: null });
  cpSync(built.root, repo.root, { recursive: true });
  return repo;
}

async function decisionsSheet(repo: TempRepo, path = workbookPath, sheet = 'Decisions') {
  const wb = await openWorkbook(new Uint8Array(repo.read(path)));
  const ws = wb.getWorksheet(sheet)!;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
  const rowOf = (hazard: string) => {
    for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === hazard) return r;
    throw new Error(`no row for ${hazard}`);
  };
  const cell = (hazard: string, header: string): ExcelJS.Cell => ws.getCell(rowOf(hazard), col.get(header)!);
  return { wb, ws, col, rowOf, cell };
}

/** Folders outside the repositories for edited workbooks (the CSO's downloads folder). */
const outside: string[] = [];
function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govspec-workbooks-'));
  outside.push(dir);
  return dir;
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(outsideFolder(), `${name}.xlsx`);
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

type Entry = Record<string, unknown>;
const entry = (text: string, derived: string): Entry =>
  ((parse(text) as { hazards: Entry[] }).hazards ?? []).find((h) => h.derived === derived)!;

/** Every field of the Decisions sheet, on three rows: a decided hazard, a closed one and an undecided one. */
async function editEveryField(repo: TempRepo) {
  const s = await decisionsSheet(repo);
  const h07 = 'lims-results-to-epr/H07';
  s.cell(h07, 'Decision').value = 'Accepted';
  s.cell(h07, 'Residual likelihood').value = 'Very Low';
  s.cell(h07, 'Residual consequence').value = 'Major';
  s.cell(h07, 'Controls').value =
    `${String(s.cell(h07, 'Controls').value)}\nTest: Replay a week of duplicates before each release | status: planned`;
  s.cell(h07, 'Rationale').value = 'Detection is in place; further reduction is impractical.';
  s.cell(h07, 'Approved by (residual 4)').value = 'Medical Director';
  s.cell(h07, 'Decided by').value = 'Dr Sam Lee';
  s.cell(h07, 'Decided on').value = new Date(Date.UTC(2026, 10, 25));
  s.cell('lims-results-to-epr/H13', 'Closure reason').value = 'Both ends now run HL7 v2.5.1 (CHG-2026-0900).';
  const h10 = 'lims-results-to-epr/H10';
  s.cell(h10, 'Decision').value = 'Transferred';
  s.cell(h10, 'Transferred to').value = 'Analyser supplier (fictional)';
  s.cell(h10, 'Residual likelihood').value = 'Low';
  s.cell(h10, 'Residual consequence').value = 'Minor';
  s.cell(h10, 'Rationale').value =
    "Time stamps are set by the analyser, under its manufacturer's DCB 0129 case.";
  s.cell(h10, 'Decided by').value = 'Dr Sam Lee';
  s.cell(h10, 'Decided on').value = '20/11/2026';
  return s.wb;
}

function expectEveryField(after: string): void {
  expect(entry(after, 'duplicate-or-out-of-order')).toEqual({
    derived: 'duplicate-or-out-of-order',
    decision: 'accepted',
    controls: [
      {
        kind: 'design',
        text: 'Enable Rhapsody duplicate detection on sending application and MSH-10 control id.',
        evidence: 'https://change.riverside.example.nhs.uk/CHG-2026-0412',
      },
      { kind: 'test', text: 'Replay a week of duplicates before each release', status: 'planned' },
    ],
    residual: { likelihood: 'very-low', severity: 'major' },
    rationale: 'Detection is in place; further reduction is impractical.',
    decidedBy: 'Dr Sam Lee',
    decidedOn: '2026-11-25',
    approvedBy: 'Medical Director',
  });
  expect(entry(after, 'version-mismatch').closure).toBe('Both ends now run HL7 v2.5.1 (CHG-2026-0900).');
  expect(entry(after, 'time-zone-ambiguity')).toEqual({
    derived: 'time-zone-ambiguity',
    decision: 'transferred',
    transferredTo: 'Analyser supplier (fictional)',
    residual: { likelihood: 'low', severity: 'minor' },
    rationale: "Time stamps are set by the analyser, under its manufacturer's DCB 0129 case.",
    decidedBy: 'Dr Sam Lee',
    decidedOn: '2026-11-20',
  });
}

/** The lines of `before` that are not in `after` (counting repeats) are only the decision values the workbook changed. */
function expectOnlyDecisionLinesChanged(before: string, after: string): void {
  const left = new Map<string, number>();
  for (const l of after.split('\n')) left.set(l, (left.get(l) ?? 0) + 1);
  const removed = before.split('\n').filter((l) => {
    const n = left.get(l) ?? 0;
    left.set(l, n - 1);
    return n <= 0;
  });
  expect(removed.map((l) => l.trim().split(':')[0]).sort()).toEqual([
    'closure',
    'decidedBy',
    'decidedOn',
    'decision',
    'rationale',
    'residual',
  ]);
  for (const comment of before.split('\n').filter((l) => l.trim().startsWith('#') || l.includes(' # ')))
    expect(after.split('\n')).toContain(comment);
}

afterAll(() => {
  removeRepos();
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('decisions import: the round trip', () => {
  it('writes every decision field into the right spec, keeps its comments, leaves other specs alone, and the next build shows it', async () => {
    const repo = builtRepo();
    const before = { lims: repo.read(lims).toString('utf8'), pds: repo.read(pds) };
    const edited = await save(await editEveryField(repo), 'edited');

    const dry = runCli(['decisions', 'import', edited, '--dry-run'], repo.root);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`--- a/${lims}\n+++ b/${lims}\n@@ `);
    expect(dry.stdout).toContain('\n-    decision: mitigate\n+    decision: accepted\n');
    expect(dry.stdout).toContain('Would change 3 hazard decisions in 1 spec');
    expect(repo.read(lims).toString('utf8')).toBe(before.lims);

    const run = runCli(['decisions', 'import', edited], repo.root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      dry.stdout.replace(
        /Would change (.*) \(dry run: nothing written\)\./,
        'Changed $1. Review with git diff, then propose the change through a pull request.',
      ),
    );
    const after = repo.read(lims).toString('utf8');
    expectEveryField(after);
    expectOnlyDecisionLinesChanged(before.lims, after);
    expect(repo.read(pds).equals(before.pds)).toBe(true);

    // The next build reads the decisions: the log shows them and the gate passes.
    const rebuilt = runCli(['build'], repo.root, env);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    const log = JSON.parse(repo.read('generated/clinical-safety/hazards.json').toString('utf8')) as {
      hazards: Array<Record<string, unknown>>;
    };
    const h07 = log.hazards.find((h) => h.number === 'lims-results-to-epr/H07')!;
    expect(h07).toMatchObject({
      decision: 'accepted',
      decidedBy: 'Dr Sam Lee',
      approvedBy: 'Medical Director',
    });
    expect(log.hazards.find((h) => h.number === 'lims-results-to-epr/H10')).toMatchObject({
      status: 'transferred',
      transferredTo: 'Analyser supplier (fictional)',
    });
    const next = await decisionsSheet(repo);
    expect(next.cell('lims-results-to-epr/H07', 'Residual consequence').value).toBe('Major');
    expect(next.cell('lims-results-to-epr/H10', 'Decision').value).toBe('Transferred');

    // The new workbook, untouched, changes nothing; the old one is now from a different build.
    const again = runCli(['decisions', 'import', workbookPath], repo.root);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('nothing to change');
    const stale = runCli(['decisions', 'import', edited], repo.root);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('decisions-workbook-stale');
    expect(stale.stderr).toContain(`was built from a different version of ${lims}`);
    expect(stale.stderr).toContain('No spec was changed.');
    expect(repo.read(lims).toString('utf8')).toBe(after);
  });

  it('writes every IG decision field from the privacy risk register into the specs', async () => {
    const repo = builtRepo();
    const before = repo.read(lims).toString('utf8');
    const s = await decisionsSheet(repo, 'generated/privacy/risk-register.xlsx', 'Privacy risks');
    // The row of the PDS lookup's identifiers risk, by the flow and risk the reader sees.
    let pdsRisk = '';
    s.ws.eachRow((row) => {
      const [, number, , risk] = row.values as unknown[];
      if (String(number).startsWith('pds-lookup/R') && /identifiers/i.test(String(risk)))
        pdsRisk = String(number);
    });
    expect(pdsRisk).toMatch(/^pds-lookup\/R\d+$/);
    const limsRisk = String(s.ws.getCell(2, 1).value);
    expect(limsRisk.startsWith('lims-results-to-epr/')).toBe(true);
    // Which rule a row's number stands for is in the workbook's build record.
    const ruleOf = (ws: typeof s.ws, number: string): string => {
      let rule = '';
      ws.workbook.getWorksheet(buildSheetName)?.eachRow((row) => {
        const v = row.values as unknown[];
        if (v[1] === 'entry' && v[2] === number) rule = String(v[5]);
      });
      return rule;
    };
    expect(ruleOf(s.ws, limsRisk)).toMatch(/^privacy-/);
    s.cell(pdsRisk, 'Effect on risk').value = 'Reduced';
    s.cell(pdsRisk, 'Residual risk').value = 'Medium';
    s.cell(pdsRisk, 'Measures (one a line)').value =
      `${String(s.cell(pdsRisk, 'Measures (one a line)').value)}\nAccess log reviewed monthly by the IG team.`;
    s.cell(pdsRisk, 'Measure approved').value = 'No';
    s.cell(pdsRisk, 'Rationale').value = 'Awaiting the monthly review to start.';
    s.cell(pdsRisk, 'Decided by').value = 'Helen Marsh';
    s.cell(pdsRisk, 'Decided on').value = '2026-11-30';
    s.cell(limsRisk, 'Effect on risk').value = 'Accepted';
    s.cell(limsRisk, 'Residual risk').value = 'Low';
    s.cell(limsRisk, 'Measures (one a line)').value = 'Comments are limited to 2000 characters.';
    s.cell(limsRisk, 'Measure approved').value = 'Yes';
    s.cell(limsRisk, 'Rationale').value = 'Clinicians need the comments.';
    s.cell(limsRisk, 'Decided by').value = 'Helen Marsh';
    s.cell(limsRisk, 'Decided on').value = '30/11/2026';
    const run = runCli(['decisions', 'import', await save(s.wb, 'register')], repo.root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Changed 2 privacy risk decisions in 2 specs');
    const risks = (path: string) =>
      (parse(repo.read(path).toString('utf8')) as { privacyRisks: Entry[] }).privacyRisks;
    expect(risks(pds)[0]).toMatchObject({
      derived: 'privacy-identifiers-exposed',
      effect: 'reduced',
      residual: 'medium',
      approved: false,
      rationale: 'Awaiting the monthly review to start.',
      decidedBy: 'Helen Marsh',
      decidedOn: '2026-11-30',
    });
    expect((risks(pds)[0]!.measures as string[]).at(-1)).toBe('Access log reviewed monthly by the IG team.');
    expect(risks(lims).at(-1)).toEqual({
      derived: ruleOf(s.ws, limsRisk),
      effect: 'accepted',
      residual: 'low',
      measures: ['Comments are limited to 2000 characters.'],
      approved: true,
      rationale: 'Clinicians need the comments.',
      decidedBy: 'Helen Marsh',
      decidedOn: '2026-11-30',
    });
    // Only the new privacyRisks entry was added to the LIMS spec; its hazards are as they were.
    expect(repo.read(lims).toString('utf8').startsWith(before)).toBe(true);
    const rebuilt = runCli(['build'], repo.root, env);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    const next = await decisionsSheet(repo, 'generated/privacy/risk-register.xlsx', 'Privacy risks');
    expect(next.cell(limsRisk, 'Effect on risk').value).toBe('Accepted');
    expect(next.cell(pdsRisk, 'Measure approved').value).toBe('No');
  });

  it.skipIf(!hasCommand('soffice'))('reads back a workbook that LibreOffice has rewritten', async () => {
    const repo = builtRepo();
    const before = repo.read(lims).toString('utf8');
    const edited = await save(await editEveryField(repo), 'lo-source');
    const out = outsideFolder();
    libreOfficeConvert(out, 'xlsx:Calc MS Excel 2007 XML', [edited]);
    const rewritten = join(out, edited.split('/').pop()!);
    // LibreOffice wrote its own file (not a copy of exceljs's bytes).
    expect(readFileSync(rewritten).equals(readFileSync(edited))).toBe(false);
    const run = runCli(['decisions', 'import', rewritten], repo.root);
    expect(run.code, run.stderr).toBe(0);
    const after = repo.read(lims).toString('utf8');
    expectEveryField(after);
    expectOnlyDecisionLinesChanged(before, after);
  });

  it('refuses a workbook with bad cells, naming each cell, and changes nothing', async () => {
    const repo = builtRepo();
    const before = { lims: repo.read(lims), pds: repo.read(pds) };
    const s = await decisionsSheet(repo);
    s.cell('lims-results-to-epr/H07', 'Decision').value = 'Maybe';
    s.cell('lims-results-to-epr/H02', 'Residual likelihood').value = 'Low';
    s.cell('lims-results-to-epr/H08', 'Controls').value = 'Firewall: blocks wrong codes';
    s.cell('lims-results-to-epr/H09', 'Decided on').value = 'next week';
    s.cell('lims-results-to-epr/H10', 'Rationale').value = {
      formula: 'HYPERLINK("http://x","y")',
      result: 'y',
    } as ExcelJS.CellValue;
    s.cell('pds-lookup/H01', 'Decided by').value = 'Dr Changed'; // valid, but the workbook is refused whole
    const bad = await save(s.wb, 'bad');
    const run = runCli(['decisions', 'import', bad], repo.root);
    expect(run.code).toBe(1);
    const cellOf = (hazard: string, header: string) =>
      `${String.fromCharCode(64 + s.col.get(header)!)}${s.rowOf(hazard)}`;
    const expected: Array<[string, string, RegExp]> = [
      [
        'lims-results-to-epr/H07',
        'Decision',
        /"Maybe" is not one of Accepted, Mitigate, Transferred, Closed/,
      ],
      ['lims-results-to-epr/H02', 'Residual consequence', /is empty but the other residual cell is filled/],
      ['lims-results-to-epr/H08', 'Controls', /does not start with the kind of control/],
      ['lims-results-to-epr/H09', 'Decided on', /"next week" is not a date/],
      ['lims-results-to-epr/H10', 'Rationale', /holds a formula, which govspec never runs/],
    ];
    for (const [hazard, header, what] of expected) {
      const line = run.stderr
        .split('\n')
        .find((l) => l.includes(`cell ${cellOf(hazard, header)} (${header})`));
      expect(line, `${hazard} ${header}`).toMatch(what);
      expect(line).toContain('sheet "Decisions"');
      expect(line).toContain(`${s.rowOf(hazard)}:${s.col.get(header)}`);
    }
    expect(run.stderr.match(/decisions-cell-invalid/g)).toHaveLength(expected.length);
    expect(run.stdout).toBe('');
    expect(repo.read(lims).equals(before.lims)).toBe(true);
    expect(repo.read(pds).equals(before.pds)).toBe(true);
  });

  it('refuses a workbook built before the spec changed, even when the version is the same', async () => {
    const repo = builtRepo();
    const s = await decisionsSheet(repo);
    s.cell('lims-results-to-epr/H07', 'Decided by').value = 'Dr Sam Lee';
    const edited = await save(s.wb, 'stale');
    const changed = repo
      .read(lims)
      .toString('utf8')
      .replace('Pathology IT reviews the unit map', 'Pathology IT checks the unit map');
    repo.write(lims, changed);
    const run = runCli(['decisions', 'import', edited], repo.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('decisions-workbook-stale');
    expect(run.stderr).toContain('still at version');
    expect(repo.read(lims).toString('utf8')).toBe(changed);
  });

  it('refuses a file that is not a workbook govspec built', async () => {
    const repo = builtRepo();
    const s = await decisionsSheet(repo);
    s.wb.removeWorksheet(s.wb.getWorksheet('govspec build')!.id);
    const stripped = await save(s.wb, 'stripped');
    const run = runCli(['decisions', 'import', stripped], repo.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('decisions-workbook-unknown');
    // A build record edited to point a row at another hazard's entry is caught.
    const t = await decisionsSheet(repo);
    const record = t.wb.getWorksheet('govspec build')!;
    record.eachRow((row) => {
      if (row.getCell(2).value === 'lims-results-to-epr/H07') row.getCell(6).value = '/hazards/0';
    });
    t.cell('lims-results-to-epr/H07', 'Decided by').value = 'Dr Sam Lee';
    const tampered = runCli(['decisions', 'import', await save(t.wb, 'tampered')], repo.root);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(
      'records lims-results-to-epr/H07 at an entry of its spec that holds something else',
    );
    writeFileSync(stripped, 'not a zip');
    const text = runCli(['decisions', 'import', stripped], repo.root);
    expect(text.stderr).toContain('decisions-workbook-unreadable');
    expect(text.code).toBe(1);
  });
});
