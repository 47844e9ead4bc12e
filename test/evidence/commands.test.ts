import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Evidence from '../../src/commands/evidence.js';
import EvidenceVerify from '../../src/commands/evidence/verify.js';
import { ed25519, env, rawZip, repoRoot, runCommand as run } from './pack-fixture.js';
import { unzipSync } from 'fflate';

describe('govspec evidence and evidence verify', () => {
  let dir: string;
  const saved = process.env.SOURCE_DATE_EPOCH;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'govspec-evidence-'));
    process.env.SOURCE_DATE_EPOCH = env.SOURCE_DATE_EPOCH;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  it('writes a signed pack that verify accepts with the key, and rejects when tampered', async () => {
    const { privateKey, publicKey } = ed25519();
    const keyFile = join(dir, 'signing.pem');
    const pubFile = join(dir, 'signing.pub.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(pubFile, publicKey.export({ type: 'spki', format: 'pem' }));
    const pack = join(dir, 'pack.zip');
    const config = join(repoRoot, 'govspec.config.yaml');
    const built = await run(Evidence, [
      '--config',
      config,
      '--out',
      pack,
      '--sign',
      keyFile,
      '--allow-outside',
    ]);
    expect(built.code).toBe(0);
    expect(built.out).toMatch(/Wrote .*pack\.zip: \d+ files; \d+ outcomes evidenced/);

    const ok = await run(EvidenceVerify, [pack, '--key', pubFile]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/all \d+ files match the manifest, signature good/);

    const entries = Object.entries(unzipSync(readFileSync(pack))).map(([name, content]) => ({
      name,
      content,
    }));
    const bad = join(dir, 'bad.zip');
    writeFileSync(
      bad,
      rawZip([
        ...entries.filter((e) => e.name !== 'provenance.json'),
        { name: '../escape.txt', content: 'x' },
      ]),
    );
    const failed = await run(EvidenceVerify, [bad, '--json']);
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.out);
    expect(report).toMatchObject({ ok: false, missing: ['provenance.json'], unsafe: ['../escape.txt'] });
  });

  it('refuses a key that is not Ed25519, and a missing bundle, with exit code 2', async () => {
    const rsa = join(dir, 'not-a-key.pem');
    writeFileSync(rsa, 'not a key');
    expect((await run(EvidenceVerify, [join(dir, 'nope.zip')])).code).toBe(2);
    const r = await run(Evidence, [
      '--config',
      join(repoRoot, 'govspec.config.yaml'),
      '--sign',
      rsa,
      '--out',
      join(dir, 'x.zip'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('evidence-key-invalid');
  });

  it('refuses to write the pack into the output folder anywhere but directly in its evidence/ folder', async () => {
    const estate = join(repoRoot, 'generated', 'estate.md');
    const before = readFileSync(estate);
    for (const out of [
      estate,
      join(repoRoot, 'generated', 'pack.zip'),
      join(repoRoot, 'generated', 'evidence', 'sub', 'pack.zip'),
      join(repoRoot, 'generated', 'evidence', 'notes.txt'),
    ]) {
      const r = await run(Evidence, ['--config', join(repoRoot, 'govspec.config.yaml'), '--out', out]);
      expect(r.code, out).toBe(2);
      expect(r.err).toContain('write-target-refused');
    }
    expect(readFileSync(estate)).toEqual(before);
  });
});
