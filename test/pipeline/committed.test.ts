/**
 * The committed hazard log is read from git only where git could find a repository: outside one,
 * no git process is started for each file asked for.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { committedFiles, mayBeInRepository } from '../../src/pipeline/committed.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'govspec-committed-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('a repository, looked for as git looks', () => {
  it('is found from the folder, from a folder below it, and in a bare repository', () => {
    const repo = folder('repo');
    execFileSync('git', ['init', '-q', repo]);
    expect(mayBeInRepository(repo, {})).toBe(true);
    expect(mayBeInRepository(folder('repo/specs/deep'), {})).toBe(true);
    const bare = folder('bare.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    expect(mayBeInRepository(bare, {})).toBe(true);
    // A worktree's .git is a file, not a folder.
    const linked = folder('linked');
    writeFileSync(join(linked, '.git'), 'gitdir: elsewhere\n');
    expect(mayBeInRepository(linked, {})).toBe(true);
  });

  it('is not found in a plain folder unless git is pointed at one', () => {
    const plain = folder('plain/specs');
    // The temporary folder may itself sit inside a repository on some machines.
    const outsideAny = !mayBeInRepository(base, {});
    if (outsideAny) expect(mayBeInRepository(plain, {})).toBe(false);
    expect(mayBeInRepository(plain, { GIT_DIR: join(base, 'repo', '.git') })).toBe(true);
    expect(mayBeInRepository(plain, { GIT_WORK_TREE: plain })).toBe(true);
  });

  it('gives the committed file inside a repository and nothing outside one', () => {
    const repo = folder('with-log');
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'log.json'), '{"a":1}\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
    git('add', 'log.json');
    git('commit', '-q', '-m', 'log');
    const read = committedFiles(new FsHost(repo));
    expect(new TextDecoder().decode(read('log.json'))).toBe('{"a":1}\n');
    expect(read('never.json')).toBeUndefined();
    const plain = folder('plain-estate');
    writeFileSync(join(plain, 'log.json'), '{"a":1}\n');
    if (!mayBeInRepository(base, {})) expect(committedFiles(new FsHost(plain))('log.json')).toBeUndefined();
  });
});
