import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { generate } from '../../src/pipeline/generate.js';
import { FsEmitCache } from '../../src/emit/cache.js';
import type { EmitCache } from '../../src/emit/cache.js';
import { browserPath } from '../../src/emit/diagrams/browser.js';
import { checkOutput, writeOutput } from '../../src/emit/writer.js';
import { isKept } from '../../src/emit/types.js';

/**
 * The example estate through the real pipeline (compile, emit, write) in a scratch copy, so the
 * diagram cache and the generated folder are the test's own.
 */
const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const hasBrowser = existsSync(browserPath());
const hostileTitle = 'Discharge "]; click A "javascript:alert(1)" <img src=x onerror=alert(1)>';
const env = { SOURCE_DATE_EPOCH: '1790000000' };

function scratchEstate(only?: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'govspec-privacy-'));
  if (only) for (const s of only) cpSync(join(repo, 'specs', s), join(dir, 'specs', s), { recursive: true });
  else cpSync(join(repo, 'specs'), join(dir, 'specs'), { recursive: true });
  cpSync(join(repo, 'govspec.config.yaml'), join(dir, 'govspec.config.yaml'));
  const discharge = readFileSync(join(dir, 'specs/shared-care/discharge-summary-to-gp.yaml'), 'utf8');
  writeFileSync(
    join(dir, 'specs/hostile-title.yaml'),
    discharge
      .replace(/^id: .*$/m, 'id: hostile-title')
      .replace(/^title: .*$/m, `title: '${hostileTitle.replace(/'/g, "''")}'`)
      .replace(/^privacyRisks:[\s\S]*$/m, ''),
  );
  return dir;
}

async function build(dir: string, browser = browserPath(), cache?: EmitCache) {
  const before = process.env.GOVSPEC_CHROMIUM;
  process.env.GOVSPEC_CHROMIUM = browser;
  try {
    const result = await generate({
      host: new FsHost(dir),
      fallbackAsOf: '2026-11-25',
      env,
      ...(cache ? { cache } : {}),
    });
    expect(
      result.files,
      result.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.message)
        .join('\n'),
    ).toBeDefined();
    const report = writeOutput(join(dir, 'generated'), result.files!);
    return { ...result, report, files: result.files! };
  } finally {
    if (before === undefined) delete process.env.GOVSPEC_CHROMIUM;
    else process.env.GOVSPEC_CHROMIUM = before;
  }
}

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(join(dir, p)));
    }
  };
  walk('generated/privacy');
  return out;
}

const notRendered = (r: { diagnostics: Array<{ code: string }> }) =>
  r.diagnostics.filter((d) => d.code === 'privacy-diagrams-not-rendered').length;

describe.skipIf(!hasBrowser)('privacy artefacts for the example estate (needs Chromium)', () => {
  let dir: string;
  let first: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    dir = scratchEstate();
    first = await build(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a DPIA section per integration with personal data, the annex and every diagram', () => {
    const privacy = first.compiled.analysis.privacy!;
    const withData = Object.keys(privacy.integrations).filter((id) => privacy.integrations[id]!.personalData);
    expect(withData.length).toBeGreaterThanOrEqual(10);
    const written = new Set(first.files.filter((f) => !isKept(f)).map((f) => f.path));
    for (const id of [...withData, 'estate']) {
      for (const ext of ['mmd', 'svg', 'png']) expect(written).toContain(`privacy/diagrams/${id}.${ext}`);
    }
    for (const id of withData)
      for (const ext of ['md', 'docx']) expect(written).toContain(`privacy/${id}.dpia.${ext}`);
    expect(written).toContain('privacy/data-flows.md');
    expect(written).toContain('privacy/data-flows.docx');
    expect(notRendered(first)).toBe(0);
  });

  it('raises the expected risks for the discharge summary to GP practices and the planning extract', () => {
    const risks = (id: string) => first.compiled.analysis.privacy!.integrations[id]!.risks.map((r) => r.id);
    expect(risks('discharge-summary-to-gp')).toEqual(
      expect.arrayContaining(['privacy-free-text', 'privacy-message-log-retention']),
    );
    expect(risks('ed-attendances-to-planning')).toEqual(
      expect.arrayContaining([
        'privacy-secondary-implied-consent',
        'privacy-opt-out-not-addressed',
        'privacy-items-not-justified',
        'privacy-free-text',
        'privacy-processor-no-agreement',
        'privacy-use-beyond-purpose',
        'privacy-not-informed',
      ]),
    );
    // SFTP with TLS over the internet is the NHS norm (Internet First), not a risk by itself.
    expect(risks('ed-attendances-to-planning')).not.toContain('privacy-external-unprotected');
  });

  it('shows a hostile title as literal text in the Markdown, the diagram and the docx', () => {
    const md = readFileSync(join(dir, 'generated/privacy/hostile-title.dpia.md'), 'utf8');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('"]; click');
    expect(md).toContain(
      '# DPIA data-flow section: Discharge "\\]; click A "javascript:alert(1)" &lt;img src=x onerror=alert(1)&gt;\n',
    );
    const mmd = readFileSync(join(dir, 'generated/privacy/diagrams/hostile-title.mmd'), 'utf8');
    expect(mmd).toContain(
      'Discharge #34;#93;#59; click A #34;javascript:alert(1)#34; #60;img src#61;x onerror#61;alert(1)#62;',
    );
    expect(mmd.split('\n').filter((l) => /^\s*click\b/.test(l))).toEqual([]);
    const svg = readFileSync(join(dir, 'generated/privacy/diagrams/hostile-title.svg'), 'utf8');
    expect(svg).toContain('&lt;img');
    expect((svg.match(/<[^>]*>/g) ?? []).filter((t) => /^<\/?(img|a|script)\b|\son\w+\s*=/i.test(t))).toEqual(
      [],
    );
  });
});

/** Where renderings come from on later builds: a few specs are enough, and keep the browser's work small. */
describe.skipIf(!hasBrowser)('diagram renderings on later builds (needs Chromium)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = scratchEstate(['shared-care/discharge-summary-to-gp.yaml', 'shared-care/pds-lookup.yaml']);
    expect(notRendered(await build(dir))).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives byte-identical files on a second build that renders no diagram (no browser, no cache)', async () => {
    const before = snapshot(dir);
    rmSync(join(dir, '.govspec-cache'), { recursive: true, force: true });
    const second = await build(dir, '/nonexistent/chromium');
    expect(notRendered(second)).toBe(0);
    expect(second.report.written).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('renders from the content-addressed cache when the generated renderings are gone', async () => {
    const before = snapshot(dir);
    const dropRenderings = () => {
      for (const f of readdirSync(join(dir, 'generated/privacy/diagrams'))) {
        if (!f.endsWith('.mmd')) rmSync(join(dir, 'generated/privacy/diagrams', f));
      }
    };
    dropRenderings();
    await build(dir); // renders again, into the cache
    expect(snapshot(dir)).toEqual(before);
    dropRenderings();
    const third = await build(dir, '/nonexistent/chromium');
    expect(notRendered(third)).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe.skipIf(!hasBrowser)('privacy artefacts and the build cache (needs Chromium)', () => {
  it('keys a Word section on its picture, so the next build with a browser completes it and later builds reuse it', async () => {
    const dir = scratchEstate(['shared-care/discharge-summary-to-gp.yaml']);
    try {
      const cache = () => new FsEmitCache(join(dir, '.govspec-cache', 'emit'));
      const docx = 'generated/privacy/discharge-summary-to-gp.dpia.docx';
      const first = await build(dir, '/nonexistent/chromium', cache());
      expect(first.diagnostics.filter((d) => d.code === 'privacy-diagrams-not-rendered')).toHaveLength(1);
      const without = readFileSync(join(dir, docx));
      const second = await build(dir, browserPath(), cache());
      expect(second.diagnostics.filter((d) => d.code.startsWith('privacy-d'))).toEqual([]);
      const withPicture = readFileSync(join(dir, docx));
      expect(withPicture.length).toBeGreaterThan(without.length + 10_000);
      const third = await build(dir, '/nonexistent/chromium', cache());
      expect(third.report.written).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('privacy artefacts without a browser', () => {
  it('says which diagrams were not drawn, keeps no earlier picture of a changed one, and marks the documents', async () => {
    const dir = scratchEstate(['shared-care/discharge-summary-to-gp.yaml', 'shared-care/pds-lookup.yaml']);
    try {
      // A rendering from an earlier build: one whose source is unchanged, one whose source changed.
      const diagrams = join(dir, 'generated/privacy/diagrams');
      mkdirSync(diagrams, { recursive: true });
      const first = await build(dir, '/nonexistent/chromium');
      // The estate diagram's source as an earlier build left it: the next build must redraw it.
      writeFileSync(join(diagrams, 'estate.mmd'), 'flowchart LR\n  a --> b\n');
      const result = await build(dir, '/nonexistent/chromium');
      const info = result.diagnostics.filter((d) => d.code === 'privacy-diagrams-not-rendered');
      expect(info).toHaveLength(1);
      expect(notRendered(first)).toBe(1);
      expect(info[0]!.severity).toBe('info');
      expect(info[0]!.message).toContain('apt-get install chromium');
      expect(info[0]!.message).toContain('privacy/diagrams/estate');
      const paths = new Set(result.files.map((f) => f.path));
      // The changed diagram has no picture, not the earlier one.
      expect(paths.has('privacy/diagrams/estate.mmd')).toBe(true);
      expect(paths.has('privacy/diagrams/estate.svg')).toBe(false);
      expect(existsSync(join(diagrams, 'estate.png'))).toBe(false);
      expect(result.files.filter(isKept)).toEqual([]);
      const annex = readFileSync(join(dir, 'generated/privacy/data-flows.md'), 'utf8');
      expect(annex).toContain('**The diagram was not drawn in this build**');
      expect(annex).not.toContain('[PNG](diagrams/estate.png)');
      // A rendering planted since the build, which govspec did not write, is reported.
      expect(checkOutput(join(dir, 'generated'), result.files)).toEqual([]);
      writeFileSync(join(dir, 'generated/privacy/diagrams/estate.svg'), '<svg/>');
      expect(checkOutput(join(dir, 'generated'), result.files)).toEqual([
        { path: 'privacy/diagrams/estate.svg', kind: 'not a file govspec wrote' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const hasLibreOffice = (() => {
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasLibreOffice)('the DPIA .docx in LibreOffice (needs LibreOffice and pdftotext)', () => {
  it('converts to PDF with its title page, numbered headings, page numbers and the hostile title as text', async () => {
    const dir = scratchEstate();
    try {
      await build(dir, '/nonexistent/chromium');
      const profile = mkdtempSync(join(tmpdir(), 'govspec-lo-'));
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'generated/privacy/hostile-title.dpia.docx'),
        ],
        { stdio: 'ignore' },
      );
      rmSync(profile, { recursive: true, force: true });
      const text = execFileSync('pdftotext', [
        '-layout',
        join(dir, 'hostile-title.dpia.pdf'),
        '-',
      ]).toString();
      expect(text).toContain('Riverside Valley Hospitals NHS Trust');
      expect(text.replace(/\s+/g, ' ')).toContain(
        'click A "javascript:alert(1)" <img src=x onerror=alert(1)>',
      );
      expect(text).toMatch(/1\s+Description of the processing \(ICO step 2\)/);
      expect(text).toMatch(/6\s+Sign off and outcomes \(ICO step 7\)/);
      expect(text).toMatch(/Page 2 of \d+/);
      expect(text).toContain('Overall risk combines the likelihood and the severity of harm');
      expect(text).not.toContain('govspec default');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
