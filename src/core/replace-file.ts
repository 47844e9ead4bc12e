import { renameSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * Write beside the target (never through a link planted at the temporary name), then rename over
 * it, so a reader sees the old file or the new one, never half of one. Returns why it failed.
 */
export function writeReplacing(
  path: string,
  bytes: Uint8Array,
  temp = `${path}.${process.pid}.tmp`,
): string | undefined {
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
    return undefined;
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      /* not created */
    }
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}
