/**
 * The output folder's pack folder (`evidence/`): the writer carries it across every swap as it
 * is (hard links, never rewritten), never counts its files as someone else's, refuses a link or
 * anything but a regular file in it, and `check` ignores it; the pack writer puts a pack there
 * atomically, under the output folder's lock, never through a link.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmittedFile } from '../../src/emit/types.js';
import {
  checkOutput,
  OutputPathError,
  OutputRefusedError,
  siblings,
  writeOutput,
} from '../../src/emit/writer.js';
import { trustedOutput } from '../../src/emit/output-guard.js';
import { packFolder, siblingName } from '../../src/emit/output-names.js';
import { writePack } from '../../src/emit/output-packs.js';
import { manifestName } from '../../src/emit/output-manifest.js';
import { makeRepo, removeRepos } from '../helpers/estate.js';

afterAll(removeRepos);

const text = (path: string, content: string): EmittedFile => ({ path, content });
/** Bytes that start like a zip: the writer and the pack writer look no further. */
const zipLike = (tag: string) => new TextEncoder().encode(`PK\u0003\u0004${tag}`);

function built() {
  const root = makeRepo({ config: null }).root;
  const out = join(root, 'generated');
  writeOutput(out, [text('a.md', 'one'), text('sub/b.md', 'two')]);
  return { root, out, packs: join(out, packFolder) };
}

describe('the writer and the pack folder', () => {
  it('is named once and is not where any emitted file may go', () => {
    expect(packFolder).toBe('evidence');
    const { out } = built();
    for (const path of [packFolder, `${packFolder}/x.zip`, `${packFolder}/sub/x.md`])
      expect(() => writeOutput(out, [text(path, 'x')]), path).toThrow(OutputPathError);
    // A folder that merely starts with the same letters is an ordinary one.
    expect(writeOutput(out, [text('evidence-index.md', 'x')]).written).toEqual(['evidence-index.md']);
  });

  it('a build that changes the output carries every pack over as the same file, and lists none', () => {
    const { out, packs } = built();
    mkdirSync(packs);
    writeFileSync(join(packs, 'one.zip'), zipLike('one'));
    writeFileSync(join(packs, 'two.zip'), zipLike('two'));
    const inode = statSync(join(packs, 'one.zip')).ino;
    const report = writeOutput(out, [text('a.md', 'changed'), text('c.md', 'new')]);
    expect(report.written).toEqual(['a.md', 'c.md']);
    expect(report.removed).toEqual(['sub/b.md']);
    for (const list of Object.values(report))
      if (Array.isArray(list)) expect(list.filter((p) => p.startsWith(`${packFolder}/`))).toEqual([]);
    expect(readdirSync(packs).sort()).toEqual(['one.zip', 'two.zip']);
    expect(readFileSync(join(packs, 'one.zip'))).toEqual(Buffer.from(zipLike('one')));
    expect(readFileSync(join(packs, 'two.zip'))).toEqual(Buffer.from(zipLike('two')));
    // A hard link of the file that was there, not a copy made through memory.
    expect(statSync(join(packs, 'one.zip')).ino).toBe(inode);
    const manifest = JSON.parse(readFileSync(join(out, manifestName), 'utf8')) as { files: object };
    expect(Object.keys(manifest.files)).toEqual(['a.md', 'c.md']);
    expect(readdirSync(join(out, '..')).filter((n) => /govspec-(tmp|old)$/.test(n))).toEqual([]);
  });

  it('a build with nothing to change leaves the pack folder alone', () => {
    const { out, packs } = built();
    mkdirSync(packs);
    writeFileSync(join(packs, 'one.zip'), zipLike('one'));
    const report = writeOutput(out, [text('a.md', 'one'), text('sub/b.md', 'two')]);
    expect(report.written).toEqual([]);
    expect(readFileSync(join(packs, 'one.zip'))).toEqual(Buffer.from(zipLike('one')));
  });

  it('a read-only pack folder is carried over with its permissions', () => {
    const { out, packs } = built();
    mkdirSync(packs);
    writeFileSync(join(packs, 'one.zip'), zipLike('one'));
    chmodSync(packs, 0o555);
    expect(writeOutput(out, [text('a.md', 'changed')]).leftover).toBeUndefined();
    expect(statSync(packs).mode & 0o777).toBe(0o555);
    expect(readdirSync(packs)).toEqual(['one.zip']);
    chmodSync(packs, 0o755);
  });

  it('refuses a link, a folder or a pack folder that is not a folder, touching nothing', () => {
    for (const plant of ['link', 'folder', 'file'] as const) {
      const { root, out, packs } = built();
      writeFileSync(join(root, 'victim.zip'), zipLike('victim'));
      if (plant === 'file') writeFileSync(packs, 'not a folder');
      else {
        mkdirSync(packs);
        if (plant === 'link') symlinkSync(join(root, 'victim.zip'), join(packs, 'x.zip'));
        else mkdirSync(join(packs, 'more'));
      }
      let error: unknown;
      try {
        writeOutput(out, [text('a.md', 'changed')]);
      } catch (e) {
        error = e;
      }
      expect(error, plant).toBeInstanceOf(OutputRefusedError);
      expect((error as OutputRefusedError).kind).toBe('foreign');
      expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('one');
      expect(readFileSync(join(root, 'victim.zip'))).toEqual(Buffer.from(zipLike('victim')));
    }
  });

  it('check neither fails on a pack nor on its absence', () => {
    const { out, packs } = built();
    const files = [text('a.md', 'one'), text('sub/b.md', 'two')];
    expect(checkOutput(out, files)).toEqual([]);
    mkdirSync(packs);
    writeFileSync(join(packs, 'one.zip'), zipLike('one'));
    expect(checkOutput(out, files)).toEqual([]);
  });
});

describe('the pack writer', () => {
  it('writes the pack into the pack folder, replacing an earlier one whole, and leaves no temporary file', () => {
    const { out, packs } = built();
    const first = writePack(trustedOutput(out), 'p.zip', zipLike('first'));
    expect(first).toEqual({ ok: join(trustedOutput(out).dir, packFolder, 'p.zip') });
    writeFileSync(join(packs, '.p.zip.999999.tmp'), 'left by a killed run');
    const inode = statSync(join(packs, 'p.zip')).ino;
    expect('ok' in writePack(trustedOutput(out), 'p.zip', zipLike('second'))).toBe(true);
    expect(readFileSync(join(packs, 'p.zip'))).toEqual(Buffer.from(zipLike('second')));
    // Renamed over, not written into: a build's hard link to the old pack still sees the old bytes.
    expect(statSync(join(packs, 'p.zip')).ino).not.toBe(inode);
    expect(readdirSync(packs)).toEqual(['p.zip']);
    expect(checkOutput(out, [text('a.md', 'one'), text('sub/b.md', 'two')])).toEqual([]);
  });

  it('creates the output folder and the pack folder when there is none yet', () => {
    const root = makeRepo({ config: null }).root;
    const out = join(root, 'generated');
    expect('ok' in writePack(trustedOutput(out), 'p.zip', zipLike('x'))).toBe(true);
    expect(readdirSync(out)).toEqual([packFolder]);
    // A build afterwards finds nothing foreign and keeps the pack.
    writeOutput(out, [text('a.md', 'one')]);
    expect(readFileSync(join(out, packFolder, 'p.zip'))).toEqual(Buffer.from(zipLike('x')));
  });

  it('refuses a pack folder that is a link, a file that is not a zip, and a name that is not a zip', () => {
    const { root, out, packs } = built();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, packs);
    expect(writePack(trustedOutput(out), 'p.zip', zipLike('x'))).toMatchObject({
      refused: expect.stringContaining('not a folder'),
    });
    expect(readdirSync(elsewhere)).toEqual([]);

    const other = built();
    mkdirSync(other.packs);
    writeFileSync(join(other.packs, 'notes.zip'), 'my own notes');
    expect(writePack(trustedOutput(other.out), 'notes.zip', zipLike('x'))).toMatchObject({
      refused: expect.stringContaining('not a zip'),
    });
    expect(readFileSync(join(other.packs, 'notes.zip'), 'utf8')).toBe('my own notes');
    for (const name of ['notes.txt', '../p.zip', 'sub/p.zip', '.p.zip'])
      expect(writePack(trustedOutput(other.out), name, zipLike('x')), name).toHaveProperty('refused');
  });

  it('waits its turn: a build holding the lock means nothing is written', () => {
    const { out, packs } = built();
    const lock = siblingName(trustedOutput(out).dir, 'lock');
    // The parent of this test process is running and is not this process: the lock is held.
    writeFileSync(lock, `${process.ppid}\n`);
    expect(() => writePack(trustedOutput(out), 'p.zip', zipLike('x'))).toThrow(OutputRefusedError);
    expect(existsSync(packs)).toBe(false);
  });

  it('finishes a swap a killed build left half-done before writing, so the pack is not lost', () => {
    const { out, packs } = built();
    const { old } = siblings(trustedOutput(out).dir);
    mkdirSync(packs);
    writeFileSync(join(packs, 'earlier.zip'), zipLike('earlier'));
    // Killed between setting the old output aside and renaming the new one into place.
    writeOutput(out, [text('a.md', 'one'), text('sub/b.md', 'two')]);
    renameSync(out, old);
    expect('ok' in writePack(trustedOutput(out), 'p.zip', zipLike('new'))).toBe(true);
    expect(readdirSync(packs).sort()).toEqual(['earlier.zip', 'p.zip']);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('one');
    expect(existsSync(old)).toBe(false);
  });
});
