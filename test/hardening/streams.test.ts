/**
 * Standard output that cannot be written ends the run with one short diagnostic and exit code 1,
 * never a stack trace: a full disk (/dev/full) and a reader that goes away (EPIPE), for every
 * command that prints to standard output, in every format.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, exampleRepo } from './example-repo.js';

// Diagrams are not what these tests are about: no browser, so estate is quick.
const env = { ...process.env, GOVSPEC_CHROMIUM: '/nonexistent/chromium' };
let dir: string;
beforeAll(() => {
  dir = exampleRepo();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'sarif'],
  ['diff', '--base', 'HEAD'],
  ['diff', '--base', 'HEAD', '--json'],
  ['estate', '--no-write'],
  ['estate', '--no-write', '--json'],
  ['explain', 'yaml-syntax'],
];

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+|Unhandled 'error' event/);

describe('a full disk behind standard output', () => {
  it.skipIf(!existsSync('/dev/full')).each(commands.map((c) => [c.join(' '), c]))(
    'govspec %s > /dev/full: exit 1, one diagnostic, no stack trace (needs /dev/full)',
    (_name, args) => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, ...args], {
          cwd: dir,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
          env,
        });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('write-stdout-failed');
        expect(r.stderr).toContain('no space left on device');
        expect(r.stderr.match(/write-stdout-failed/g)).toHaveLength(1);
        noStack(r.stderr);
      } finally {
        closeSync(full);
      }
    },
  );
});

describe('a reader that stops early', () => {
  it.each([
    ['validate', '--format', 'json'],
    ['diff', '--base', 'HEAD'],
    ['estate', '--no-write'],
  ])('govspec %s with its pipe closed: exit 1, a short message, no stack trace', async (...args) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('stopped early (EPIPE)');
    noStack(stderr);
  });
});
