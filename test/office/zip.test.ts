import { describe, expect, it } from 'vitest';
import { deterministicZip, readZip, ZipPathError } from '../../src/emit/office/zip.js';
import { inTimeZone, sha256 } from './helpers.js';

const entries = [
  { path: 'b/two.txt', content: 'two' },
  { path: 'a.txt', content: new Uint8Array([1, 2, 3]) },
  { path: 'B.txt', content: 'upper case sorts before lower case' },
  { path: 'b/one.txt', content: 'one' },
];
const date = new Date('2024-03-05T23:30:08Z');

describe('deterministicZip', () => {
  it('sorts entries by path bytes and writes no folder entries', () => {
    const zip = deterministicZip([...entries, { path: 'b/', content: '' }], date);
    expect(readZip(zip).map((e) => e.path)).toEqual(['B.txt', 'a.txt', 'b/one.txt', 'b/two.txt']);
  });

  it('gives the same bytes whatever the input order', () => {
    expect(sha256(deterministicZip([...entries].reverse(), date))).toBe(
      sha256(deterministicZip(entries, date)),
    );
  });

  it('stores or deflates each entry at its own level, the same way every time', () => {
    const text = 'governance '.repeat(200);
    const zip = deterministicZip(
      [
        { path: 'stored.bin', content: text, level: 0 },
        { path: 'fast.xml', content: text, level: 1 },
      ],
      date,
    );
    const view = Buffer.from(zip);
    // Local headers in path order: fast.xml first, then stored.bin; method at offset 8.
    const second = view.indexOf(Buffer.from('PK\x03\x04', 'latin1'), 4);
    expect(view.readUInt16LE(8)).toBe(8); // deflated
    expect(view.readUInt16LE(second + 8)).toBe(0); // stored
    expect(view.readUInt32LE(second + 18)).toBe(text.length); // compressed size is the size
    for (const e of readZip(zip)) expect(Buffer.from(e.content).toString()).toBe(text);
    expect(sha256(zip)).toBe(
      sha256(
        deterministicZip(
          [
            { path: 'fast.xml', content: text, level: 1 },
            { path: 'stored.bin', content: text, level: 0 },
          ],
          date,
        ),
      ),
    );
  });

  it('round-trips content', () => {
    const back = readZip(deterministicZip(entries, date));
    expect(Buffer.from(back.find((e) => e.path === 'a.txt')!.content)).toEqual(Buffer.from([1, 2, 3]));
    expect(Buffer.from(back.find((e) => e.path === 'b/one.txt')!.content).toString()).toBe('one');
  });

  it('records the UTC wall time of the date in every time zone', async () => {
    const hashes = new Set<string>();
    for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      const zip = await inTimeZone(tz, () => {
        // Guard: the zone really changed for this process.
        if (tz !== 'UTC') expect(new Date(2024, 0, 1).getTimezoneOffset()).not.toBe(0);
        return deterministicZip(entries, date);
      });
      hashes.add(sha256(zip));
      // Local header DOS time at offset 10 (time) and 12 (date).
      const view = new DataView(zip.buffer, zip.byteOffset);
      const time = view.getUint16(10, true);
      const day = view.getUint16(12, true);
      expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([23, 30, 8]);
      expect([(day >> 9) + 1980, (day >> 5) & 15, day & 31]).toEqual([2024, 3, 5]);
    }
    expect(hashes.size).toBe(1);
  });

  it('uses 1980-01-01 when there is no date or the date is earlier', () => {
    const noDate = deterministicZip(entries);
    expect(sha256(deterministicZip(entries, new Date(0)))).toBe(sha256(noDate));
    const day = new DataView(noDate.buffer, noDate.byteOffset).getUint16(12, true);
    expect(day).toBe((0 << 9) | (1 << 5) | 1);
  });

  it.each(['../x', '/abs', 'a/../b', 'a\\b', 'a\0b', 'C:/x', '', 'a//b', './a', '123'])(
    'rejects the path %j',
    (path) => {
      expect(() => deterministicZip([{ path, content: 'x' }])).toThrow(ZipPathError);
    },
  );

  it('rejects a path given twice', () => {
    expect(() =>
      deterministicZip([
        { path: 'a', content: '1' },
        { path: 'a', content: '2' },
      ]),
    ).toThrow(/given twice/);
  });
});
