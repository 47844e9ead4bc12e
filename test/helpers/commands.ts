import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, vi } from 'vitest';

/** True when a system command (libreoffice, pdftotext, chromium) is on the PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Convert files with headless LibreOffice into `dir` (e.g. to "pdf", or to "xlsx:Calc MS Excel
 * 2007 XML" so LibreOffice rewrites a workbook), with a profile of its own in `dir` so runs in
 * parallel do not share one.
 */
export function libreOfficeConvert(dir: string, to: string, files: readonly string[]): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore' },
  );
}

/**
 * For in-process builds in tests that are not about diagrams (drawing them has its own tests
 * under test/privacy): no browser from the enclosing suite's beforeAll to its afterAll, so no
 * build starts one just to draw a picture nobody looks at.
 */
export function withoutBrowser(): void {
  beforeAll(() => {
    vi.stubEnv('GOVSPEC_CHROMIUM', '/nonexistent/chromium');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
