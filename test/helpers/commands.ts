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
