import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export const chromium = process.env.GOVSPEC_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromium);

/** Debian's Chromium, headless, with a fresh profile and no network services; `close` removes the profile. */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const { launch: start } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'govspec-estate-chromium-'));
  const browser = await start({
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
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { browser, close };
}
