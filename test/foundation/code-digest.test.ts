/**
 * The build cache is keyed on govspec's own installed code, not only its version: a change to a
 * compiled file, a bundled template or a schema gives a different key, so stale parts are never
 * reused after an upgrade that kept the version number.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest, computeCodeDigest, packageRoot } from '../../src/emit/code-digest.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function fakePackage(): string {
  const root = mkdtempSync(join(tmpdir(), 'govspec-code-'));
  made.push(root);
  mkdirSync(join(root, 'dist/emit'), { recursive: true });
  mkdirSync(join(root, 'templates/clinical'), { recursive: true });
  writeFileSync(join(root, 'dist/index.js'), 'export const a = 1;\n');
  writeFileSync(join(root, 'dist/emit/writer.js'), 'export const b = 2;\n');
  writeFileSync(join(root, 'dist/emit/writer.d.ts'), 'export declare const b: number;\n');
  writeFileSync(join(root, 'templates/clinical/hazard-log.hbs'), '# {{title}}\n');
  return root;
}

describe('the code digest', () => {
  it('changes when the bytes of a compiled file change, even at the same size', () => {
    const root = fakePackage();
    const before = computeCodeDigest(root);
    expect(computeCodeDigest(root)).toBe(before);
    writeFileSync(join(root, 'dist/emit/writer.js'), 'export const b = 3;\n');
    expect(computeCodeDigest(root)).not.toBe(before);
  });

  it('changes when a compiled file is added or renamed, or a bundled template changes', () => {
    const root = fakePackage();
    const before = computeCodeDigest(root);
    writeFileSync(join(root, 'dist/extra.js'), '');
    const added = computeCodeDigest(root);
    expect(added).not.toBe(before);
    rmSync(join(root, 'dist/extra.js'));
    writeFileSync(join(root, 'dist/extrb.js'), '');
    expect(computeCodeDigest(root)).not.toBe(added);
    rmSync(join(root, 'dist/extrb.js'));
    expect(computeCodeDigest(root)).toBe(before);
    writeFileSync(join(root, 'templates/clinical/hazard-log.hbs'), '# {{name}}\n');
    expect(computeCodeDigest(root)).not.toBe(before);
  });

  it('ignores what is not code (type declarations beside the compiled files)', () => {
    const root = fakePackage();
    const before = computeCodeDigest(root);
    writeFileSync(join(root, 'dist/emit/writer.d.ts'), 'export declare const b: string;\n');
    expect(computeCodeDigest(root)).toBe(before);
  });

  it('ignores the bundles, which hold the same compiled code again', () => {
    const root = fakePackage();
    const before = computeCodeDigest(root);
    mkdirSync(join(root, 'dist/bundle'));
    writeFileSync(join(root, 'dist/bundle/command-build.js'), 'export const b = 2;\n');
    expect(computeCodeDigest(root)).toBe(before);
  });

  it('is computed once per process for a package', () => {
    const root = fakePackage();
    const first = codeDigest(root);
    writeFileSync(join(root, 'dist/index.js'), 'export const a = 42;\n');
    expect(codeDigest(root)).toBe(first);
    expect(computeCodeDigest(root)).not.toBe(first);
    expect(codeDigest()).toBe(codeDigest(packageRoot));
    expect(codeDigest()).toMatch(/^[0-9a-f]{64}$/);
  });
});
