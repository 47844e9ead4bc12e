import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quickLocate } from '../../src/core/quick-locate.js';
import { SourceMap } from '../../src/core/source-map.js';

const repo = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

/** Every pointer one or two keys deep in a document. */
function shallowPointers(text: string): string[] {
  const data = parseDocument(text).toJS() as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(data ?? {})) {
    out.push(`/${k}`);
    if (v && typeof v === 'object' && !Array.isArray(v))
      for (const sub of Object.keys(v)) out.push(`/${k}/${sub}`);
    if (Array.isArray(v)) {
      v.forEach((item, n) => {
        if (item && typeof item === 'object')
          for (const sub of Object.keys(item)) out.push(`/${k}/${n}/${sub}`);
      });
    }
  }
  return out;
}

const tricky = `govspec: 1
title: "review: not a key"
description: >
  status: also not a key
status: live
owner: { name: "A: B", team: T }
review:
  last: 2026-01-01   # comment
  every: P12M
sla: {hours: 24x7, response: PT30M}
`;

describe('quickLocate', () => {
  const files = [...yamlFiles(join(repo, 'specs')), ...yamlFiles(join(repo, 'channels'))];
  const docs = files.map((f) => [f, readFileSync(f, 'utf8')] as const).concat([['tricky.yaml', tricky]]);

  it('agrees with the exact parser wherever it answers', () => {
    let answered = 0;
    for (const [file, text] of docs) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter });
      const exact = new SourceMap(file, text, { lineCounter, root: doc.contents });
      const lines = text.split('\n');
      for (const pointer of shallowPointers(text)) {
        for (const want of ['key', 'value'] as const) {
          const quick = quickLocate(file, lines, pointer, want);
          if (!quick) continue;
          answered += 1;
          const e = want === 'key' ? exact.key(pointer) : exact.value(pointer);
          expect({ pointer, want, line: quick.line, column: quick.column }).toEqual({
            pointer,
            want,
            line: e.line,
            column: e.column,
          });
        }
      }
    }
    expect(answered).toBeGreaterThan(300);
  });

  it('declines ambiguous or quoted places instead of guessing', () => {
    const lines = tricky.split('\n');
    expect(quickLocate('t', lines, '/owner/name', 'key')).toEqual({ file: 't', line: 6, column: 10 });
    expect(quickLocate('t', lines, '/owner/team', 'key')).toBeUndefined();
    expect(quickLocate('t', lines, '/review/last', 'key')).toEqual({ file: 't', line: 8, column: 3 });
    expect(quickLocate('t', lines, '/status', 'key')).toEqual({ file: 't', line: 5, column: 1 });
    expect(quickLocate('t', lines, '/consumers/0/use', 'key')).toBeUndefined();
    const list = ['consumers:', '  - { name: A, use: planning }', '  - { name: B, use: research }', 'x: 1'];
    expect(quickLocate('t', list, '/consumers/1/use', 'key')).toEqual({ file: 't', line: 3, column: 16 });
    // A quoted value in any item makes the list ambiguous to a line scan: the exact parser answers.
    const quoted = [list[0]!, list[1]!, '  - { name: "B, c", use: research }'];
    expect(quickLocate('t', quoted, '/consumers/0/use', 'key')).toBeUndefined();
  });
});
