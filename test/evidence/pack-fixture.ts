import { generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { vi } from 'vitest';
import type Evidence from '../../src/commands/evidence.js';
import type EvidenceVerify from '../../src/commands/evidence/verify.js';
import type { ZipOptions } from 'fflate';
import { FsHost } from '../../src/core/host.js';
import { evidencePack } from '../../src/evidence/pack.js';
import type { PackResult } from '../../src/evidence/pack.js';

/** The repository root: the example estate (govspec.config.yaml, specs/) lives there. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A fixed build date, so packs do not depend on when the repository was last committed. */
export const env = { SOURCE_DATE_EPOCH: '1764000000' };

export async function examplePack(signWith?: KeyObject): Promise<PackResult> {
  return evidencePack({ host: new FsHost(repoRoot), env, ...(signWith ? { signWith } : {}) });
}

export function ed25519() {
  return generateKeyPairSync('ed25519');
}

export interface RawEntry {
  name: string;
  content: Uint8Array | string;
  /** Unix mode for the entry, e.g. 0o120777 for a symbolic link. */
  mode?: number;
  /** Raw "made by" system and external attributes, overriding mode (e.g. os 0, attrs 0x10: a DOS folder). */
  os?: number;
  attrs?: number;
}

/**
 * A zip written without any of govspec's safety checks, to build hostile bundles: names with
 * "..", absolute paths, backslashes, links. fflate writes whatever name it is given.
 */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const data: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const e of entries) {
    const bytes = typeof e.content === 'string' ? new TextEncoder().encode(e.content) : e.content;
    data[e.name] = [
      bytes,
      {
        // Stored, not deflated: verify reads either, and tests that re-zip the whole pack once
        // per tampered file spend their time checking, not compressing.
        level: 0,
        mtime: new Date(2020, 0, 1),
        os: e.os ?? 3,
        attrs: e.attrs ?? ((e.mode ?? 0o100644) << 16) >>> 0,
      },
    ];
  }
  return zipSync(data);
}

/** Run a command class in-process; returns its exit code and what it printed. */
export async function runCommand(command: typeof Evidence | typeof EvidenceVerify, argv: string[]) {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...a: unknown[]) => void (out += `${a.join(' ')}\n`));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void (err += `${a.join(' ')}\n`));
  let code = 0;
  try {
    await command.run(argv, repoRoot);
  } catch (e) {
    const exit = (e as { oclif?: { exit?: number } }).oclif?.exit;
    if (exit === undefined) throw e;
    code = exit;
  } finally {
    for (const spy of [stdout, stderr, log, error]) spy.mockRestore();
  }
  return { code, out, err };
}

/** Extract a pack into a folder, as an auditor would: every entry written as a file. */
export function extractInto(bytes: Uint8Array, folder: string): string[] {
  const names: string[] = [];
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    names.push(name);
  }
  return names.sort();
}
