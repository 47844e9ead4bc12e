/**
 * A large file can be produced a piece at a time: the writer and `check` take its pieces in
 * order, give it the same bytes, hash-skip and manifest entry as the same text given whole, and
 * never need the whole text at once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmittedFile } from '../../src/emit/types.js';
import { checkOutput, openOutput, writeOutput } from '../../src/emit/writer.js';
import { makeRepo, removeRepos } from '../helpers/estate.js';

afterAll(removeRepos);

const outputFolder = () => join(makeRepo({ config: null }).root, 'generated');

/** A file of many pieces; `seen` counts how many pieces were taken. */
function streamed(path: string, lines: readonly string[], seen?: { pieces: number }): EmittedFile {
  return {
    path,
    *pieces() {
      for (const line of lines) {
        if (seen) seen.pieces += 1;
        yield `${line}\n`;
      }
    },
  };
}

const lines = Array.from(
  { length: 5000 },
  (_, n) => `hazard ${n}: a line of text that says something, “quoted”`,
);

describe('streamed files', () => {
  it('are written with the bytes of their pieces joined, and the manifest is the same as for the whole text', () => {
    const whole = outputFolder();
    writeOutput(whole, [{ path: 'log.json', content: lines.map((l) => `${l}\n`).join('') }]);
    const pieces = outputFolder();
    const seen = { pieces: 0 };
    writeOutput(pieces, [streamed('log.json', lines, seen)]);
    expect(seen.pieces).toBe(lines.length);
    expect(readFileSync(join(pieces, 'log.json'))).toEqual(readFileSync(join(whole, 'log.json')));
    expect(readFileSync(join(pieces, '.govspec-manifest.json'), 'utf8')).toBe(
      readFileSync(join(whole, '.govspec-manifest.json'), 'utf8'),
    );
  });

  it('an unchanged streamed file is reported unchanged; a changed one is written', () => {
    const out = outputFolder();
    writeOutput(out, [streamed('log.json', lines)]);
    let writer = openOutput(out);
    writer.add(streamed('log.json', lines));
    let report = writer.finish();
    expect(report.unchanged).toEqual(['log.json']);
    expect(report.written).toEqual([]);
    expect(report.manifestWritten).toBeUndefined();

    const changed = [...lines.slice(0, -1), 'hazard 4999: closed'];
    writer = openOutput(out);
    writer.add(streamed('log.json', changed));
    report = writer.finish();
    expect(report.written).toEqual(['log.json']);
    expect(readFileSync(join(out, 'log.json'), 'utf8').endsWith('hazard 4999: closed\n')).toBe(true);
  });

  it('check compares a streamed file with the one there: same, out of date, missing, edited by hand', () => {
    const out = outputFolder();
    writeOutput(out, [streamed('log.json', lines)]);
    expect(checkOutput(out, [streamed('log.json', lines)])).toEqual([]);
    expect(checkOutput(out, [streamed('log.json', lines.slice(1))])).toEqual([
      { path: '.govspec-manifest.json', kind: 'out of date' },
      { path: 'log.json', kind: 'out of date' },
    ]);
    expect(checkOutput(out, [streamed('log.json', lines), streamed('other.json', ['x'])])).toEqual([
      { path: '.govspec-manifest.json', kind: 'out of date' },
      { path: 'other.json', kind: 'missing' },
    ]);
    writeFileSync(join(out, 'log.json'), 'edited by hand\n');
    expect(checkOutput(out, [streamed('log.json', lines)]).map((s) => s.path)).toContain('log.json');
    // The writer puts the file right again.
    const report = writeOutput(out, [streamed('log.json', lines)]);
    expect(report.written).toEqual(['log.json']);
    expect(report.repaired).toEqual(['log.json']);
    expect(checkOutput(out, [streamed('log.json', lines)])).toEqual([]);
  });
});
