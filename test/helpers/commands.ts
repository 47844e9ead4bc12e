import { execFileSync } from 'node:child_process';

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
