import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/cli/workspace.js';
import { compile } from '../../src/pipeline/compile.js';
import { FsHost } from '../../src/core/host.js';
import { minimalConfigYaml, minimalSpec } from '../helpers/estate.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'govspec-links-'));
  dirs.push(d);
  return d;
}

describe('links and config paths', () => {
  it('reports a spec that is a link to a file outside the repository, and never reads it', () => {
    const outside = temp();
    writeFileSync(join(outside, 'secret.yaml'), minimalSpec({ id: 'outside-spec' }));
    const repo = temp();
    writeFileSync(join(repo, 'govspec.config.yaml'), minimalConfigYaml);
    mkdirSync(join(repo, 'specs'));
    writeFileSync(join(repo, 'specs', 'inside.yaml'), minimalSpec({ id: 'inside-spec' }));
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'specs', 'linked.yaml'));
    symlinkSync(join(repo, 'specs', 'inside.yaml'), join(repo, 'specs', 'alias.yaml'));
    const result = compile({ host: new FsHost(repo), asOf: '2026-01-01' });
    const links = result.diagnostics.filter((d) => d.code === 'load-link-outside');
    expect(links.map((d) => `${d.location?.file} ${d.location?.line}:${d.location?.column}`)).toEqual([
      'specs/linked.yaml 1:1',
    ]);
    expect(result.estate?.integrations.map((i) => i.id)).not.toContain('outside-spec');
    // A link inside the repository is an ordinary file (here a duplicate id).
    expect(result.diagnostics.some((d) => d.code === 'spec-id-duplicate')).toBe(true);
  });

  it('says which --config file is missing', () => {
    const repo = temp();
    const [ws, diags] = openWorkspace('missing.yaml', repo);
    expect(ws).toBeUndefined();
    expect(diags.map((d) => d.code)).toEqual(['config-file-missing']);
    expect(diags[0]!.message).toContain('missing.yaml does not exist');
  });
});
