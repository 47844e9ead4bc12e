import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export const chromium = process.env.GOVSPEC_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromium);

/** Debian's Chromium, headless, with a fresh profile and no network services. */
export async function launch(): Promise<Browser> {
  const { launch: start } = await import('puppeteer-core');
  return start({
    executablePath: chromium,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'govspec-chromium-')),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
