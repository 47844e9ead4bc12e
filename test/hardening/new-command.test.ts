/**
 * govspec new: works with the example estate's config, says what is wrong with a config it
 * cannot use (never a bare "No problems."), and never writes outside the repository or over a file.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleRepo, runCli } from './example-repo.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function repo(): string {
  const dir = exampleRepo();
  made.push(dir);
  return dir;
}

describe('govspec new', () => {
  it('creates a spec with the example estate’s config, and the estate still validates', () => {
    const dir = repo();
    const run = runCli(dir, ['new', 'pharmacy-orders-to-robot']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Created specs/pharmacy-orders-to-robot.yaml');
    expect(readFileSync(join(dir, 'specs', 'pharmacy-orders-to-robot.yaml'), 'utf8')).toContain(
      'id: pharmacy-orders-to-robot',
    );
    expect(runCli(dir, ['validate', '--quiet']).status).toBe(0);
    const again = runCli(dir, ['new', 'pharmacy-orders-to-robot']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('names what is wrong with a config it cannot use', () => {
    const dir = repo();
    const config = join(dir, 'govspec.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}  readiness-no-ownr: { severity: error }\n`);
    const run = runCli(dir, ['new', 'some-new-feed']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('config-unknown-code');
    expect(run.stderr).toContain('readiness-no-owner');
    expect(run.stderr).not.toContain('No problems.');
  });

  it('refuses a specs folder that is a link out of the repository', () => {
    const dir = repo();
    const outside = mkdtempSync(join(tmpdir(), 'govspec-outside-'));
    made.push(outside);
    rmSync(join(dir, 'specs'), { recursive: true });
    symlinkSync(outside, join(dir, 'specs'));
    const run = runCli(dir, ['new', 'some-new-feed']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('write-target-refused');
    expect(() => readFileSync(join(outside, 'some-new-feed.yaml'))).toThrow();
  });
});
