import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCodes } from '../../src/cli/code-index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'docs', 'codes');

/** Source files that call defineCodes, wherever they sit under src/. */
function codeModules(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...codeModules(path));
    else if (
      entry.name.endsWith('.ts') &&
      path !== join(root, 'src', 'core', 'codes.ts') &&
      readFileSync(path, 'utf8').includes('defineCodes(')
    )
      out.push(path);
  }
  return out.sort();
}

function pages(): string[] {
  return existsSync(docsDir)
    ? readdirSync(docsDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -'.md'.length))
        .sort()
    : [];
}

describe('docs/codes', () => {
  let codes: string[] = [];

  beforeAll(async () => {
    // code-index is the registry's entry point; importing every defining module as well means a
    // code is held to the docs rule even if code-index does not import its module yet.
    for (const file of codeModules(join(root, 'src'))) await import(pathToFileURL(file).href);
    codes = allCodes();
  });

  it('finds the registered codes', () => {
    expect(codes).toContain('schema-unknown-key');
    expect(codes).toContain('readiness-no-owner');
  });

  it('has a page for every registered code', () => {
    const missing = codes.filter((code) => !existsSync(join(docsDir, `${code}.md`)));
    expect(missing, 'codes with no docs/codes/<code>.md').toEqual([]);
  });

  it('starts every page with "# <code>"', () => {
    const wrong = codes
      .filter((code) => existsSync(join(docsDir, `${code}.md`)))
      .filter((code) => {
        const first = readFileSync(join(docsDir, `${code}.md`), 'utf8').split(/\r?\n/, 1)[0] ?? '';
        return !new RegExp(`^# ${code}(?::|\\s|$)`).test(first);
      });
    expect(wrong, 'pages whose first line is not "# <code>: <title>"').toEqual([]);
  });

  it('has no page for a code that is not registered', () => {
    const stale = pages().filter((page) => !codes.includes(page));
    expect(stale, 'docs/codes pages for unregistered codes').toEqual([]);
  });
});
