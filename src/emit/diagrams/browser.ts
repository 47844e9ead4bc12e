import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { entitiesToPlaceholders, placeholderRange } from './mermaid-text.js';

/**
 * Renders Mermaid in ONE headless Chromium page that loads mermaid.min.js once and calls
 * mermaid.render per diagram (about 0.1 s per SVG), instead of one mmdc process per diagram
 * (1.5-2 s each). The browser is the system's Chromium; govspec never downloads one.
 */

export interface Rendered {
  svg: string;
  png: Uint8Array;
}

/** Mermaid settings: no HTML labels (no <foreignObject>, so the SVG opens outside browsers), strict security. */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  deterministicIds: true,
  theme: 'default',
  themeVariables: { edgeLabelBackground: '#ffffff' },
  // Opaque label backgrounds: a coloured arrow must not run through the words.
  themeCSS: '.edgeLabel rect, .edgeLabel .labelBkg { opacity: 1 !important; fill: #ffffff; }',
  fontFamily: 'Liberation Sans, Arial, Helvetica, sans-serif',
  flowchart: { htmlLabels: false, useMaxWidth: false, curve: 'basis' },
} as const;

/** Device pixels per CSS pixel in the PNG: sharp when printed, still small. */
export const pngScale = 2;

export function browserPath(): string {
  return process.env.GOVSPEC_CHROMIUM || '/usr/bin/chromium';
}

export class MermaidPage {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly profile: string,
  ) {}

  /** Launches the browser; rejects with a readable reason when there is none. */
  static async launch(executablePath = browserPath()): Promise<MermaidPage> {
    if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath}`);
    const { default: puppeteer } = await import('puppeteer-core');
    const profile = mkdtempSync(join(tmpdir(), 'govspec-chromium-'));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        // Over a pipe, Chromium exits when this process dies, even if it is killed mid-build.
        pipe: true,
        // No fixed time limit anywhere: a busy machine is slow, not broken. A missing or broken
        // browser fails at once (it exits, and the pipe closes); Ctrl-C stops a slow one.
        timeout: 0,
        protocolTimeout: 0,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--font-render-hinting=none',
          `--user-data-dir=${profile}`,
        ],
      });
      const page = await browser.newPage();
      page.setDefaultTimeout(0);
      page.setDefaultNavigationTimeout(0);
      await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: pngScale });
      await page.setContent(
        '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="stage"></div></body></html>',
      );
      const mermaidJs = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
      await page.addScriptTag({ content: readFileSync(mermaidJs, 'utf8') });
      await page.evaluate(
        (config) => {
          (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config);
        },
        mermaidConfig as unknown as Record<string, unknown>,
      );
      return new MermaidPage(browser, page, profile);
    } catch (e) {
      await browser?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      throw e;
    }
  }

  /** Renders one diagram; calls are queued because mermaid.render shares page state. */
  render(id: string, source: string): Promise<Rendered> {
    const run = this.queue.then(() => this.renderNow(id, source));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async renderNow(id: string, source: string): Promise<Rendered> {
    const svg = await this.page.evaluate(
      async (domId: string, text: string, range: { start: number; end: number }) => {
        const w = window as unknown as {
          mermaid: { render(id: string, t: string): Promise<{ svg: string }> };
        };
        const stage = document.getElementById('stage')!;
        stage.innerHTML = '';
        try {
          const { svg } = await w.mermaid.render(domId, text);
          stage.innerHTML = svg;
        } catch (e) {
          // A failed render leaves Mermaid's scratch elements behind.
          document.getElementById(domId)?.remove();
          document.getElementById(`d${domId}`)?.remove();
          throw e;
        }
        const el = stage.querySelector('svg')!;
        // Placeholders stand for characters that Mermaid's text labels would otherwise show as
        // entity codes; text nodes take them back as plain characters (never as markup).
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          n.nodeValue = (n.nodeValue ?? '').replace(/[\ue000-\ue07f]/g, (c) =>
            String.fromCharCode(c.charCodeAt(0) - range.start),
          );
        }
        return new XMLSerializer().serializeToString(el);
      },
      id,
      entitiesToPlaceholders(source),
      placeholderRange,
    );
    const element = await this.page.$('#stage svg');
    if (!element) throw new Error('Mermaid produced no drawing');
    const png = await element.screenshot({ type: 'png', omitBackground: false });
    return { svg, png: new Uint8Array(png) };
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      rmSync(this.profile, { recursive: true, force: true });
    }
  }
}
