import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/**
 * The pipeline reads top to bottom: commands → cli → diff / evidence / import / decisions → pipeline →
 * emit → rules → load → validate → catalogue → model → core. A folder may import its own floor
 * or any floor below it, never one above; folders on one floor do not import each other.
 */
const floors: Record<string, number> = {
  core: 0,
  model: 1,
  catalogue: 2,
  validate: 3,
  load: 4,
  rules: 5,
  emit: 6,
  scaffold: 6,
  pipeline: 7,
  diff: 8,
  evidence: 8,
  import: 8,
  decisions: 8,
  cli: 9,
  commands: 10,
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(path));
    else if (e.name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|(?:^|\n)\s*import\s+'(\.[^']+)'/g;

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((m) =>
    resolve(dirname(file), (m[1] ?? m[2]!).replace(/\.js$/, '.ts')),
  );
}

const top = (file: string): string => relative(src, file).split('/')[0]!;

describe('layering', () => {
  const files = sources(src);

  it('every top-level folder of src has a floor', () => {
    const folders = new Set(files.map(top).filter((f) => !f.endsWith('.ts')));
    expect([...folders].filter((f) => floors[f] === undefined)).toEqual([]);
  });

  it('no folder imports a folder on its own floor or above', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = top(file);
      for (const target of imports(file)) {
        const to = top(target);
        if (to !== from && floors[to]! >= floors[from]!)
          upward.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no import circles between files', () => {
    const graph = new Map(files.map((f) => [f, imports(f).filter((t) => t.startsWith(src))]));
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(root, p)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });
});
