import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A real temporary git repository for tests; removed by `dispose`. */
export class TempRepo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'govspec-diff-'));
    if (!dir) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.name', 'Test');
      this.git('config', 'user.email', 'test@example.invalid');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  git(...args: string[]): string {
    // No optional locks: the test's own `git status` must not refresh the index it inspects.
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    }).trim();
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** Edit a file with a text replacement that must match exactly once. */
  edit(path: string, from: string | RegExp, to: string): void {
    const text = this.read(path);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit of ${path} matched nothing: ${String(from)}`);
    this.write(path, next);
  }

  mv(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    this.git('mv', from, to);
  }

  rm(path: string): void {
    this.git('rm', '-q', path);
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Copy the example estate (config, specs, channels, runbooks) from this repository. */
  copyExampleEstate(): void {
    for (const p of ['govspec.config.yaml', 'specs', 'channels', 'docs/runbooks'])
      cpSync(join(repoRoot, p), join(this.dir, p), { recursive: true });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
