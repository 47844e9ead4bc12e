/**
 * The output folder can never be the user's work: hostile and careless `output:` settings on a
 * copy of the example estate are refused (exit 2, at the config's output line) and nothing
 * outside generated/ changes; files govspec did not write are never deleted; a read-only output
 * folder, a crash, or a second build at the same time never leave a stack trace, a false
 * "untouched", or a folder only a person can repair.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Check from '../../src/commands/check.js';
import Validate from '../../src/commands/validate.js';
import { runCommand } from '../diff/run-command.js';
import { unprivileged } from '../helpers/unprivileged.js';
import { cli, everyKindOfOutput, exampleRepo, hashTree, runCli } from './example-repo.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) {
    chmodTree(d);
    rmSync(d, { recursive: true, force: true });
  }
});

function chmodTree(path: string): void {
  try {
    const st = lstatSync(path);
    if (!st.isDirectory()) return;
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) chmodTree(join(path, name));
  } catch {
    /* gone */
  }
}

/**
 * The example estate cut to the specs that write every kind of output, with the spec beside its
 * channel code: what is refused, kept or protected does not depend on how many integrations
 * there are, and each build is a fraction of the whole estate's.
 */
function repo(): string {
  const dir = exampleRepo({ specs: everyKindOfOutput, channels: true });
  made.push(dir);
  return dir;
}

// One build of the example estate, so generated/ (with its manifest) is there to protect too;
// each test works on its own copy of it, .git and generated/ included.
let built: string;
beforeAll(() => {
  built = repo();
  expect(runCli(built, ['build', '--quiet']).status).toBe(0);
});

/**
 * Change the last review date of one spec in dir: the next build rewrites documents and workbooks
 * of every kind (Word, Excel, Markdown, HTML, JSON) but draws no diagram again, so a test about how
 * output is written starts no browser.
 */
function editSpec(dir: string, last: string): void {
  const spec = join(dir, 'specs', 'corporate', 'workforce-nightly-csv.yaml');
  const text = readFileSync(spec, 'utf8');
  const edited = text.replace(/^review: \{ last: [0-9-]+,/m, `review: { last: ${last},`);
  expect(edited, 'the review line of the workforce spec').not.toBe(text);
  writeFileSync(spec, edited);
}

function builtCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govspec-estate-'));
  made.push(dir);
  cpSync(built, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** Every entry below dir, links included (by target), .git included: what "nothing changed" means. */
function everything(dir: string, except?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      if (!rel && name === except) continue;
      const full = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out[r] = `link ${readlinkSync(full)}`;
      else if (st.isDirectory()) {
        out[r] = 'dir';
        walk(full, r);
      } else out[r] = readFileSync(full).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

function setOutput(dir: string, value: string): void {
  const file = join(dir, 'govspec.config.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^output: .*$/m, `output: ${JSON.stringify(value)}`),
  );
}

const outputLine = (dir: string) =>
  readFileSync(join(dir, 'govspec.config.yaml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith('output:')) + 1;

describe('output settings that would put the user’s work at risk', () => {
  const cases: Array<[string, (dir: string, outside: string) => string, RegExp]> = [
    ['"." (the repository)', () => '.', /must be a path inside|repository itself/],
    ['"./." (the repository, written oddly)', () => './.', /the repository itself/],
    ['".//./" (the repository, written oddly)', () => './/./', /the repository itself/],
    ['"specs" (a folder holding specs)', () => 'specs', /holds spec files/],
    ['"channels" (a folder holding specs beside channel code)', () => 'channels', /holds spec files/],
    ['".git"', () => '.git', /inside \.git/],
    ['".git/objects"', () => '.git/objects', /inside \.git/],
    ['".GIT" (case-insensitive file systems)', () => '.GIT', /inside \.git/],
    ['".govspec-cache"', () => '.govspec-cache', /govspec’s cache/],
    [
      '"sub/generated" where sub is a link out of the repository',
      (dir, outside) => {
        symlinkSync(outside, join(dir, 'sub'));
        return 'sub/generated';
      },
      /leads outside the repository/,
    ],
    [
      '"up" where up is a link to the repository’s parent',
      (dir) => {
        symlinkSync('..', join(dir, 'up'));
        return 'up';
      },
      /leads outside the repository/,
    ],
    [
      '"here" where here is a link to the repository itself',
      (dir) => {
        symlinkSync('.', join(dir, 'here'));
        return 'here';
      },
      /the repository itself/,
    ],
    [
      '"spec-link" where spec-link is a link to the specs folder',
      (dir) => {
        symlinkSync('specs', join(dir, 'spec-link'));
        return 'spec-link';
      },
      /holds spec files/,
    ],
    [
      '"loop/out" through a link loop',
      (dir) => {
        symlinkSync('loop', join(dir, 'loop'));
        return 'loop/out';
      },
      /leads nowhere|leads outside/,
    ],
    ['"govspec.config.yaml" (the config file)', () => 'govspec.config.yaml', /holds the config file/],
    ['"templates" holding the templates setting', () => 'templates', /templates/],
  ];

  it.each(cases)('%s is refused, exit 2, and nothing changes', async (name, arrange, why) => {
    const dir = builtCopy();
    const outside = mkdtempSync(join(tmpdir(), 'govspec-outside-'));
    made.push(outside);
    writeFileSync(join(outside, 'keep.txt'), 'not govspec’s\n');
    const value = arrange(dir, outside);
    setOutput(dir, value);
    if (value === 'templates') {
      mkdirSync(join(dir, 'templates'));
      const file = join(dir, 'govspec.config.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}templates: templates/overrides\n`);
      mkdirSync(join(dir, 'templates', 'overrides'));
    }
    const before = everything(dir);
    const outsideBefore = everything(outside);
    // Every command that reads the config refuses. build runs as a user runs it on every case;
    // on the first cases check, validate and the slower estate and evidence do too, and on the
    // others check and validate run in this process (the same refusal, without a process each).
    const first = cases.findIndex((c) => c[0] === name) < 3;
    const runs: Array<[string, { status: number | null; stderr: string }]> = [];
    const processes = first
      ? [['build'], ['check'], ['validate'], ['estate'], ['evidence', '--out', 'p.zip']]
      : [['build']];
    for (const command of processes) runs.push([command.join(' '), runCli(dir, command)]);
    if (!first)
      for (const [id, command] of [
        ['check', Check],
        ['validate', Validate],
      ] as const) {
        const run = await runCommand(command, [], dir);
        runs.push([`${id} in this process`, { status: run.code, stderr: run.stderr }]);
      }
    for (const [command, run] of runs) {
      expect(run.status, `${command}: ${run.stderr}`).toBe(2);
      expect(run.stderr, command).toMatch(/config-output-unsafe|config-invalid-path/);
      expect(run.stderr, command).toMatch(why);
      expect(run.stderr, command).toContain(`${outputLine(dir)}:`);
      expect(run.stderr, command).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    }
    expect(everything(dir)).toEqual(before);
    expect(everything(outside)).toEqual(outsideBefore);
  });

  it('the built copy still builds to generated/ (the cases above are refusals, not breakage)', () => {
    const run = runCli(built, ['check']);
    expect(run.status, run.stderr).toBe(0);
  });
});

describe('files govspec did not write', () => {
  it('a file someone put in generated/ is never deleted: the build stops, exit 2, at the output line', () => {
    const dir = builtCopy();
    writeFileSync(join(dir, 'generated', 'minutes-of-the-safety-board.docx'), 'mine');
    mkdirSync(join(dir, 'generated', 'notes'));
    writeFileSync(join(dir, 'generated', 'notes', 'todo.md'), 'mine too');
    const before = everything(dir);
    const run = runCli(dir, ['build']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('write-output-not-owned');
    expect(run.stderr).toContain('minutes-of-the-safety-board.docx');
    expect(run.stderr).toContain('notes/todo.md');
    expect(run.stderr).toContain(`govspec.config.yaml\n  ${outputLine(dir)}:`);
    expect(everything(dir)).toEqual(before);
    // check names them for what they are.
    const check = runCli(dir, ['check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('generated/notes/todo.md is not a file govspec wrote');
  });

  it('an output folder from before manifests is adopted when every file in it is one govspec writes', () => {
    const dir = builtCopy();
    const built = hashTree(join(dir, 'generated'));
    rmSync(join(dir, 'generated', '.govspec-manifest.json'));
    const run = runCli(dir, ['build']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /is up to date \(\d+ files unchanged; recorded them in generated\/\.govspec-manifest\.json\)/,
    );
    expect(hashTree(join(dir, 'generated'))).toEqual(built);
  });

  it('an output folder from before manifests holding a stranger’s file is refused, the file kept', () => {
    const dir = builtCopy();
    rmSync(join(dir, 'generated', '.govspec-manifest.json'));
    writeFileSync(join(dir, 'generated', 'README.txt'), 'ours');
    const run = runCli(dir, ['build']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('write-output-not-owned');
    expect(readFileSync(join(dir, 'generated', 'README.txt'), 'utf8')).toBe('ours');
  });
});

describe('a read-only output folder', () => {
  it.skipIf(!unprivileged.available)(
    'is a diagnostic that changes nothing, and the next build works once it is writable (needs a user file permissions bind: not root, or setpriv)',
    () => {
      const dir = builtCopy();
      editSpec(dir, '2026-01-15');
      unprivileged.own(dir);
      const readOnly = (path: string) => {
        const st = lstatSync(path);
        if (!st.isDirectory()) return;
        for (const name of readdirSync(path)) readOnly(join(path, name));
        chmodSync(path, 0o555);
      };
      readOnly(join(dir, 'generated'));
      const before = hashTree(join(dir, 'generated'));
      const first = unprivileged.run(dir, process.execPath, [cli, 'build']);
      expect(first.status, first.stderr).toBe(2);
      expect(first.stderr).toContain('write-output-read-only');
      expect(first.stderr).toContain('Nothing was changed');
      expect(first.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(hashTree(join(dir, 'generated'))).toEqual(before);
      // The next build and check give the same clear answer, never "internal error".
      const again = unprivileged.run(dir, process.execPath, [cli, 'check']);
      expect(again.status).toBe(1);
      expect(again.stderr).not.toMatch(/internal error/);
      chmodTree(join(dir, 'generated'));
      const fixed = unprivileged.run(dir, process.execPath, [cli, 'build']);
      expect(fixed.status, fixed.stderr).toBe(0);
      expect(readdirSync(dir).filter((n) => /\.govspec-(tmp|old|lock)$/.test(n))).toEqual([]);
      expect(unprivileged.run(dir, process.execPath, [cli, 'check']).status).toBe(0);
    },
  );

  it.skipIf(!unprivileged.available)(
    'a read-only folder left by an earlier interrupted build is cleared, not a dead end (needs a user file permissions bind: not root, or setpriv)',
    () => {
      const dir = builtCopy();
      // What an earlier version left after "replacing" a read-only generated/: the old copy,
      // read-only, beside the new one.
      const old = join(dir, '.generated.govspec-old');
      mkdirSync(join(old, 'privacy'), { recursive: true });
      writeFileSync(join(old, 'privacy', 'x.md'), 'old');
      unprivileged.own(dir);
      chmodSync(join(old, 'privacy'), 0o555);
      chmodSync(old, 0o555);
      const run = unprivileged.run(dir, process.execPath, [cli, 'build']);
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(old)).toBe(false);
    },
  );
});

describe('an interrupted build', () => {
  it('check reports a half-finished swap and renames nothing', () => {
    const dir = builtCopy();
    renameSync(join(dir, 'generated'), join(dir, '.generated.govspec-old'));
    const before = everything(dir);
    const run = runCli(dir, ['check']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('check-interrupted');
    expect(run.stderr).toContain('.generated.govspec-old');
    expect(everything(dir)).toEqual(before);
    // build then finishes the job.
    expect(runCli(dir, ['build', '--quiet']).status).toBe(0);
    expect(runCli(dir, ['check']).status).toBe(0);
  });
});

describe('two builds at once', () => {
  it('a build that finds another one writing says so, changes nothing, and exits 2', () => {
    const dir = builtCopy();
    editSpec(dir, '2026-01-15');
    // This test process stands in for the running build: its process id is in the lock.
    writeFileSync(join(dir, '.generated.govspec-lock'), `${process.pid}\n`);
    mkdirSync(join(dir, '.generated.govspec-tmp'));
    // Only govspec's own cache may gain entries (the build generated everything before writing).
    const before = everything(dir, '.govspec-cache');
    const run = runCli(dir, ['build']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('write-output-busy');
    expect(run.stderr).toContain('another govspec build is writing');
    // The other build's staging folder was not touched.
    expect(everything(dir, '.govspec-cache')).toEqual(before);
  });

  it('a lock left by a build that was killed is taken over', () => {
    const dir = builtCopy();
    editSpec(dir, '2026-01-15');
    writeFileSync(join(dir, '.generated.govspec-lock'), '2147483646\n');
    const run = runCli(dir, ['build', '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, '.generated.govspec-lock'))).toBe(false);
  });

  it('two builds started together both finish without a false failure', async () => {
    const dir = builtCopy();
    for (const last of ['2026-01-15', '2026-02-15']) {
      editSpec(dir, last);
      const start = () =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [cli, 'build', '--quiet'], { cwd: dir });
          let stderr = '';
          child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
          child.on('exit', (code) => resolve({ code, stderr }));
        });
      const results = await Promise.all([start(), start()]);
      for (const r of results) {
        // Either it wrote, or it was told truthfully that the other one was writing.
        if (r.code !== 0) {
          expect(r.code, r.stderr).toBe(2);
          expect(r.stderr).toContain('write-output-busy');
        }
      }
      expect(results.some((r) => r.code === 0)).toBe(true);
      const check = runCli(dir, ['check']);
      expect(check.status, check.stderr).toBe(0);
    }
    expect(readdirSync(dir).filter((n) => /\.govspec-(tmp|old|lock)$/.test(n))).toEqual([]);
  });
});
