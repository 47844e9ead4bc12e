import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { sarif } from '../../src/cli/format/sarif.js';
import { commentMarker } from '../../src/diff/render-markdown.js';
import { repoRoot } from './git-repo.js';

const ci = (name: string) => join(repoRoot, 'docs/ci', name);
const tmp = mkdtempSync(join(tmpdir(), 'govspec-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Step = {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
};

/** Inputs each action used in the template declares (from their action.yml). */
const knownInputs: Record<string, string[]> = {
  'actions/checkout@v4': ['fetch-depth'],
  'actions/setup-node@v4': ['node-version', 'cache'],
  'github/codeql-action/upload-sarif@v3': ['sarif_file', 'category'],
  'actions/github-script@v7': ['script'],
};

describe('GitHub Actions template', () => {
  const wf = parse(readFileSync(ci('github-actions.yml'), 'utf8'));
  const steps: Step[] = wf.jobs.govspec.steps;

  test('full history, SARIF upload, check and diff, with the permissions they need', () => {
    expect(wf.permissions).toEqual({
      contents: 'read',
      'security-events': 'write',
      'pull-requests': 'write',
    });
    expect(steps[0]!.with!['fetch-depth']).toBe(0);
    for (const s of steps.filter((x) => x.uses)) {
      expect(Object.keys(knownInputs)).toContain(s.uses);
      for (const input of Object.keys(s.with ?? {})) expect(knownInputs[s.uses!]).toContain(input);
    }
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('govspec validate --format sarif > govspec.sarif');
    expect(steps.find((s) => s.uses?.includes('upload-sarif'))!.with!.sarif_file).toBe('govspec.sarif');
    expect(runs).toContain('npx govspec check');
    expect(runs).toContain('npx govspec diff --base "$BASE_SHA" > governance-diff.md');
    expect(runs).toContain('--reviewers list');
  });

  test('event data reaches scripts through the environment, never pasted into run:', () => {
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{\s*github\.(event|head_ref|base_ref)/);
    expect(steps.find((s) => s.id === 'diff')!.env!.BASE_SHA).toBe(
      '${{ github.event.pull_request.base.sha }}',
    );
  });

  test('the comment step finds its previous comment by the marker govspec prints', () => {
    const script = String(
      steps.find((s) => String(s.with?.script ?? '').includes('createComment'))!.with!.script,
    );
    expect(script).toContain(`'${commentMarker}'`);
  });

  test('the README shows the same workflow steps', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('docs/ci/github-actions.yml');
    expect(readme).toContain('fetch-depth: 0');
    expect(readme).toContain('github/codeql-action/upload-sarif@v3');
  });
});

describe('GitLab CI template', () => {
  const job = parse(readFileSync(ci('gitlab-ci.yml'), 'utf8')).govspec;

  test('full history, Code Quality report, check and diff against the merge-request base', () => {
    expect(job.variables.GIT_DEPTH).toBe(0);
    expect(job.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    const script = (job.script as string[]).join('\n');
    expect(script).toContain('govspec validate --format sarif > govspec.sarif');
    expect(script).toContain('npx govspec check');
    expect(script).toContain('npx govspec diff --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA"');
    expect(script).toContain('docs/ci/sarif-to-codequality.mjs');
    expect(script).toContain('docs/ci/gitlab-note.mjs');
  });

  test('SARIF from govspec converts to a Code Quality report GitLab reads', () => {
    const file = join(tmp, 'in.sarif');
    writeFileSync(
      file,
      sarif(
        [
          {
            code: 'diff-version-not-bumped',
            severity: 'error',
            message: 'x',
            location: { file: 'specs/a b.yaml', line: 4, column: 1 },
          },
          { code: 'config-no-specs', severity: 'warning', message: 'y' },
        ],
        'govspec.config.yaml',
      ),
    );
    const out = JSON.parse(
      execFileSync('node', [ci('sarif-to-codequality.mjs'), file, 'integration/'], { encoding: 'utf8' }),
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      check_name: 'govspec/diff-version-not-bumped',
      severity: 'major',
      location: { path: 'integration/specs/a b.yaml', lines: { begin: 4 } },
    });
    expect(out[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(out[1]).toMatchObject({
      severity: 'minor',
      location: { path: 'integration/govspec.config.yaml' },
    });
  });

  test('the note script posts once, then updates its own note', async () => {
    const notes: Array<{ id: number; body: string; system: boolean }> = [
      { id: 1, body: 'someone else', system: false },
    ];
    const calls: string[] = [];
    const server = createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        calls.push(`${req.method} ${req.url} ${req.headers['private-token']}`);
        if (req.method === 'GET') return res.end(JSON.stringify(notes));
        const { body } = JSON.parse(data) as { body: string };
        if (req.method === 'POST') notes.push({ id: notes.length + 1, body, system: false });
        else notes.find((n) => req.url!.endsWith(`/notes/${n.id}`))!.body = body;
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const post = (text: string) => {
      const file = join(tmp, 'diff.md');
      writeFileSync(file, `${text}\n${commentMarker}\n`);
      const env = {
        ...process.env,
        CI_API_V4_URL: `http://127.0.0.1:${port}/api/v4`,
        CI_PROJECT_ID: 'group/project',
        CI_MERGE_REQUEST_IID: '7',
        GOVSPEC_API_TOKEN: 'secret',
      };
      return new Promise<number>((resolve) =>
        spawn('node', [ci('gitlab-note.mjs'), file], { env, stdio: 'ignore' }).on('exit', (c) =>
          resolve(c ?? 1),
        ),
      );
    };
    try {
      expect(await post('first')).toBe(0);
      expect(await post('second')).toBe(0);
    } finally {
      server.close();
    }
    expect(notes.map((n) => n.body.split('\n')[0])).toEqual(['someone else', 'second']);
    expect(calls).toEqual([
      'GET /api/v4/projects/group%2Fproject/merge_requests/7/notes?per_page=100&page=1&sort=asc secret',
      'POST /api/v4/projects/group%2Fproject/merge_requests/7/notes secret',
      'GET /api/v4/projects/group%2Fproject/merge_requests/7/notes?per_page=100&page=1&sort=asc secret',
      'PUT /api/v4/projects/group%2Fproject/merge_requests/7/notes/2 secret',
    ]);
  });
});
