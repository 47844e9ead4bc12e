import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCommand } from '../helpers/commands.js';
import { examplePack } from './pack-fixture.js';

const chromium = '/usr/bin/chromium';

/**
 * The auditor's view: index.html opened from an extracted copy of the bundle in a real browser,
 * with nothing served. It must load, run no scripts, fetch nothing, and every link must land on
 * a file of the bundle (or an anchor on the page).
 */
describe.skipIf(!existsSync(chromium))('index.html in headless Chromium (needs Chromium)', () => {
  let folder: string;
  let profile: string;
  beforeAll(async () => {
    const pack = await examplePack();
    folder = mkdtempSync(join(tmpdir(), 'govspec-pack-'));
    profile = mkdtempSync(join(tmpdir(), 'govspec-chromium-'));
    for (const [name, content] of Object.entries(unzipSync(pack.bundle!.bytes))) {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('loads offline, with no scripts or external requests, and every link resolves inside the bundle', async () => {
    const { launch } = await import('puppeteer-core');
    const browser = await launch({
      executablePath: chromium,
      headless: true,
      userDataDir: profile,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const index = pathToFileURL(join(folder, 'index.html')).href;
      const response = await page.goto(index, { waitUntil: 'load' });
      expect(response?.ok() ?? true).toBe(true);
      expect(await page.title()).toContain('DSPT evidence pack');
      expect(requests).toEqual([index]);
      expect(await page.$$eval('script, link[rel], img, iframe, object, embed', (n) => n.length)).toBe(0);
      const text = await page.$eval('body', (b) => (b as HTMLElement).innerText);
      expect(text).toContain('Riverside Valley Hospitals NHS Trust');
      expect(text).toMatch(/\d+ evidenced, \d+ partial/);

      const links = await page.$$eval('a[href]', (as) =>
        as.map((a) => ({ raw: a.getAttribute('href')!, href: (a as HTMLAnchorElement).href })),
      );
      expect(links.length).toBeGreaterThan(20);
      for (const { raw, href } of links) {
        if (raw.startsWith('#')) {
          const id = decodeURIComponent(raw.slice(1));
          expect(await page.evaluate((x) => document.getElementById(x) !== null, id), raw).toBe(true);
          continue;
        }
        expect(href.startsWith('file://'), raw).toBe(true);
        const path = fileURLToPath(href);
        const inside = relative(folder, path);
        expect(inside.startsWith('..'), raw).toBe(false);
        expect(existsSync(path), raw).toBe(true);
      }
      // Every artefact in the bundle is reachable from the index.
      const linked = new Set(
        links.filter((l) => !l.raw.startsWith('#')).map((l) => relative(folder, fileURLToPath(l.href))),
      );
      for (const name of [
        'manifest.json',
        'provenance.json',
        'index.md',
        'artefacts/records/retention-schedule.xlsx',
      ])
        expect(linked).toContain(name);
      expect(linked).toContain('sources/docs/runbooks/pds-lookup.md');

      // Printed on A4, as an auditor would: every status word stays whole on its line.
      if (hasCommand('pdftotext')) {
        const pdf = join(folder, 'printed.pdf');
        writeFileSync(
          pdf,
          await page.pdf({
            format: 'A4',
            printBackground: true,
            margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
          }),
        );
        const printed = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout;
        const statuses = await page.$$eval('td.status', (tds) => tds.map((td) => td.textContent ?? ''));
        expect(statuses.length).toBeGreaterThan(20);
        const lines = printed.split('\n').map((l) => l.trim());
        for (const label of new Set(statuses)) {
          const word = label.split(' ')[0]!;
          // A label broken mid-word leaves a line that starts with its tail ("Evidence" / "d").
          for (let cut = 1; cut < word.length; cut++)
            expect(lines, `"${word}" broken after "${word.slice(0, cut)}"`).not.toContain(word.slice(cut));
        }
        expect(printed.match(/\bEvidenced\b/g)?.length ?? 0).toBeGreaterThanOrEqual(
          statuses.filter((s) => s === 'Evidenced').length,
        );
      }
    } finally {
      await browser.close();
    }
  });
});
