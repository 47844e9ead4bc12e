import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'govspec-host-')));
const root = join(base, 'repo');
const outside = join(base, 'outside');
mkdirSync(join(root, 'specs', 'deep'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(root, 'specs', 'a.yaml'), 'id: a\n');
writeFileSync(join(root, 'specs', 'deep', 'b.yaml'), 'id: b\n');
writeFileSync(join(outside, 'secret.yaml'), 'secret: 1\n');
symlinkSync(join(outside, 'secret.yaml'), join(root, 'specs', 'out.yaml'));
symlinkSync(outside, join(root, 'specs', 'outdir'));
symlinkSync(join(root, 'specs', 'a.yaml'), join(root, 'specs', 'in.yaml'));
symlinkSync(join(root, 'specs', 'deep'), join(root, 'specs', 'indir'));
symlinkSync(join(root, 'specs', 'out.yaml'), join(root, 'specs', 'chain.yaml'));
symlinkSync(join(root, 'specs', 'nowhere.yaml'), join(root, 'specs', 'dangling.yaml'));

afterAll(() => rmSync(base, { recursive: true, force: true }));

const text = (host: FsHost, path: string) => {
  const bytes = host.readFile(path);
  return bytes && new TextDecoder().decode(bytes);
};

describe('file host paths', () => {
  it('reads files inside, also through links that stay inside, asked in any order', () => {
    for (const host of [new FsHost(root), new FsHost(root)]) {
      expect(text(host, 'specs/a.yaml')).toBe('id: a\n');
      expect(text(host, 'specs/in.yaml')).toBe('id: a\n');
      expect(text(host, 'specs/indir/b.yaml')).toBe('id: b\n');
      expect(text(host, 'specs/deep/b.yaml')).toBe('id: b\n');
      expect(text(host, 'specs/./deep//b.yaml')).toBe('id: b\n');
      expect(host.exists('specs')).toBe(true);
    }
  });

  it('refuses every way out of the repository, before and after the folder was seen', () => {
    const host = new FsHost(root);
    expect(host.exists('specs/a.yaml')).toBe(true);
    for (const path of ['specs/out.yaml', 'specs/outdir/secret.yaml', 'specs/chain.yaml']) {
      expect(host.readChecked(path), path).toMatchObject({ problem: 'outside' });
      expect(host.exists(path), path).toBe(false);
      expect(text(new FsHost(root), path), path).toBeUndefined();
    }
    expect(host.readChecked('../outside/secret.yaml')).toMatchObject({ problem: 'outside' });
  });

  it('says missing for what is not there, a dangling link and a path through a file', () => {
    const host = new FsHost(root);
    for (const path of ['specs/none.yaml', 'nofolder/x.yaml', 'specs/dangling.yaml', 'specs/a.yaml/x']) {
      expect(host.readChecked(path), path).toMatchObject({ problem: 'missing' });
      expect(host.exists(path), path).toBe(false);
      expect(host.kind(path), path).toBe('missing');
    }
  });

  it('sees a file created after a folder was found missing', () => {
    const host = new FsHost(root);
    expect(host.exists('later/x.yaml')).toBe(false);
    mkdirSync(join(root, 'later'));
    writeFileSync(join(root, 'later', 'x.yaml'), 'x: 1\n');
    expect(text(host, 'later/x.yaml')).toBe('x: 1\n');
  });
});
