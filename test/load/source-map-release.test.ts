import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlFiles } from './yaml-files.js';
import { escapePointer, SourceMap } from '../../src/core/source-map.js';
import { scanRanges } from '../../src/core/quick-locate.js';

const repo = join(import.meta.dirname, '..', '..');

/** Every pointer of a document, from the exact parser's data. */
function pointers(value: unknown, pointer = '', out: string[] = []): string[] {
  out.push(pointer);
  if (Array.isArray(value)) value.forEach((v, i) => pointers(v, `${pointer}/${i}`, out));
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) pointers(v, `${pointer}/${escapePointer(k)}`, out);
  return out;
}

function positions(map: SourceMap, all: string[]) {
  return all.map((p) => [p, map.key(p), map.value(p), map.written(p), map.has(p)]);
}

const examples = [...yamlFiles(join(repo, 'specs')), ...yamlFiles(join(repo, 'channels'))];

/** A map over `text` whose file now holds `onDisk` (the same text unless it changed). */
function mapOf(
  text: string,
  input: 'scan' | 'exact' | 'unchecked' | 'scan given' | 'no scan given',
  onDisk = () => text as string | undefined,
) {
  const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  const map =
    input === 'exact'
      ? new SourceMap('f.yaml', text, {
          root: parseDocument(text, { uniqueKeys: false, logLevel: 'silent', merge: false }).contents,
        })
      : input === 'scan'
        ? new SourceMap('f.yaml', text, { data })
        : input === 'scan given'
          ? new SourceMap('f.yaml', text, { data, scanned: scanRanges(text) })
          : input === 'no scan given'
            ? // What the parser passes when its own scan could not read the file.
              new SourceMap('f.yaml', text, { data, scanned: undefined })
            : new SourceMap('f.yaml', text, { data: { not: 'the data' } });
  map.readAgainWith(onDisk);
  return { map, all: [...pointers(data), '/no/such/key', '/id/0'] };
}

describe('source map release', () => {
  it('gives the same positions after release, however they were first found', () => {
    expect(examples.length).toBeGreaterThan(10);
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      const exact = mapOf(text, 'exact');
      const truth = positions(exact.map, exact.all);
      for (const input of ['scan', 'exact', 'unchecked', 'scan given', 'no scan given'] as const) {
        const { map, all } = mapOf(text, input);
        const before = positions(map, all);
        // However the offsets come, they are the exact parser's.
        expect(before, `${file} (${input}, first)`).toEqual(truth);
        map.release();
        expect(positions(map, all), `${file} (${input})`).toEqual(before);
        // Released again, and asked again: still the same.
        map.release();
        map.release();
        expect(positions(map, all), `${file} (${input}, twice)`).toEqual(before);
      }
    }
  });

  it('gives the same positions when released before any was asked for', () => {
    const text = readFileSync(examples[0]!, 'utf8');
    const fresh = mapOf(text, 'scan');
    const released = mapOf(text, 'scan');
    released.map.release();
    expect(positions(released.map, released.all)).toEqual(positions(fresh.map, fresh.all));
  });

  it('reads the file again only when a position is asked for, and only once', () => {
    const text = 'id: a\ntitle: T\n';
    let reads = 0;
    const { map } = mapOf(text, 'scan', () => {
      reads++;
      return text;
    });
    expect(map.key('/title')).toEqual({ file: 'f.yaml', line: 2, column: 1 });
    map.release();
    expect(reads).toBe(0);
    expect(map.key('/title')).toEqual({ file: 'f.yaml', line: 2, column: 1 });
    expect(map.value('/id')).toEqual({ file: 'f.yaml', line: 1, column: 5, endLine: 1, endColumn: 6 });
    expect(reads).toBe(1);
    // Let go again after the second use.
    map.release();
    expect(map.key('/id')).toEqual({ file: 'f.yaml', line: 1, column: 1 });
    expect(reads).toBe(2);
  });

  it('never places a position in a file that changed since it was read', () => {
    const text = 'id: a\ntitle: T\n';
    for (const now of ['\n\n\nid: a\ntitle: T\n', undefined]) {
      const { map } = mapOf(text, 'scan', () => now);
      expect(map.key('/title').line).toBe(2);
      map.release();
      expect(map.key('/title')).toEqual({ file: 'f.yaml', line: 1, column: 1 });
      expect(map.has('/title')).toBe(false);
      expect(map.written('/id')).toBeUndefined();
    }
  });

  it('keeps the text when the file cannot be read again', () => {
    const text = 'id: a\ntitle: T\n';
    const map = new SourceMap('f.yaml', text, { data: jsYaml.load(text) });
    map.release();
    expect(map.key('/title')).toEqual({ file: 'f.yaml', line: 2, column: 1 });
  });

  it('finds keys written with escaped quotes', () => {
    const text = "'it''s': 1\n\"plain\": 2\nflow: { 'a''b': 3, c: 4 }\n";
    const { map } = mapOf(text, 'scan');
    expect(map.key("/it's")).toEqual({ file: 'f.yaml', line: 1, column: 1 });
    expect(map.key('/plain')).toEqual({ file: 'f.yaml', line: 2, column: 1 });
    expect(map.value("/flow/a'b")).toEqual({
      file: 'f.yaml',
      line: 3,
      column: 17,
      endLine: 3,
      endColumn: 18,
    });
    expect(map.has('/flow/c')).toBe(true);
    expect(map.has('/flow/d')).toBe(false);
  });
});
