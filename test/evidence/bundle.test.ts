import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { findEdition } from '../../src/catalogue/dspt.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import type { PackResult } from '../../src/evidence/pack.js';
import { ed25519, examplePack, rawZip } from './pack-fixture.js';
import type { RawEntry } from './pack-fixture.js';

let pack: PackResult;
let entries: RawEntry[];
beforeAll(async () => {
  pack = await examplePack();
  entries = Object.entries(unzipSync(pack.bundle!.bytes)).map(([name, content]) => ({ name, content }));
});

const codes = (bytes: Uint8Array) =>
  verifyBundle(bytes).diagnostics.map((d) => [d.code, d.message.split(' ')[0]]);

describe('evidence pack of the example estate', () => {
  it('lists every outcome of the edition with a status', () => {
    const edition = findEdition('2025-26-caf')!;
    const outcomes = pack.bundle!.outcomes;
    expect(outcomes.map((o) => o.outcome.id)).toEqual(edition.outcomes.map((o) => o.id));
    for (const o of outcomes) expect(['evidenced', 'partial', 'none']).toContain(o.status);
    const html = new TextDecoder().decode(
      entries.find((e) => e.name === 'index.html')!.content as Uint8Array,
    );
    for (const o of edition.outcomes) expect(html).toContain(`id="${o.id}"`);
  });

  it('has evidence for at least eight outcomes, and its gaps name integrations', () => {
    const outcomes = pack.bundle!.outcomes;
    const withEvidence = outcomes.filter((o) => o.status !== 'none');
    expect(withEvidence.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(pack.bundle!.outcomes.flatMap((o) => o.assessment.gaps.map((g) => g.subject)));
    expect(ids).toContain('theatres-legacy-cloverleaf');
    for (const o of outcomes.filter((x) => x.status === 'partial'))
      expect(o.assessment.gaps.length).toBeGreaterThan(0);
    const e4a = outcomes.find((o) => o.outcome.id === 'E4.a')!;
    expect(e4a.assessment.gaps.map((g) => g.subject)).toContain('patient-letters-to-portal');
  });

  it('cites only files that are in the bundle', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const o of pack.bundle!.outcomes) for (const f of o.files) expect(names).toContain(f.path);
    expect(names).toContain('artefacts/records/retention-schedule.xlsx');
  });

  it('records provenance: organisation, edition, commit, spec versions, build date', () => {
    const p = JSON.parse(
      new TextDecoder().decode(entries.find((e) => e.name === 'provenance.json')!.content as Uint8Array),
    );
    expect(p.organisation.ods).toBe('ZZR');
    expect(p.dspt.edition).toBe('2025-26-caf');
    expect(p.buildDate).toBe('2025-11-24');
    expect(typeof p.git.dirty).toBe('boolean');
    expect(p.specs).toHaveLength(17);
    expect(p.specs[0]).toMatchObject({
      id: expect.any(String),
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('is byte-identical when built twice', async () => {
    const again = await examplePack();
    const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(hash(again.bundle!.bytes)).toBe(hash(pack.bundle!.bytes));
  });
});

describe('evidence verify', () => {
  it('passes on the bundle as built', () => {
    const report = verifyBundle(pack.bundle!.bytes);
    expect(report.ok).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.verified.length).toBe(entries.length - 1);
  });

  it('fails and names the file after one byte of any file changes', () => {
    // Every kind of file the pack holds (each folder and extension), not all hundred of them: the
    // check is the same hash comparison for each, and each case re-zips the whole pack.
    const kinds = new Map<string, string>();
    for (const name of entries.map((e) => e.name).filter((n) => n !== 'manifest.json')) {
      const kind = `${name.split('/').slice(0, -1).join('/')} ${/\.[^./]+$/.exec(name)?.[0] ?? ''}`;
      if (!kinds.has(kind)) kinds.set(kind, name);
    }
    const targets = [...kinds.values()];
    expect(targets.length).toBeGreaterThan(8);
    for (const target of targets) {
      const changed = entries.map((e) => {
        if (e.name !== target) return e;
        const bytes = Uint8Array.from(e.content as Uint8Array);
        const at = Math.floor(bytes.length / 2);
        bytes[at] = bytes[at]! ^ 0x01;
        return { ...e, content: bytes };
      });
      expect(codes(rawZip(changed)), target).toEqual([['evidence-file-changed', target]]);
    }
  });

  it('fails when the raw zip bytes are corrupted', () => {
    const bytes = Uint8Array.from(pack.bundle!.bytes);
    bytes[200] = bytes[200]! ^ 0xff;
    expect(verifyBundle(bytes).ok).toBe(false);
  });

  it('fails and names the file when one is deleted or added', () => {
    const deleted = entries.filter((e) => e.name !== 'artefacts/estate.md');
    expect(codes(rawZip(deleted))).toEqual([['evidence-file-missing', 'artefacts/estate.md']]);
    const added = [...entries, { name: 'artefacts/extra.md', content: 'not from govspec' }];
    expect(codes(rawZip(added))).toEqual([['evidence-file-extra', 'artefacts/extra.md']]);
  });

  it('fails when the manifest is missing', () => {
    const noManifest = entries.filter((e) => e.name !== 'manifest.json');
    expect(verifyBundle(rawZip(noManifest)).diagnostics.map((d) => d.code)).toEqual([
      'evidence-manifest-invalid',
    ]);
  });

  it.each([
    ['../../etc/cron.d/evil', 'contains ".."'],
    ['artefacts/../../evil.md', 'contains ".."'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil.dll', 'absolute path'],
    ['artefacts\\..\\evil.md', 'backslash'],
  ])('refuses the zip-slip entry %s', (name, reason) => {
    const report = verifyBundle(rawZip([...entries, { name, content: 'x' }]));
    expect(report.ok).toBe(false);
    expect(report.unsafe).toEqual([name]);
    expect(report.diagnostics[0]!.message).toContain(JSON.stringify(name));
    expect(report.diagnostics[0]!.message).toContain(reason);
  });

  it('refuses a symbolic link entry, even one named like a listed file', () => {
    const linked = entries.map((e) =>
      e.name === 'artefacts/estate.md' ? { ...e, content: '/etc/passwd', mode: 0o120777 } : e,
    );
    const report = verifyBundle(rawZip(linked));
    expect(report.ok).toBe(false);
    expect(report.unsafe).toEqual(['artefacts/estate.md']);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['evidence-entry-unsafe', 'evidence-file-missing']);
  });

  it('refuses something that is not a zip', () => {
    expect(codes(new TextEncoder().encode('hello'))).toEqual([['evidence-bundle-unreadable', 'the']]);
  });
});

describe('signed packs', () => {
  it('verifies with the signer key and fails with another key or an edited manifest', async () => {
    const { privateKey, publicKey } = ed25519();
    const signed = (await examplePack(privateKey)).bundle!;
    expect(signed.paths).toContain('signature.json');
    expect(verifyBundle(signed.bytes, { publicKey }).ok).toBe(true);
    expect(verifyBundle(signed.bytes).diagnostics.map((d) => d.code)).toEqual([
      'evidence-signature-unchecked',
    ]);
    const other = ed25519().publicKey;
    expect(verifyBundle(signed.bytes, { publicKey: other }).diagnostics.map((d) => d.code)).toEqual([
      'evidence-signature-invalid',
    ]);
    expect(verifyBundle(pack.bundle!.bytes, { publicKey }).diagnostics.map((d) => d.code)).toEqual([
      'evidence-signature-missing',
    ]);
    // Re-writing the manifest to cover a changed file still fails: the signature no longer matches.
    const files = Object.entries(unzipSync(signed.bytes)).map(([name, content]) => ({ name, content }));
    const manifest = files.find((f) => f.name === 'manifest.json')!;
    const edited = new TextDecoder().decode(manifest.content).replace(/"size": \d+/, '"size": 1');
    const tampered = files.map((f) => (f === manifest ? { ...f, content: edited } : f));
    const report = verifyBundle(rawZip(tampered), { publicKey });
    expect(report.diagnostics.map((d) => d.code)).toContain('evidence-signature-invalid');
  });

  it('signs deterministically', async () => {
    const { privateKey } = ed25519();
    const a = (await examplePack(privateKey)).bundle!.bytes;
    const b = (await examplePack(privateKey)).bundle!.bytes;
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
