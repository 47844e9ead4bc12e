/**
 * Template overrides: only real files inside the repository are read (a link to /etc/passwd, or
 * a templates folder that is a link out, is refused), the cache sees every change to a template
 * wherever it sits (node_modules, dist, .generated*, a linked folder), a templates setting that is
 * not a folder is a diagnostic, and a template cannot produce unbounded output.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import Handlebars from 'handlebars';
import { precompiledFile, templateSpec } from '../../src/emit/template-compile.js';
import { builtinTemplateNames, builtinTemplateText } from '../../src/emit/template-overrides.js';
import { createTemplateEngine, maxTemplateOutput } from '../../src/emit/templates.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import {
  makeRepo,
  minimalConfigYaml,
  minimalSpec,
  removeRepos,
  runCli,
  stackLines,
} from '../helpers/estate.js';

const outsideDirs: string[] = [];
afterAll(() => {
  removeRepos();
  for (const d of outsideDirs) rmSync(d, { recursive: true, force: true });
});

// No browser: these tests are about templates, not diagrams.
const env = { GOVSPEC_CHROMIUM: '/nonexistent/chromium' };

function repoWithTemplates(templates: string, files: Record<string, string> = {}) {
  return makeRepo({
    config: `${minimalConfigYaml}templates: ${templates}\n`,
    // Personal data, so the integration gets a DPIA section: a per-integration output the build
    // caches between runs.
    specs: {
      'a.yaml': minimalSpec({
        data: { subjects: ['patients'], items: [{ name: 'NHS number', class: 'identifier' }] },
      }),
    },
    files,
  });
}

const documentTemplate = (marker: string) => `# {{title}}\n\n${marker}\n`;

describe('template overrides are read only from real files inside the repository', () => {
  it('an override that is a link to a file outside (such as /etc/passwd) is refused, never read', () => {
    const secret = mkdtempSync(join(tmpdir(), 'govspec-secret-'));
    outsideDirs.push(secret);
    writeFileSync(join(secret, 'passwd'), 'root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n');
    const repo = repoWithTemplates('org-templates');
    mkdirSync(join(repo.root, 'org-templates', 'estate'), { recursive: true });
    symlinkSync(join(secret, 'passwd'), join(repo.root, 'org-templates', 'estate', 'estate.hbs'));
    const run = runCli(['build'], repo.root, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('template-unreadable');
    expect(run.stderr).toContain('org-templates/estate/estate.hbs');
    expect(run.stderr).toMatch(/link that leads outside the repository/);
    expect(run.stderr + run.stdout).not.toContain('SECRET-CONTENT');
    expect(stackLines(run.stderr)).toEqual([]);
  });

  it('a templates folder that is a link out of the repository is a config problem (exit 2)', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'govspec-tpl-'));
    outsideDirs.push(elsewhere);
    mkdirSync(join(elsewhere, 'estate'));
    writeFileSync(join(elsewhere, 'estate', 'estate.hbs'), 'SECRET-TEMPLATE\n');
    const repo = repoWithTemplates('linked');
    symlinkSync(elsewhere, join(repo.root, 'linked'));
    const run = runCli(['build'], repo.root, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('config-templates-unusable');
    expect(run.stderr).toMatch(/leads outside the repository/);
    expect(() => readFileSync(join(repo.root, 'generated', 'estate.md'))).toThrow();
  });

  it.each([
    ['a file', (root: string) => writeFileSync(join(root, 'tpl'), 'not a folder'), /is a file, not a folder/],
    ['a missing folder', () => undefined, /no such folder/],
  ])('a templates setting that is %s is a diagnostic at its line (exit 2)', (_name, arrange, why) => {
    const repo = repoWithTemplates('tpl');
    arrange(repo.root);
    for (const command of ['validate', 'build']) {
      const run = runCli([command], repo.root, env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('config-templates-unusable');
      expect(run.stderr).toMatch(why);
      // The templates line is the last line of the config.
      expect(run.stderr).toContain(`${minimalConfigYaml.split('\n').length}:`);
    }
  });
});

describe('the cache sees every template read', () => {
  it.each([
    ['node_modules/org-templates'],
    ['dist/templates'],
    ['.generated-templates'],
    ['linked-templates'],
  ])('a change to privacy/document.hbs under %s makes check fail until rebuilt', (folder) => {
    const repo = repoWithTemplates(folder);
    const real = folder === 'linked-templates' ? 'real-templates' : folder;
    mkdirSync(join(repo.root, real, 'privacy'), { recursive: true });
    if (folder === 'linked-templates') symlinkSync('real-templates', join(repo.root, folder));
    const template = join(repo.root, real, 'privacy', 'document.hbs');
    writeFileSync(template, documentTemplate('marker-one'));
    const first = runCli(['build'], repo.root, env);
    expect(first.code, first.stderr).toBe(0);
    const page = join(repo.root, 'generated', 'privacy', 'demo-feed.dpia.md');
    expect(readFileSync(page, 'utf8')).toContain('marker-one');
    writeFileSync(template, documentTemplate('marker-two'));
    const check = runCli(['check'], repo.root, env);
    expect(check.code).toBe(1);
    // The per-integration section, which the cache would otherwise have answered unchanged.
    expect(check.stderr).toContain('generated/privacy/demo-feed.dpia.md is out of date');
    expect(runCli(['build'], repo.root, env).code).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('marker-two');
    expect(runCli(['check'], repo.root, env).code).toBe(0);
  });
});

describe('template output is bounded', () => {
  const render = (template: string, view: unknown, limit?: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'govspec-tpl-'));
    outsideDirs.push(dir);
    mkdirSync(join(dir, 'estate'));
    writeFileSync(join(dir, 'estate', 'estate.hbs'), template);
    const problems: Diagnostic[] = [];
    const engine = createTemplateEngine(dir, (d) => problems.push(d), limit);
    return { out: engine.render('estate/estate', view), problems };
  };
  const list = Array.from({ length: 30 }, (_, i) => `item ${i}`);

  it('a nest of loops that would produce far more than the limit stops with template-too-large', () => {
    // 30^5 rows of 40 characters is about 970 MB; the render stops at the 1 MB limit given.
    const nested =
      '{{#each l}}{{#each ../l}}{{#each ../../l}}{{#each ../../../l}}{{#each ../../../../l}}row of about forty characters, padded\n{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}';
    const { out, problems } = render(nested, { l: list }, 1024 * 1024);
    expect(out).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['template-too-large']);
    expect(problems[0]!.location?.file).toContain('estate.hbs');
  });

  it('an empty nest of loops is bounded too (each pass is counted)', () => {
    const empty =
      '{{#each l}}{{#each ../l}}{{#each ../../l}}{{#each ../../../l}}{{#each ../../../../l}}{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}';
    const { out, problems } = render(empty, { l: list }, 1024 * 1024);
    expect(out).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['template-too-large']);
  });

  it('ordinary output passes, and the default limit is in force', () => {
    const { out, problems } = render('{{#each l}}{{this}}\n{{/each}}', { l: list });
    expect(problems).toEqual([]);
    expect(out).toContain('item 29');
    expect(maxTemplateOutput).toBe(64 * 1024 * 1024);
  });
});

describe('templates are compiled once, and never answered by an older compile', () => {
  it('the same text is compiled once; an edited text is compiled afresh and renders the edit', () => {
    const hb = Handlebars.create();
    const a = templateSpec(hb, '# {{title}} one\n');
    expect(templateSpec(hb, '# {{title}} one\n')).toBe(a);
    const b = templateSpec(hb, '# {{title}} two\n');
    expect(b).not.toBe(a);
    expect(hb.template(b)({ title: 'T' })).toBe('# T two\n');
  });

  it('a template that does not compile is an error at compile time, not at first render', () => {
    expect(() => templateSpec(Handlebars.create(), '{{#each items}}\nno end\n')).toThrow(/each/);
  });

  // npm test compiles first; skipped (and so reported) only in a bare vitest run before any compile
  it.skipIf(!existsSync(precompiledFile))(
    'npm run compile shipped every built-in template, keyed by its text (skipped when not compiled)',
    () => {
      const shipped = Object.keys(JSON.parse(readFileSync(precompiledFile, 'utf8')) as object);
      const names = builtinTemplateNames();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const sha = createHash('sha256').update(builtinTemplateText(name)!).digest('hex');
        expect(shipped, name).toContain(sha);
      }
    },
  );
});
