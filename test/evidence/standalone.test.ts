import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Evidence from '../../src/commands/evidence.js';
import { FsHost } from '../../src/core/host.js';
import { evidencePack } from '../../src/evidence/pack.js';
import type { PackResult } from '../../src/evidence/pack.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import { liveSpecWithoutOwner, makeRepo, removeRepos } from '../helpers/estate.js';
import { withoutBrowser } from '../helpers/commands.js';
import { env, examplePack, extractInto, rawZip, repoRoot, runCommand } from './pack-fixture.js';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every relative link target in a Markdown or HTML file, without its fragment. */
function relativeLinks(body: string): string[] {
  const found = [
    ...[...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!),
    ...[...body.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
  ];
  return found
    .filter((l) => !l.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(l))
    .map((l) => decodeURIComponent(l.split('#')[0]!))
    .filter((l) => l !== '');
}

describe('the example estate pack, extracted into an empty folder', () => {
  let pack: PackResult;
  let folder: string;
  let names: string[];
  let manifest: Map<string, string>;
  beforeAll(async () => {
    pack = await examplePack();
    folder = realpathSync(mkdtempSync(join(tmpdir(), 'govspec-standalone-')));
    names = extractInto(pack.bundle!.bytes, folder);
    const m = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
      files: Array<{ path: string; sha256: string }>;
    };
    manifest = new Map(m.files.map((f) => [f.path, f.sha256]));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('every relative link in every Markdown and HTML file resolves to a file inside the folder', () => {
    const pages = names.filter((n) => /\.(md|html)$/.test(n));
    expect(pages.length).toBeGreaterThan(30);
    let checked = 0;
    for (const page of pages) {
      for (const link of relativeLinks(readFileSync(join(folder, page), 'utf8'))) {
        const target = join(folder, dirname(page), link);
        expect(relative(folder, target).startsWith('..'), `${page} links ${link}`).toBe(false);
        expect(existsSync(target), `${page} links ${link}`).toBe(true);
        checked += 1;
      }
    }
    // The hazard pages alone link their specs hundreds of times: the check is not vacuous.
    expect(checked).toBeGreaterThan(200);
  });

  it('a hazard page links the copy of its spec in the pack, with the line', () => {
    const page = readFileSync(join(folder, 'artefacts/clinical-safety/integrations/pds-lookup.md'), 'utf8');
    expect(page).toContain('](../../../sources/specs/shared-care/pds-lookup.yaml#L');
    expect(page).not.toContain('](../../../specs/');
  });

  it('carries every spec, the config and every document the specs cite, byte for byte and hashed', () => {
    const specs = pack.specFiles ?? [];
    const runbooks = readFileSync(join(repoRoot, 'specs/shared-care/pds-lookup.yaml'), 'utf8');
    expect(runbooks).toContain('docs/runbooks/pds-lookup.md');
    const cited = [
      'govspec.config.yaml',
      ...specs,
      'docs/runbooks/pds-lookup.md',
      'docs/runbooks/downtime-clinical-systems.md',
    ];
    expect(specs.length).toBe(17);
    for (const file of cited) {
      const inPack = `sources/${file}`;
      expect(names, file).toContain(inPack);
      const original = readFileSync(join(repoRoot, file));
      const copy = readFileSync(join(folder, inPack));
      // Markdown copies may have links repointed; specs and config are byte for byte.
      if (!file.endsWith('.md')) expect(sha(copy)).toBe(sha(original));
      expect(manifest.get(inPack)).toBe(sha(copy));
    }
    expect(pack.bundle!.missing).toEqual([]);
  });

  it('verify detects a change to a carried runbook', () => {
    const entries = Object.entries(unzipSync(pack.bundle!.bytes)).map(([name, content]) => ({
      name,
      content: name === 'sources/docs/runbooks/pds-lookup.md' ? `${text(content)}\n5. Ignore it.\n` : content,
    }));
    const report = verifyBundle(rawZip(entries));
    expect(report.ok).toBe(false);
    expect(report.changed).toEqual(['sources/docs/runbooks/pds-lookup.md']);
  });
});

const responsePlan = `# Runbook: demo feed

1. The channel alert fires when no message has arrived for 30 minutes: check the queue depth.
2. Call the on-call integration engineer and tell the ward manager.
3. Restart the channel, then replay the queued messages in order and reconcile the counts.
`;

describe('a scratch estate: documents of their kind, and cited files that are missing', () => {
  // No browser: what counts as evidence does not depend on the diagrams' pictures.
  withoutBrowser();
  afterAll(() => removeRepos());

  async function packOf(runbook: string, extra: (root: string) => void = () => {}) {
    const spec = liveSpecWithoutOwner({
      owner: { name: 'A Person' },
      sla: { hours: '24x7', restore: 'PT8H' },
      runbook: 'docs/runbooks/demo-feed.md',
      hazards: [
        {
          derived: 'silent-failure',
          decision: 'accepted',
          controls: [
            {
              kind: 'business-process',
              text: 'Daily reconciliation',
              evidence: 'docs/evidence/reconciliation.md',
            },
            { kind: 'test', text: 'Alert test', evidence: 'docs/evidence/outside.md' },
          ],
          residual: { likelihood: 'low', severity: 'major' },
          rationale: 'Reconciled daily; further reduction is impractical.',
          decidedBy: 'CSO',
          decidedOn: '2025-12-01',
        },
      ],
    });
    const repo = makeRepo({
      specs: { 'demo-feed.yaml': spec },
      files: { 'docs/runbooks/demo-feed.md': runbook },
    });
    extra(repo.root);
    const result = await evidencePack({ host: new FsHost(repo.root), env });
    return { repo, result };
  }

  /** docs/evidence holds only a link to a file outside the repository. */
  const withOutside = (root: string) => {
    mkdirSync(join(root, 'docs/evidence'), { recursive: true });
    symlinkSync('/etc/hostname', join(root, 'docs/evidence/outside.md'));
  };

  it('lists a missing cited file and a link out of the repository as gaps, never carrying them', async () => {
    const { result } = await packOf(responsePlan, withOutside);
    const missing = result.bundle!.missing;
    expect(missing.map((m) => [m.source, m.subjects])).toEqual([
      ['docs/evidence/outside.md', ['demo-feed']],
      ['docs/evidence/reconciliation.md', ['demo-feed']],
    ]);
    expect(missing[0]!.reason).toMatch(/outside the repository/);
    expect(missing[1]!.reason).toMatch(/no such file/);
    expect(result.bundle!.paths).not.toContain('sources/docs/evidence/outside.md');
    const index = text(unzipSync(result.bundle!.bytes)['index.html']!);
    expect(index).toContain('Cited files not in this pack');
    expect(index).toContain('docs/evidence/reconciliation.md');
    // The integration's own gaps name the file, linking the table of missing files.
    expect(index).toContain('id="missing-files"');
    expect(index).toMatch(
      /<a href="#missing-files">Cited files not in this pack<\/a>: docs\/evidence\/outside\.md \(evidence for a hazard control: [^)]*outside the repository[^)]*\); docs\/evidence\/reconciliation\.md/,
    );
    const md = text(unzipSync(result.bundle!.bytes)['index.md']!);
    expect(md).toContain('| `docs/evidence/reconciliation.md` | evidence for a hazard control | demo-feed |');
  });

  it('the command names the missing files too', async () => {
    const { repo } = await packOf(responsePlan);
    const out = join(repo.root, 'pack.zip');
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = env.SOURCE_DATE_EPOCH;
    const r = await runCommand(Evidence, ['--config', join(repo.root, 'govspec.config.yaml'), '--out', out]);
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 cited file(s) could not be put in the pack');
    expect(r.out).toMatch(
      /docs\/evidence\/reconciliation\.md \(evidence for a hazard control, cited by demo-feed\): no such file/,
    );
  });

  it('counts a runbook that reads as a response plan for D1.a, and carries it', async () => {
    const { result } = await packOf(responsePlan);
    const d1a = result.bundle!.outcomes.find((o) => o.outcome.id === 'D1.a')!;
    expect(d1a.status).toBe('evidenced');
    expect(d1a.files.map((f) => f.path)).toContain('sources/docs/runbooks/demo-feed.md');
  });

  it.each([
    [
      'a list of paths',
      '# Runbooks\n\n- docs/runbooks/a.md\n- docs/runbooks/b.md\n- https://wiki.example/x\n',
      /lists paths or links/,
    ],
    [
      'two steps',
      '# Runbook\n\n1. Restart the channel when it fails.\n2. Tell the owner.\n',
      /only 2 written steps/,
    ],
    [
      'steps that never say who is told',
      '1. Watch for the failure alert on the board.\n2. Restart the channel straight away.\n3. Replay the queue in order.\n',
      /who is told or called/,
    ],
  ])('does not count a runbook that is %s as a response plan', async (_what, runbook, why) => {
    const { result } = await packOf(runbook);
    const d1a = result.bundle!.outcomes.find((o) => o.outcome.id === 'D1.a')!;
    expect(d1a.status).not.toBe('evidenced');
    const gap = d1a.assessment.gaps.find((g) => g.subject === 'demo-feed')!;
    expect(gap.missing.join(' ')).toMatch(why);
    expect(gap.missing.join(' ')).toContain('runbook that reads as a response plan');
    expect(d1a.files.map((f) => f.path)).not.toContain('sources/docs/runbooks/demo-feed.md');
  });
});
