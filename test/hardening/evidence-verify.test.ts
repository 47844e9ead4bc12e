/**
 * evidence verify accepts only what it expects: every entry a regular file listed in the
 * manifest, folders only as real empty folders (an entry that an extractor would write as a file
 * is never skipped as a "folder"), and a signature reported as good only when checked with the
 * publisher's key. Reads are bounded by the bytes read: a device or FIFO is refused, not waited on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/evidence/manifest.js';
import { signManifest } from '../../src/evidence/signature.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import { ed25519, examplePack, rawZip } from '../evidence/pack-fixture.js';
import type { RawEntry } from '../evidence/pack-fixture.js';
import { hasCommand } from '../helpers/commands.js';
import { cli } from './example-repo.js';

let entries: RawEntry[];
let signedEntries: RawEntry[];
let dir: string;
beforeAll(async () => {
  const pack = await examplePack();
  entries = Object.entries(unzipSync(pack.bundle!.bytes)).map(([name, content]) => ({ name, content }));
  const signed = await examplePack(ed25519().privateKey);
  signedEntries = Object.entries(unzipSync(signed.bundle!.bytes)).map(([name, content]) => ({
    name,
    content,
  }));
  dir = mkdtempSync(join(tmpdir(), 'govspec-verify-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (e: RawEntry) =>
  typeof e.content === 'string' ? e.content : new TextDecoder().decode(e.content);

describe('entries that pretend to be folders', () => {
  it.each([
    ['a DOS folder attribute', { os: 0, attrs: 0x10 }],
    ['a Unix folder mode', { mode: 0o40755 }],
    ['a Unix folder mode and the DOS attribute', { attrs: ((0o40755 << 16) | 0x10) >>> 0 }],
  ])('an added file marked with %s, which unzip still writes as a file, fails the check', (_name, marks) => {
    const added = [...entries, { name: 'run-me.sh', content: '#!/bin/sh\nrm -rf ~\n', ...marks }];
    const report = verifyBundle(rawZip(added));
    expect(report.ok).toBe(false);
    expect(report.unsafe).toEqual(['run-me.sh']);
    expect(report.diagnostics[0]!.message).toContain('marked as a folder but named as a file');
  });

  it('a listed file replaced by a "folder" entry with other content fails', () => {
    const swapped = entries.map((e) =>
      e.name === 'artefacts/estate.md' ? { ...e, content: 'forged', os: 0, attrs: 0x10 } : e,
    );
    const report = verifyBundle(rawZip(swapped));
    expect(report.ok).toBe(false);
    expect(report.unsafe).toEqual(['artefacts/estate.md']);
    expect(report.missing).toEqual(['artefacts/estate.md']);
  });

  it('a folder entry (name ending in "/") with content fails', () => {
    const report = verifyBundle(rawZip([...entries, { name: 'artefacts/extra/', content: 'hidden' }]));
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]!.message).toContain('named as a folder but has content');
  });

  it('a real empty folder entry is accepted', () => {
    const report = verifyBundle(rawZip([...entries, { name: 'artefacts/', content: '', mode: 0o40755 }]));
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe('signatures without the publisher’s key', () => {
  /** Change one artefact and rewrite its manifest entry to match, as a careful forger would. */
  function forged(source: RawEntry[]): RawEntry[] {
    const target = 'artefacts/estate.md';
    const content = `${text(source.find((e) => e.name === target)!)}\nForged line.\n`;
    const manifest = JSON.parse(text(source.find((e) => e.name === 'manifest.json')!)) as {
      files: Array<{ path: string; size: number; sha256: string }>;
    };
    for (const f of manifest.files)
      if (f.path === target)
        Object.assign(f, { size: Buffer.byteLength(content), sha256: sha256(Buffer.from(content)) });
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    return source.map((e) =>
      e.name === target
        ? { ...e, content }
        : e.name === 'manifest.json'
          ? { ...e, content: manifestText }
          : e,
    );
  }

  it('a signed pack re-hashed after tampering is not "signed" and fails', () => {
    const report = verifyBundle(rawZip(forged(signedEntries)));
    expect(report.signed).toBe(false);
    expect(report.signature).toBe('invalid');
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['evidence-signature-broken']);
  });

  it('a pack re-signed by someone else passes its hashes but says the signature was not checked', () => {
    const tampered = forged(signedEntries);
    const manifest = tampered.find((e) => e.name === 'manifest.json')!;
    const resigned = signManifest(new TextEncoder().encode(text(manifest)), ed25519().privateKey);
    const pack = rawZip(tampered.map((e) => (e.name === 'signature.json' ? { ...e, content: resigned } : e)));
    const report = verifyBundle(pack);
    expect(report.signed).toBe(false);
    expect(report.signature).toBe('not checked');
    expect(report.diagnostics.map((d) => d.code)).toEqual(['evidence-signature-unchecked']);
    const file = join(dir, 'resigned.zip');
    writeFileSync(file, pack);
    const run = spawnSync(process.execPath, [cli, 'evidence', 'verify', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('signature not checked');
    expect(run.stdout).not.toMatch(/, signed\b|signature good/);
  });
});

describe('reads bounded by the bytes read', () => {
  // The commands below answer at once; no time limit of the test's own (a slow runner is slow,
  // not broken): a regression that waits on a device is stopped by CI's job limit.
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });

  it.each([
    ['evidence verify /dev/zero', ['evidence', 'verify', '/dev/zero'], /it is a device/],
    ['validate -c /dev/zero', ['validate', '-c', '/dev/zero'], /it is a device/],
    [
      'evidence verify --key /dev/zero',
      ['evidence', 'verify', 'x.zip', '--key', '/dev/zero'],
      /it is a device/,
    ],
  ])('%s is refused, exit 2', (_name, args, why) => {
    const r = run(args);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(why);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(!hasCommand('mkfifo'))(
    'a FIFO given to evidence verify or validate -c is refused, exit 2 (needs mkfifo)',
    () => {
      const fifo = join(dir, 'pack.zip');
      execFileSync('mkfifo', [fifo]);
      for (const args of [
        ['evidence', 'verify', fifo],
        ['validate', '-c', fifo],
      ]) {
        const r = run(args);
        expect(r.error).toBeUndefined();
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/FIFO/);
      }
    },
  );
});
