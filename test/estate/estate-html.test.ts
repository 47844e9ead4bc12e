import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderEstateHtml } from '../../src/emit/estate/estate-html.js';
import { estateView } from '../../src/emit/estate/estate-view.js';
import { hasChromium, launch } from './browser.js';
import { sampleEstate } from './fixtures.js';

const html = renderEstateHtml(estateView(sampleEstate(), '2026-11-25', 'abcdef0123456789'));

describe('estate HTML as text', () => {
  test('one self-contained file: no external resource, a CSP that allows only its own script', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*'/,
    );
    expect(html).not.toMatch(/url\(|@import/);
  });

  test('spec text is escaped', () => {
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<b>Team</b>');
    expect(html).toContain('&lt;script&gt;window.__pwned &#61; 1&lt;/script&gt;');
  });

  test('the same view renders the same bytes', () => {
    expect(renderEstateHtml(estateView(sampleEstate(), '2026-11-25', 'abcdef0123456789'))).toBe(html);
  });
});

describe.skipIf(!hasChromium)('estate HTML in headless Chromium (needs Chromium)', () => {
  let close: (() => Promise<void>) | undefined;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'govspec-estate-html-'));
  const errors: string[] = [];
  const requests: string[] = [];
  const file = join(dir, 'index.html');

  beforeAll(async () => {
    writeFileSync(file, html);
    const launched = await launch();
    close = launched.close;
    page = await launched.browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const column = (title: string) =>
    page.$$eval(
      '#estate thead th button',
      (bs, t) => bs.findIndex((b) => b.textContent?.trim() === t),
      title,
    );
  const cells = (index: number) =>
    page.$$eval(
      '#estate tbody:not(.totals) tr:not([hidden])',
      (trs, i) => trs.map((tr) => tr.cells[i]!.textContent!.trim()),
      index,
    );
  const ids = () =>
    page.$$eval('#estate tbody:not(.totals) tr:not([hidden])', (trs) =>
      trs.map((tr) => tr.cells[0]!.getAttribute('data-v')),
    );

  test('loads offline with no console errors and no other requests', async () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.$eval('html', (el) => el.classList.contains('js'))).toBe(true);
    expect(await page.$eval('#shown', (el) => el.textContent)).toBe('Showing 7 of 7 integrations.');
  });

  test('a title with <script> shows as text and does not run', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const titles = await page.$$eval('#estate td.integration strong', (els) => els.map((e) => e.textContent));
    expect(titles).toContain('<script>window.__pwned = 1</script> "><img src=x onerror="window.__pwned=2">');
  });

  test('sorting works from the header buttons, by mouse and by keyboard, and says so', async () => {
    const blanks = await column('Blanks');
    await page.click(`#estate thead th:nth-child(${blanks + 1}) button`);
    const ascending = (await cells(blanks)).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(
      await page.$eval(`#estate thead th:nth-child(${blanks + 1})`, (th) => th.getAttribute('aria-sort')),
    ).toBe('ascending');
    await page.focus(`#estate thead th:nth-child(${blanks + 1}) button`);
    await page.keyboard.press('Enter');
    const descending = (await cells(blanks)).map(Number);
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(await page.$eval('#shown', (el) => el.textContent)).toContain('Sorted by Blanks, descending.');
    // Blank cells sort last in either direction.
    const owner = await column('Owner');
    await page.click(`#estate thead th:nth-child(${owner + 1}) button`);
    expect((await cells(owner)).slice(-3).map((t) => t.slice(0, 7))).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
    // An integration nobody owns shows its end-of-life date beside the blank.
    expect(await cells(owner)).toContain('missingswitch off by 2027-05-25 (proposed)');
    await page.click('#estate thead th:nth-child(1) button');
    const byId = await ids();
    expect(byId).toEqual([...byId].sort());
    expect(byId).toHaveLength(7);
  });

  test('filtering by text, status and blanks, with a live count', async () => {
    await page.type('#q', 'orphan');
    expect(await ids()).toEqual(['orphan-admin', 'orphan-direct-care']);
    expect(await page.$eval('#shown', (el) => el.textContent)).toBe('Showing 2 of 7 integrations.');
    await page.$eval('#q', (el) => ((el as HTMLInputElement).value = ''));
    await page.select('#status', 'build');
    await page.type('#q', ' ');
    expect(await ids()).toEqual(['being-built']);
    await page.select('#status', '');
    await page.click('#blanks-only');
    expect(await ids()).not.toContain('complete-feed');
    await page.click('#blanks-only');
    expect(await ids()).toHaveLength(7);
  });

  test('controls have labels, and blanks are highlighted', async () => {
    const unlabelled = await page.$$eval('input, select', (els) =>
      els.filter((el) => !document.querySelector(`label[for="${el.id}"]`)).map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    const bg = await page.$eval('td.blank', (el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(253, 226, 225)');
  });

  test('prints without the controls, and screenshots for a person to look at', async () => {
    // GOVSPEC_LOOK=<folder> keeps the screenshot and the printed PDF for a person to look at.
    const look = process.env.GOVSPEC_LOOK ?? dir;
    await page.screenshot({ path: join(look, 'estate-screen.png'), fullPage: true });
    await page.emulateMediaType('print');
    expect(await page.$eval('.controls', (el) => getComputedStyle(el).display)).toBe('none');
    // Printed headers are plain text (Chromium leaves buttons blank in repeated headers).
    expect(await page.$eval('#estate thead th button', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('#estate thead th .print-only', (el) => getComputedStyle(el).display)).toBe(
      'inline',
    );
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(join(look, 'estate-print.pdf'), pdf);
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMediaType('screen');
  });
});
